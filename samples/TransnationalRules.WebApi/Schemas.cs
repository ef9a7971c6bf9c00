using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary><c>GET /schemas/*.schema.json</c>: the JSON Schemas (draft 2020-12) of a case and of a classification, as packed in the library.</summary>
internal static class Schemas
{
    public const string MediaType = "application/schema+json";

    public static void MapSchemas(this IEndpointRouteBuilder app)
    {
        app.MapGet("/schemas/case.schema.json", () => Results.Text(CaseJson.CaseSchema, MediaType))
            .WithName("GetCaseSchema")
            .WithTags("Schemas")
            .WithSummary("The JSON Schema of a case description (the request body of POST /classify).")
            .Produces(StatusCodes.Status200OK, contentType: MediaType);
        app.MapGet("/schemas/classification.schema.json", () => Results.Text(CaseJson.ClassificationSchema, MediaType))
            .WithName("GetClassificationSchema")
            .WithTags("Schemas")
            .WithSummary("The JSON Schema of a classification (the response body of POST /classify).")
            .Produces(StatusCodes.Status200OK, contentType: MediaType);
    }
}
