using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.harm-prevention</c> — Prevention of harm to individuals, society and the state</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 3: prevention of harm to individuals, society and the state</para>
/// <para>Encoded as AnyOf(harmThreatened, damage.individuals, damage.legalEntities, damage.state).</para>
/// </remarks>
internal static class HarmPrevention
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.harm-prevention";

    private static readonly LocalizedText Title = new("Prevention of harm to individuals, society and the state", "Запобігання нанесенню шкоди людині, суспільству, державі");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 3",
        Rule.AnyOf(
            Leaf.Flag(FactsField.HarmThreatened, new("harm is threatened", "існує загроза шкоди")),
            Compensation.DamageToIndividuals,
            Compensation.DamageToLegalEntities,
            Compensation.DamageToState),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 3: prevention of harm to individuals, society and the state")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(3, Title),
    };
}
