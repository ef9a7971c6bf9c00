using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TransnationalRules.WebApi;

/// <summary>
/// Names and describes the service in the OpenAPI document, and gives <c>POST /classify</c> its request and response
/// bodies: the case and classification documents are described by the library's own JSON Schemas, served beside it.
/// </summary>
internal sealed class ApiDescription : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "TransnationalRules Web API";
        document.Info.Version = "1.0.0";
        document.Info.Description =
            "Classifies police case descriptions against the UN Convention against Transnational Organized Crime (2000) and "
            + "Ukrainian law: every criterion met, notMet or unknown, with reasons in English and Ukrainian, legal provisions, "
            + "evidence and the facts still missing. JSON Schemas of the bodies: GET /schemas/case.schema.json and "
            + "GET /schemas/classification.schema.json.";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != ClassifyEndpoint.OperationId)
        {
            return Task.CompletedTask;
        }

        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "One case, or JSON Lines of cases. UTF-8.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ClassifyEndpoint.Json] = Body("A case description: JSON Schema at /schemas/case.schema.json.", JsonSchemaType.Object),
                [ClassifyEndpoint.JsonLines] = Body("One case description a line (blank lines are skipped).", JsonSchemaType.String),
            },
        };
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Description = "The classification, or one line per case.";
            response.Content = new Dictionary<string, OpenApiMediaType>
            {
                [ClassifyEndpoint.Json] = Body("A classification: JSON Schema at /schemas/classification.schema.json.", JsonSchemaType.Object),
                [ClassifyEndpoint.JsonLines] = Body(
                    "One line per case, in input order: its classification, or for an invalid case "
                    + "{\"caseId\": string or null, \"source\": \"request:LINE\", \"errors\": [{\"path\", \"code\", \"message\"}]}.",
                    JsonSchemaType.String),
            };
        }

        if (operation.Responses?.TryGetValue("400", out var bad) == true && bad is OpenApiResponse invalid)
        {
            invalid.Description = "The case is invalid: problem details whose `errors` member lists every problem "
                + "({\"path\", \"code\", \"message\"}) and whose `caseId` names the case when it could be read.";
        }

        return Task.CompletedTask;
    }

    private static OpenApiMediaType Body(string description, JsonSchemaType type) =>
        new() { Schema = new OpenApiSchema { Type = type, Description = description } };
}
