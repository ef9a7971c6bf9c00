using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.framework-and-cooperation</c> — Legal framework and international cooperation</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 1: creation of a legal framework, organisational, logistical and other conditions for effective combating of organised crime; organisation of international cooperation in this area</para>
/// <para>Encoded as AnyOf(<c>untoc.art3.2</c> for some offence, facts.internationalCooperation holds at least one entry).</para>
/// </remarks>
internal static class FrameworkAndCooperation
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.framework-and-cooperation";

    private static readonly LocalizedText Title = new("Legal framework and international cooperation", "Створення правової основи, організаційних, матеріально-технічних та інших умов для ефективної боротьби з організованою злочинністю, організація міжнародного співробітництва у цій сфері");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 1",
        Rule.AnyOf(
            Rule.Ref(Untoc.TransnationalInNature.Id),
            Leaf.NonEmpty(FactsField.InternationalCooperation,
                new LocalizedText("international cooperation is under way", "здійснюється міжнародне співробітництво"))),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 1: creation of a legal framework, organisational, logistical and other conditions for effective combating of organised crime; organisation of international cooperation in this area")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(1, Title),
    };
}
