using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary><c>GET /schemas/*.schema.json</c>: the JSON Schemas (draft 2020-12) of a case and of a classification at either level, as packed in the library.</summary>
internal static class Schemas
{
    public const string MediaType = "application/schema+json";

    public static void MapSchemas(this IEndpointRouteBuilder app)
    {
        Map(app, "case", "GetCaseSchema", CaseJson.CaseSchema,
            "The JSON Schema of a case description (the request body of POST /classify).");
        Map(app, "classification", "GetClassificationSchema", CaseJson.ClassificationSchema,
            "The JSON Schema of a classification at the full level (the response body of POST /classify, detail=full).");
        Map(app, "classification-summary", "GetClassificationSummarySchema", CaseJson.ClassificationSummarySchema,
            "The JSON Schema of a classification at the summary level (the response body of POST /classify?detail=summary).");
    }

    private static void Map(IEndpointRouteBuilder app, string name, string operationId, string schema, string summary) =>
        app.MapGet($"/schemas/{name}.schema.json", () => Results.Text(schema, MediaType))
            .WithName(operationId)
            .WithTags("Schemas")
            .WithSummary(summary)
            .WithDescription(summary + " The same file is packed in the NuGet package under schemas/ and returned by CaseJson in the library.")
            .Produces(StatusCodes.Status200OK, contentType: MediaType);
}
