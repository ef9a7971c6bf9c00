using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary>
/// Types the OpenAPI document (3.1, whose schemas are JSON Schema 2020-12) with the library's own generated schemas:
/// <c>components/schemas/Case</c> and <c>Classification</c> are the documents served at <c>GET /schemas/*.json</c>
/// (their <c>$defs</c> and inner references moved to components, nothing rewritten by hand), as is
/// <c>ClassificationSummary</c> (DESIGN §5's summary level; the 200 body is one of the two, told apart by <c>detail</c>),
/// beside <c>CaseErrorLine</c> (an invalid case's JSON line),
/// <c>CaseError</c> and <c>ProblemDetails</c> with <c>caseId</c>, <c>errors</c> and an integer <c>status</c>.
/// Every request and response body refers to them; every operation has an operationId and a tag with a description.
/// </summary>
internal static class OpenApiContract
{
    public const string DocumentPath = "/openapi/v1.json";

    private static readonly string[] Statuses = ["400", "413", "415"];

    /// <summary>Rewrites the document <c>MapOpenApi</c> writes on its way out.</summary>
    public static IApplicationBuilder UseTypedOpenApi(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.Equals(DocumentPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var document = JsonNode.Parse(buffer.ToArray())!.AsObject();
        Type(document);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, context.RequestAborted);
    });

    /// <summary>Types <paramref name="document"/> in place (public for tests and for generating the document offline).</summary>
    public static void Type(JsonObject document)
    {
        var components = (document["components"] ??= new JsonObject()).AsObject();
        var schemas = (components["schemas"] ??= new JsonObject()).AsObject();

        var @case = Embed(CaseJson.CaseSchema, schemas);
        schemas["Case"] = @case;
        var classification = Embed(CaseJson.ClassificationSchema, schemas);
        // Its one inner reference (#/properties/criteria/items) becomes a component of its own.
        var criterion = classification["properties"]!["criteria"]!["items"]!.DeepClone();
        classification["properties"]!["criteria"]!["items"] = Ref("Criterion");
        schemas["Criterion"] = criterion;
        RewriteRefs(classification, "#/properties/criteria/items", "#/components/schemas/Criterion");
        RewriteRefs(criterion, "#/properties/criteria/items", "#/components/schemas/Criterion");
        schemas["Classification"] = classification;
        schemas["ClassificationSummary"] = Embed(CaseJson.ClassificationSummarySchema, schemas);
        schemas["CaseError"] = new JsonObject
        {
            ["description"] = "One problem of a case: where (a JSON path, \"\" for the whole body), what (a stable code), and a message that echoes no value.",
            ["type"] = "object",
            ["required"] = new JsonArray("path", "code", "message"),
            ["properties"] = new JsonObject
            {
                ["path"] = new JsonObject { ["type"] = "string" },
                ["code"] = new JsonObject { ["type"] = "string", ["description"] = "A stable error code (ErrorCodes), e.g. required, tooLong, invalidStateCode." },
                ["message"] = new JsonObject { ["type"] = "string" },
            },
        };
        schemas["CaseErrorLine"] = new JsonObject
        {
            ["description"] = "The JSON line that stands for an invalid case in a JSON Lines answer (DESIGN §7).",
            ["type"] = "object",
            ["required"] = new JsonArray("caseId", "source", "errors"),
            ["properties"] = new JsonObject
            {
                ["caseId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["source"] = new JsonObject { ["type"] = "string", ["description"] = "request:LINE, the line of the request." },
                ["errors"] = new JsonObject { ["type"] = "array", ["items"] = Ref("CaseError") },
            },
        };
        schemas["ProblemDetails"] = new JsonObject
        {
            ["description"] = "RFC 9457 problem details; for an invalid case, errors lists every problem and caseId names the case when it could be read.",
            ["type"] = "object",
            ["required"] = new JsonArray("status", "title"),
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["title"] = new JsonObject { ["type"] = "string" },
                ["status"] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
                ["detail"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["instance"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["traceId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["caseId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
                ["errors"] = new JsonObject { ["type"] = "array", ["items"] = Ref("CaseError") },
            },
        };

        document["tags"] = new JsonArray(
            Tag("Classification", "Classify case descriptions: one as application/json, many as application/x-ndjson; full or summary detail."),
            Tag("Schemas", "The JSON Schemas (draft 2020-12) of a case and of a classification, as packed in the library."),
            Tag("About", "What this service is, and its endpoints."));

        var paths = document["paths"]!.AsObject();
        Content(paths["/"]?["get"], "application/json", new JsonObject { ["type"] = "object", ["description"] = "The service's name, version and endpoints." });
        foreach (var path in new[] { "/schemas/case.schema.json", "/schemas/classification.schema.json", "/schemas/classification-summary.schema.json" })
        {
            Content(paths[path]?["get"], "application/schema+json", new JsonObject { ["type"] = "object", ["description"] = "A JSON Schema (draft 2020-12)." });
        }

        var classify = paths["/classify"]!["post"]!;
        classify["requestBody"] = new JsonObject
        {
            ["required"] = true,
            ["description"] = "One case (application/json), or JSON Lines of cases (application/x-ndjson: each non-blank line a Case). UTF-8; Content-Encoding gzip or br accepted.",
            ["content"] = new JsonObject
            {
                [ClassifyEndpoint.Json] = new JsonObject { ["schema"] = Ref("Case"), ["examples"] = Examples.Request() },
                [ClassifyEndpoint.JsonLines] = new JsonObject { ["schema"] = Ref("Case"), ["examples"] = Examples.RequestLines() },
            },
        };
        var parameters = new JsonArray(new JsonObject
        {
            ["name"] = "detail",
            ["in"] = "query",
            ["required"] = false,
            ["description"] = "full (the default): every criterion with its reasons; summary: outcomes only (DESIGN §5).",
            ["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("full", "summary"), ["default"] = "full" },
        });
        classify["parameters"] = parameters;
        var responses = classify["responses"]!.AsObject();
        responses["200"] = new JsonObject
        {
            ["description"] = "application/json: the classification at the detail level asked for; its detail field (full or summary) says which shape it is. "
                + "application/x-ndjson: one line per case, in input order: its classification, or an error line (no detail field).",
            ["content"] = new JsonObject
            {
                // One of two shapes, told apart by `detail`: a generated client reads the level from the body, not from a guess.
                [ClassifyEndpoint.Json] = new JsonObject
                {
                    ["schema"] = new JsonObject
                    {
                        ["oneOf"] = new JsonArray(Ref("Classification"), Ref("ClassificationSummary")),
                        ["discriminator"] = new JsonObject
                        {
                            ["propertyName"] = "detail",
                            ["mapping"] = new JsonObject { ["full"] = "#/components/schemas/Classification", ["summary"] = "#/components/schemas/ClassificationSummary" },
                        },
                    },
                    ["examples"] = Examples.Classifications(),
                },
                [ClassifyEndpoint.JsonLines] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["anyOf"] = new JsonArray(Ref("Classification"), Ref("ClassificationSummary"), Ref("CaseErrorLine")) },
                    ["examples"] = Examples.Lines(),
                },
            },
        };
        var descriptions = new Dictionary<string, string>
        {
            ["400"] = "The case is invalid (errors lists every problem, caseId names the case when it could be read), the detail parameter is unknown, or the body is not what its Content-Encoding says.",
            ["413"] = $"A JSON Lines body holds more than {RequestLimits.DefaultMaxJsonLines} cases, or the body, decompressed, is over {RequestLimits.BytesPerCase / 1024} KiB a case "
                + $"({RequestLimits.DefaultMaxBodyBytes} bytes, {RequestLimits.Mebibytes(RequestLimits.DefaultMaxBodyBytes)}, by default; both configurable).",
            ["415"] = "Neither application/json nor application/x-ndjson in UTF-8, or a Content-Encoding other than gzip or br.",
        };
        foreach (var status in Statuses)
        {
            responses[status] = new JsonObject
            {
                ["description"] = descriptions[status],
                ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("ProblemDetails"), ["examples"] = Examples.Problem(status) } },
            };
        }

        // The sample has no authentication (put it behind your gateway): say so, rather than leave it unsaid.
        document["security"] = new JsonArray();

        // The server the document was served from, without the trailing slash the framework writes (paths start with one).
        foreach (var server in document["servers"]?.AsArray() ?? [])
        {
            if (server?["url"] is JsonValue url && url.GetValue<string>() is { Length: > 1 } text && text.EndsWith('/'))
            {
                server["url"] = text.TrimEnd('/');
            }
        }

        InterviewContract.Describe(document);
    }

    /// <summary>A generated schema as a component: without <c>$schema</c>, its <c>$defs</c> moved beside it (first letter upper case).</summary>
    private static JsonObject Embed(string schemaText, JsonObject schemas)
    {
        var schema = JsonNode.Parse(schemaText)!.AsObject();
        schema.Remove("$schema");
        if (schema["$defs"] is JsonObject defs)
        {
            schema.Remove("$defs");
            foreach (var (name, def) in defs.ToList())
            {
                var component = char.ToUpperInvariant(name[0]) + name[1..];
                defs.Remove(name);
                schemas[component] = def;
                RewriteRefs(schema, "#/$defs/" + name, "#/components/schemas/" + component);
            }
        }

        return schema;
    }

    private static void RewriteRefs(JsonNode? node, string from, string to)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["$ref"] is JsonValue v && v.GetValue<string>() == from)
                {
                    o["$ref"] = to;
                }

                foreach (var (_, child) in o.ToList())
                {
                    RewriteRefs(child, from, to);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    RewriteRefs(child, from, to);
                }

                break;
        }
    }

    private static JsonObject Ref(string component) => new() { ["$ref"] = "#/components/schemas/" + component };

    private static JsonObject Tag(string name, string description) => new() { ["name"] = name, ["description"] = description };

    private static void Content(JsonNode? operation, string mediaType, JsonObject schema)
    {
        if (operation?["responses"]?["200"] is JsonObject ok)
        {
            ok["description"] = "OK";
            ok["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = schema } };
        }
    }
}
