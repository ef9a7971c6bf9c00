using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.group-emergence-prevention</c> — Prevention of the emergence of organised criminal groups</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 4: prevention of the emergence of organised criminal groups</para>
/// <para>Encoded as facts.groupBeingFormed.</para>
/// </remarks>
internal static class GroupEmergencePrevention
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.group-emergence-prevention";

    private static readonly LocalizedText Title = new("Prevention of the emergence of organised criminal groups", "Запобігання виникненню організованих злочинних угруповань");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 4",
        Leaf.Flag(FactsField.GroupBeingFormed, new("a group is being formed", "формується угруповання")),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 4: prevention of the emergence of organised criminal groups")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(4, Title),
    };
}
