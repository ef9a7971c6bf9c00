using System.Text.Json;
using System.Text.Json.Nodes;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Rendering;

namespace TransnationalRules.WebApi;

/// <summary>
/// <c>POST /interview/next</c> and <c>POST /interview/answer</c>: the library's interview over HTTP, stateless. The
/// client carries the case and the paths answered "unknown"; each call answers with the next question that can still
/// change the goal (or none), the headline outcomes, the report in the language asked for, and the case as it now is.
/// </summary>
internal static class InterviewEndpoint
{
    public static void MapInterview(this IEndpointRouteBuilder app)
    {
        app.MapPost("/interview/next", (HttpRequest request, Classifier classifier) => Step(request, classifier, answering: false))
            .WithName("InterviewNext")
            .WithTags("Interview")
            .WithSummary("The next question of the interview for a case and a goal, with the outcomes and report so far.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        app.MapPost("/interview/answer", (HttpRequest request, Classifier classifier) => Step(request, classifier, answering: true))
            .WithName("InterviewAnswer")
            .WithTags("Interview")
            .WithSummary("Answers one question (sets that fact, or records it as unknown) and gives the next question.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> Step(HttpRequest request, Classifier classifier, bool answering)
    {
        if (!request.HasJsonContentType())
        {
            return Problems.UnsupportedMediaType(request.ContentType);
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Invalid(("", "invalidJson", "The body must be a JSON object: {case, goal, unknown, lang" + (answering ? ", path, answer}." : "}.")));
        }

        var errors = new List<(string, string, string)>();
        var goal = Text(body, "goal", "conventionApplies", [.. InterviewSession.Goals], errors);
        var lang = Text(body, "lang", "en", ["en", "uk"], errors) == "uk" ? Language.Uk : Language.En;
        var unknown = Paths(body, errors);
        if (body["case"] is not JsonObject caseNode)
        {
            errors.Add(("case", "required", "Must be a case description (a JSON object)."));
            return Invalid([.. errors]);
        }

        if (errors.Count > 0)
        {
            return Invalid([.. errors]);
        }

        InterviewSession session;
        try
        {
            session = InterviewSession.Start(classifier, caseNode, goal, unknown);
        }
        catch (ArgumentException)
        {
            return Invalid(("unknown", "unknownValue", "Must list paths of facts of the case, as the last answer gave them."));
        }

        if (session.Errors is { } caseErrors)
        {
            return Invalid([.. caseErrors.Select(e => ("case" + (e.Path.Length == 0 || e.Path[0] == '[' ? "" : ".") + e.Path, e.Code, e.Message))]);
        }

        if (answering)
        {
            if (body["path"] is not JsonValue pathValue || !pathValue.TryGetValue<string>(out var path))
            {
                return Invalid(("path", "required", "Must be the path of the question answered, as the last answer gave it."));
            }

            if (!body.ContainsKey("answer"))
            {
                return Invalid(("answer", "required", "Must be the answer: null for unknown, true or false, a number, {atLeast}, {states, others}, a choice, or {text}."));
            }

            if (session.Answer(path, body["answer"], lang) is { } problem)
            {
                return Invalid(("answer", "invalidAnswer", problem));
            }
        }

        return Results.Text(Write(session, lang), "application/json; charset=utf-8");
    }

    private static string Write(InterviewSession session, Language lang)
    {
        var interview = session.Interview;
        var report = new StringWriter();
        using (var writer = new ReportWriter(report, ReportFormat.Html, lang))
        {
            writer.WriteCase(interview.Classification, interview.Case);
            writer.Complete();
        }

        var answer = new JsonObject
        {
            ["goal"] = session.GoalName,
            ["decided"] = interview.IsDecided,
            ["outcomes"] = new JsonObject
            {
                ["transnational"] = Name(interview.Classification.Transnational),
                ["conventionApplies"] = Name(interview.Classification.ConventionApplies),
            },
            ["question"] = session.Next(),
            ["case"] = JsonNode.Parse(CaseJson.Write(interview.Case)),
            ["unknown"] = new JsonArray([.. interview.Unknown.Select(p => (JsonNode)p)]),
            ["report"] = report.ToString(),
        };
        return answer.ToJsonString(new JsonSerializerOptions { Encoder = ClassificationJsonResult.WriterOptions.Encoder });
    }

    /// <summary>400 with every problem of the request, each as {path, code, message}; paths in the case start with <c>case.</c>.</summary>
    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Invalid(params (string Path, string Code, string Message)[] errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The interview request is invalid.",
        detail: errors.Length == 1 ? "1 problem was found; see errors." : $"{errors.Length} problems were found; see errors.",
        extensions: new Dictionary<string, object?>
        {
            ["caseId"] = null,
            ["errors"] = errors.Select(e => new { path = e.Path, code = e.Code, message = e.Message }).ToArray(),
        });

    private static string Name(Outcome? outcome) => outcome switch
    {
        Outcome.Met => "met",
        Outcome.NotMet => "notMet",
        _ => "unknown",
    };

    private static string Text(JsonObject body, string name, string fallback, string[] allowed, List<(string, string, string)> errors)
    {
        var node = body[name];
        if (node is null)
        {
            return fallback;
        }

        if (node is JsonValue v && v.TryGetValue<string>(out var text) && allowed.Contains(text))
        {
            return text;
        }

        errors.Add((name, "unknownValue", "Must be one of " + string.Join(", ", allowed) + "."));
        return fallback;
    }

    private static string[] Paths(JsonObject body, List<(string, string, string)> errors)
    {
        switch (body["unknown"])
        {
            case null:
                return [];
            case JsonArray array when array.All(n => n is JsonValue v && v.TryGetValue<string>(out _)):
                return [.. array.Select(n => n!.GetValue<string>()).Distinct(StringComparer.Ordinal)];
            default:
                errors.Add(("unknown", "wrongType", "Must be an array of the paths answered unknown."));
                return [];
        }
    }
}
