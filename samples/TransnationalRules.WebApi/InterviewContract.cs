using System.Text.Json.Nodes;

namespace TransnationalRules.WebApi;

/// <summary>
/// The interview's part of the OpenAPI document: the bodies of <c>POST /interview/next</c> and <c>/interview/answer</c>
/// as components (<c>InterviewRequest</c>, <c>InterviewAnswerRequest</c>, <c>InterviewQuestion</c>, <c>InterviewStep</c>)
/// with examples, and <c>GET /</c>'s HTML page.
/// </summary>
internal static class InterviewContract
{
    public static void Describe(JsonObject document)
    {
        var schemas = document["components"]!["schemas"]!.AsObject();
        var lang = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("en", "uk"), ["default"] = "en", ["description"] = "The language of the report." };
        var localized = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("en", "uk"),
            ["properties"] = new JsonObject { ["en"] = new JsonObject { ["type"] = "string" }, ["uk"] = new JsonObject { ["type"] = "string" } },
        };
        var request = new JsonObject
        {
            ["case"] = new JsonObject { ["$ref"] = "#/components/schemas/Case" },
            ["goal"] = new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray([.. InterviewSession.Goals.Select(g => (JsonNode)g)]),
                ["default"] = "conventionApplies",
                ["description"] = "What the interview is to decide: conventionApplies (art. 3(1)), transnational (art. 3(2)), routes (the cooperation routes of every abroad entry) or all (every question of the rule set).",
            },
            ["unknown"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "string" },
                ["description"] = "The fact paths answered \"unknown\" so far: they are not asked again. Send back what the last answer gave.",
            },
            ["lang"] = lang,
        };
        schemas["InterviewRequest"] = new JsonObject
        {
            ["description"] = "A case (at least caseId and offences with id and kind) and what is to be decided; the client keeps both between calls.",
            ["type"] = "object",
            ["required"] = new JsonArray("case"),
            ["properties"] = request.DeepClone(),
        };
        var answerProperties = request.DeepClone().AsObject();
        answerProperties["path"] = new JsonObject { ["type"] = "string", ["description"] = "The path of the question answered (InterviewQuestion.path)." };
        answerProperties["answer"] = new JsonObject
        {
            ["description"] = "null for unknown; true or false (yesNo); a number (number, wholeNumber); {atLeast: n} (a lower bound, when takesLowerBound); "
                + "{states, others} (states: the States named and whether the list is complete); a choice's value (choice); "
                + "{text} for any kind, in the syntax of the question's hint (conduct: UA:direction PL:planning; partners: europol PL).",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "null" },
                new JsonObject { ["type"] = "boolean" },
                new JsonObject { ["type"] = "number" },
                new JsonObject { ["type"] = "string" },
                Answer("atLeast", new JsonObject { ["type"] = "integer" }),
                new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("states"),
                    ["properties"] = new JsonObject
                    {
                        ["states"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/components/schemas/StateCode" } },
                        ["others"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("none", "some", "unknown"), ["default"] = "none", ["description"] = "The list's open-list marker (DESIGN §2.1)." },
                    },
                },
                Answer("text", new JsonObject { ["type"] = "string" })),
        };
        schemas["InterviewAnswerRequest"] = new JsonObject
        {
            ["description"] = "An InterviewRequest with the answer to one question.",
            ["type"] = "object",
            ["required"] = new JsonArray("case", "path", "answer"),
            ["properties"] = answerProperties,
        };
        var strings = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
        schemas["InterviewQuestion"] = new JsonObject
        {
            ["description"] = "The next fact to ask for: the one whose answer can decide the goal soonest (the library's InterviewQuestion).",
            ["type"] = "object",
            ["required"] = new JsonArray("path", "label", "kind", "hint", "decides", "readBy", "openList", "takesLowerBound", "choices"),
            ["properties"] = new JsonObject
            {
                ["path"] = new JsonObject { ["type"] = "string", ["description"] = "The fact's JSON path in the case, e.g. offences[0].committedIn." },
                ["label"] = localized.DeepClone(),
                ["kind"] = new JsonObject
                {
                    ["type"] = "string",
                    ["enum"] = new JsonArray("yesNo", "number", "wholeNumber", "states", "conduct", "partners", "choice"),
                    ["description"] = "The kind of answer, and so the control to show.",
                },
                ["hint"] = localized.DeepClone(),
                ["decides"] = Described(strings, "The open questions one answer to this fact alone can decide: criterion ids, a route as id@STATE."),
                ["readBy"] = Described(strings, "The open questions that read this fact."),
                ["openList"] = new JsonObject { ["type"] = "boolean", ["description"] = "Kind states or conduct: the list has an open-list marker (others: some, unknown)." },
                ["takesLowerBound"] = new JsonObject { ["type"] = "boolean", ["description"] = "The number may be answered as a lower bound ({\"atLeast\": n})." },
                ["choices"] = Described(strings, "The values of a choice, the aspects of conduct, the partners of partners; else empty."),
                ["minimum"] = new JsonObject { ["type"] = "number" },
                ["maximum"] = new JsonObject { ["type"] = "number" },
                ["state"] = new JsonObject { ["type"] = "string", ["description"] = "The foreign State a fact of an abroad entry is about." },
                ["known"] = new JsonObject { ["type"] = "string", ["description"] = "What the case already holds at this path, in the answer syntax of hint." },
            },
        };
        schemas["InterviewStep"] = new JsonObject
        {
            ["description"] = "Where the interview stands: the next question (null when nothing left can change the goal), the headline outcomes, the case as it now is, the paths answered unknown and the report.",
            ["type"] = "object",
            ["required"] = new JsonArray("goal", "decided", "outcomes", "question", "case", "unknown", "report"),
            ["properties"] = new JsonObject
            {
                ["goal"] = new JsonObject { ["type"] = "string" },
                ["decided"] = new JsonObject { ["type"] = "boolean", ["description"] = "Whether the goal's outcome is met or notMet." },
                ["outcomes"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("transnational", "conventionApplies"),
                    ["properties"] = new JsonObject { ["transnational"] = Outcome(), ["conventionApplies"] = Outcome() },
                },
                ["question"] = new JsonObject { ["anyOf"] = new JsonArray(Ref("InterviewQuestion"), new JsonObject { ["type"] = "null" }) },
                ["case"] = Ref("Case"),
                ["unknown"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                ["report"] = new JsonObject { ["type"] = "string", ["description"] = "The classification as one self-contained HTML page (the library's ReportWriter) in the language asked for." },
            },
        };

        document["tags"]!.AsArray().Add(new JsonObject { ["name"] = "Interview", ["description"] = "Ask only what can still change the answer: one question at a time, stateless (the client carries the case)." });
        var paths = document["paths"]!.AsObject();
        Operation(paths["/interview/next"]?["post"], "InterviewRequest", Example(null),
            "Classifies the case as it stands and returns the next question for the goal (null when nothing left can change it), the headline outcomes and the report.");
        Operation(paths["/interview/answer"]?["post"], "InterviewAnswerRequest", Example(("offences[0].committedIn", new JsonObject { ["states"] = new JsonArray("UA", "PL"), ["others"] = "none" })),
            "Sets the one fact answered (or records it as answered unknown, not to be asked again), re-classifies and returns the next question.");
        if (paths["/"]?["get"]?["responses"]?["200"]?["content"] is JsonObject home)
        {
            home[InterviewPage.MediaType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string", ["description"] = "The analyst's interview page (to a request that accepts text/html)." } };
        }
    }

    private static JsonObject Example((string Path, JsonNode Answer)? answer)
    {
        var example = new JsonObject
        {
            ["case"] = new JsonObject
            {
                ["caseId"] = "2024-ua-pl-drug-labs",
                ["offences"] = new JsonArray(new JsonObject { ["id"] = "drug-production", ["kind"] = "drugTrafficking" }),
            },
            ["goal"] = "conventionApplies",
            ["unknown"] = new JsonArray(),
            ["lang"] = "en",
        };
        if (answer is { } a)
        {
            example["path"] = a.Path;
            example["answer"] = a.Answer;
        }

        return example;
    }

    /// <summary>A headline outcome: met, notMet or unknown (DESIGN §5).</summary>
    private static JsonObject Outcome() => new() { ["type"] = "string", ["enum"] = new JsonArray("met", "notMet", "unknown") };

    private static void Operation(JsonNode? operation, string body, JsonObject example, string description)
    {
        if (operation is null)
        {
            return;
        }

        operation["description"] = description;
        operation["requestBody"] = new JsonObject
        {
            ["required"] = true,
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref(body), ["example"] = example } },
        };
        var responses = operation["responses"]!.AsObject();
        responses["200"] = new JsonObject
        {
            ["description"] = "The next question, or null when nothing left can change the goal; the outcomes and the report so far.",
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Ref("InterviewStep") } },
        };
        responses["400"] = new JsonObject
        {
            ["description"] = "The request or the case is invalid (errors lists every problem; a path in the case starts with case.), or the answer does not fit the question.",
            ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("ProblemDetails") } },
        };
        responses["415"] = new JsonObject
        {
            ["description"] = "The body is not application/json.",
            ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("ProblemDetails") } },
        };
    }

    private static JsonObject Described(JsonObject schema, string description)
    {
        var copy = schema.DeepClone().AsObject();
        copy["description"] = description;
        return copy;
    }

    private static JsonObject Answer(string name, JsonObject schema) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray(name),
        ["properties"] = new JsonObject { [name] = schema },
    };

    private static JsonObject Ref(string component) => new() { ["$ref"] = "#/components/schemas/" + component };
}
