using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.compensation</c> — Compensation for damage to individuals, legal entities and the state</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 6: compensation for damage to individuals, legal entities and the state</para>
/// <para>Encoded as AnyOf(damage.individuals, damage.legalEntities, damage.state).</para>
/// </remarks>
internal static class Compensation
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.compensation";

    /// <summary>Damage to individuals.</summary>
    public static Rule DamageToIndividuals { get; } = Leaf.Flag(FactsField.DamageIndividuals, new("individuals were damaged", "заподіяно шкоду фізичним особам"));

    /// <summary>Damage to legal entities.</summary>
    public static Rule DamageToLegalEntities { get; } = Leaf.Flag(FactsField.DamageLegalEntities, new("legal entities were damaged", "заподіяно шкоду юридичним особам"));

    /// <summary>Damage to the state.</summary>
    public static Rule DamageToState { get; } = Leaf.Flag(FactsField.DamageState, new("the state was damaged", "заподіяно шкоду державі"));

    private static readonly LocalizedText Title = new("Compensation for damage to individuals, legal entities and the state", "Забезпечення відшкодування шкоди фізичним та юридичним особам, державі");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 6",
        Rule.AnyOf(DamageToIndividuals, DamageToLegalEntities, DamageToState),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 6: compensation for damage to individuals, legal entities and the state")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(6, Title),
    };
}
