using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TransnationalRules.WebApi;

/// <summary>
/// Names and describes the service in the OpenAPI document; <see cref="OpenApiContract"/> types its bodies with the
/// library's own JSON Schemas, served beside it.
/// </summary>
internal sealed class ApiDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "TransnationalRules Web API";
        document.Info.Version = "1.0.0";
        document.Info.Description =
            "Classifies police case descriptions against the UN Convention against Transnational Organized Crime (2000) and "
            + "Ukrainian law: every criterion met, notMet or unknown, with reasons in English and Ukrainian, legal provisions, "
            + "evidence and the facts still missing; and, for each foreign State the case names in `abroad`, which cooperation routes of the "
            + "Convention are open (law-enforcement cooperation, mutual legal assistance, extradition, confiscation, joint investigation). "
            + "JSON Schemas of the bodies: GET /schemas/case.schema.json and "
            + "GET /schemas/classification.schema.json (detail=full) and GET /schemas/classification-summary.schema.json (detail=summary); "
            + "the 200 body's detail field says which of the two it is.";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        return Task.CompletedTask;
    }
}
