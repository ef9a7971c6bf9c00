using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.root-causes</c> — Negative social processes giving rise to organised crime</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 2: identification and elimination or neutralisation of negative social processes and phenomena that give rise to organised crime and contribute to it</para>
/// <para>Encoded as facts.socialConditionsExploited.</para>
/// </remarks>
internal static class RootCauses
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.root-causes";

    private static readonly LocalizedText Title = new("Negative social processes giving rise to organised crime", "Виявлення та усунення або нейтралізація негативних соціальних процесів і явищ, що породжують організовану злочинність та сприяють їй");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 2",
        Leaf.Flag(FactsField.SocialConditionsExploited, new("negative social conditions were exploited", "використано негативні соціальні умови")),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 2: identification and elimination or neutralisation of negative social processes and phenomena that give rise to organised crime and contribute to it")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(2, Title),
    };
}
