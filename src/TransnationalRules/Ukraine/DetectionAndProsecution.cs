using TransnationalRules.Logic;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.oc1993.detection-and-prosecution</c> — Detection, investigation and prosecution of offences by organised criminal groups</summary>
/// <remarks>
/// <para>Law of Ukraine No. 3341-XII of 30 June 1993 "On the Organisational and Legal Framework for Combating Organised Crime", art. 6 (main directions of combating organised crime), item 5: detection, investigation, elimination and prevention of offences committed by members of organised criminal groups, and bringing the perpetrators to justice</para>
/// <para>Encoded as AnyOf over offences of <c>untoc.art3.1.group</c>. It uses the UNTOC notion of an organised criminal group, an approximation of the forms of the Criminal Code of Ukraine art. 28 (organised group, criminal organisation).</para>
/// </remarks>
internal static class DetectionAndProsecution
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.oc1993.detection-and-prosecution";

    private static readonly LocalizedText Title = new("Detection, investigation and prosecution of offences by organised criminal groups", "Виявлення, розслідування, припинення і запобігання правопорушенням, вчинюваним учасниками організованих злочинних угруповань, притягнення винних до відповідальності");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 3341-XII art. 6, item 5",
        Rule.Ref(Untoc.InvolvesOrganisedCriminalGroup.Id),
        AreaReasons.For(Title),
        "Law of Ukraine No. 3341-XII of 30 June 1993 \"On the Organisational and Legal Framework for Combating Organised Crime\", art. 6 (main directions of combating organised crime), item 5: detection, investigation, elimination and prevention of offences committed by members of organised criminal groups, and bringing the perpetrators to justice")
    {
        UkrainianProvision = AreaReasons.Law3341Provision(5, Title),
    };
}
