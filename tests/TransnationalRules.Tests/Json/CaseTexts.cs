namespace TransnationalRules.Tests.Json;

/// <summary>Case descriptions as JSON text, for the JSON and validation tests.</summary>
internal static class CaseTexts
{
    /// <summary>The example of DESIGN §4, verbatim.</summary>
    public const string DesignExample = """
        {
          "caseId": "UA-2024-0001",
          "title": "Call centres in Moldova defrauding citizens",
          "notes": "Assumptions and sources of the facts below.",
          "offences": [
            {
              "id": "fraud",
              "kind": "fraud",
              "maximumPenaltyYears": 12,
              "lifeImprisonment": false,
              "legalBasis": [ { "jurisdiction": "UA", "reference": "Criminal Code art. 190(4)" } ],
              "committedIn": ["MD"],
              "substantialConduct": [ { "state": "UA", "aspect": "direction" } ],
              "substantialEffectsIn": ["UA"],
              "involvesGroup": true
            }
          ],
          "group": {
            "members": 400, "existsForPeriodOfTime": true, "structured": true, "actsInConcert": true,
            "aimsAtSeriousCrime": true, "materialBenefit": true, "activeIn": ["MD", "UA", "RO"]
          },
          "facts": {
            "harmThreatened": true,
            "damage": { "individuals": true, "legalEntities": false, "state": false },
            "publicOfficialsInvolved": false, "civilAssociationsOrMediaUsed": false,
            "businessEntitiesUsed": true, "proceedsLaundered": null,
            "groupBeingFormed": false, "socialConditionsExploited": null,
            "internationalCooperation": [ { "partner": "europol" }, { "partner": "eurojust" }, { "partner": "state", "state": "MD" } ]
          }
        }
        """;

    /// <summary>The DESIGN §4 example with <c>stage</c> and two foreign States, everything about them known: Romania (no suspect), Moldova (no proceeds).</summary>
    public static readonly string DesignExampleAbroad = DesignExample.TrimEnd().TrimEnd('}').TrimEnd()
        + """
        ,
          "stage": "pretrial",
          "abroad": [
            { "state": "RO", "suspects": false, "victims": false, "witnesses": false, "evidence": true, "proceeds": true, "proceedings": true, "dualCriminality": true },
            { "state": "MD", "suspects": true, "victims": true, "witnesses": true, "proceeds": false, "evidence": true, "proceedings": true, "dualCriminality": true }
          ]
        }
        """;

    /// <summary>The smallest valid offence's properties.</summary>
    public const string MinimalOffence = "'id':'o1','kind':'fraud'";

    /// <summary>A case with one offence of the given properties and more root properties; single quotes stand for double.</summary>
    public static string Case(string offence = MinimalOffence, string more = "") =>
        Quote("{'caseId':'C-1','offences':[{" + offence + "}]" + (more.Length > 0 ? "," + more : string.Empty) + "}");

    /// <summary>A case with the given root properties only (no defaults); single quotes stand for double.</summary>
    public static string Root(string properties) => Quote("{" + properties + "}");

    /// <summary>Single quotes to double quotes.</summary>
    public static string Quote(string json) => json.Replace('\'', '"');

    /// <summary>A JSON array of <paramref name="count"/> copies of <paramref name="item"/>.</summary>
    public static string Many(string item, int count) => "[" + string.Join(",", Enumerable.Repeat(item, count)) + "]";
}
