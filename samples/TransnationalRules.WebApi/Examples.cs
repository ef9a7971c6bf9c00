using System.Text.Json.Nodes;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary>
/// The examples of the OpenAPI document: a small case and what the library answers for it, computed when the document is
/// served, so they cannot drift from the schemas beside them.
/// </summary>
internal static class Examples
{
    /// <summary>The smallest useful case: its two required fields, and an offence with the facts art. 3(2)(a) reads.</summary>
    public const string Case = """{"caseId":"K-2024-17","offences":[{"id":"o1","kind":"fraud","maximumPenaltyYears":12,"committedIn":["UA","MD"]}]}""";

    /// <summary>A case that is invalid: a blank id and an unknown kind.</summary>
    private const string InvalidCase = """{"caseId":" ","offences":[{"id":"o1","kind":"arson"}]}""";

    private static readonly Lazy<CaseClassifier> Classifier = new(() => new CaseClassifier());

    public static JsonObject Request() => new()
    {
        ["minimal"] = Example("A case with one offence committed in two States.", JsonNode.Parse(Case)),
    };

    /// <summary>JSON Lines: the schema (and so each example) is that of one line; OpenAPI 3.1 has no way to type the lines as a whole.</summary>
    public static JsonObject RequestLines() => new()
    {
        ["validLine"] = Example("One line of the body: a case.", JsonNode.Parse(Case)),
    };

    public static JsonObject Classifications() => new()
    {
        ["full"] = Example("?detail=full (the default): every criterion whole.", Classified(ClassificationDetail.Full)),
        ["summary"] = Example("?detail=summary: outcomes only.", Classified(ClassificationDetail.Summary)),
    };

    /// <summary>One line each: a classification, and the error line that stands for an invalid case (not an example of the request: it fails the case schema).</summary>
    public static JsonObject Lines()
    {
        var invalid = Classifier.Value.Classify(InvalidCase);
        return new JsonObject
        {
            ["classificationLine"] = Example("The line for a valid case (here ?detail=summary).", Classified(ClassificationDetail.Summary)),
            ["errorLine"] = Example("The line for an invalid case (a blank caseId, an unknown kind) on line 2 of the request.", JsonNode.Parse(CaseJson.WriteErrors(invalid.CaseId, "request:2", invalid.Errors))),
        };
    }

    public static JsonObject Problem(string status) => status switch
    {
        "400" => new JsonObject { ["invalidCase"] = Example("An invalid case: every problem at once.", InvalidCaseProblem()) },
        "413" => new JsonObject
        {
            ["tooManyCases"] = Example("A JSON Lines body of more cases than the limit.", new JsonObject
            {
                ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
                ["title"] = "The request holds too many cases.",
                ["status"] = 413,
                ["detail"] = $"At most {RequestLimits.DefaultMaxJsonLines} cases (non-blank lines) per request; send the rest in further requests.",
            }),
        },
        _ => new JsonObject
        {
            ["unsupportedMediaType"] = Example("A body sent as text/plain.", new JsonObject
            {
                ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.16",
                ["title"] = "Unsupported media type.",
                ["status"] = 415,
                ["detail"] = $"Send one case as {ClassifyEndpoint.Json} or many as {ClassifyEndpoint.JsonLines} (one case a line), in UTF-8; the request's Content-Type is not one of them.",
            }),
        },
    };

    private static JsonNode Classified(ClassificationDetail detail) =>
        JsonNode.Parse(CaseJson.WriteClassification(Classifier.Value.ClassifyOrThrow(Case), detail))!;

    private static JsonObject InvalidCaseProblem()
    {
        var result = Classifier.Value.Classify(InvalidCase);
        return new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "The case description is invalid.",
            ["status"] = 400,
            ["detail"] = $"{result.Errors.Length} problems were found; see errors.",
            ["caseId"] = result.CaseId,
            ["errors"] = new JsonArray([.. result.Errors.Select(e => (JsonNode)new JsonObject { ["path"] = e.Path, ["code"] = e.Code, ["message"] = e.Message })]),
        };
    }

    private static JsonObject Example(string summary, JsonNode? value) => new() { ["summary"] = summary, ["value"] = value };
}
