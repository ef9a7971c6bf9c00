using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.civil-society-and-media</c> — Use of civil associations and media by organised criminal groups</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 8: counteraction to the use of civil associations and media by members of organised criminal groups in their interests</para>
/// <para>Encoded as facts.civilAssociationsOrMediaUsed.</para>
/// </remarks>
internal static class CivilSocietyAndMedia
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.civil-society-and-media";

    private static readonly LocalizedText Title = new("Use of civil associations and media by organised criminal groups", "Протидія використанню учасниками організованих злочинних угруповань у своїх інтересах об’єднань громадян і медіа");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 8",
        Leaf.Flag(FactsField.CivilAssociationsOrMediaUsed, new("civil associations or media were used", "використано об’єднання громадян або медіа")),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 8: counteraction to the use of civil associations and media by members of organised criminal groups in their interests")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(8, Title),
    };
}
