using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.anti-corruption</c> — Prevention of corrupt ties with public servants and officials</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 7: prevention of corrupt ties with public servants and officials and of their involvement in criminal activity</para>
/// <para>Encoded as AnyOf(publicOfficialsInvolved, some offence of kind bribery or otherCorruption).</para>
/// </remarks>
internal static class AntiCorruption
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.anti-corruption";

    private static readonly LocalizedText Title = new("Prevention of corrupt ties with public servants and officials", "Запобігання встановленню корумпованих зв’язків з державними службовцями та посадовими особами, втягненню їх у злочинну діяльність");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 7",
        Rule.AnyOf(
            Leaf.Flag(FactsField.PublicOfficialsInvolved, new("public officials are involved", "залучено посадових осіб")),
            Leaf.SomeOffenceOfKind(new("an offence is bribery or another corruption offence", "правопорушення є підкупом або іншим корупційним правопорушенням"), OffenceKind.Bribery, OffenceKind.OtherCorruption)),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 7: prevention of corrupt ties with public servants and officials and of their involvement in criminal activity")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(7, Title),
    };
}
