using Microsoft.AspNetCore.OpenApi;
using System.Text.Json.Nodes;
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
            + "evidence and the facts still missing; and, for each foreign State the case names in `abroad`, which cooperation routes of the "
            + "Convention are open (law-enforcement cooperation, mutual legal assistance, extradition, confiscation, joint investigation). "
            + "JSON Schemas of the bodies: GET /schemas/case.schema.json and "
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
                [ClassifyEndpoint.Json] = CaseBody(),
                [ClassifyEndpoint.JsonLines] = Body("One case description a line (blank lines are skipped).", JsonSchemaType.String),
            },
        };
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Description = "The classification, or one line per case.";
            response.Content = new Dictionary<string, OpenApiMediaType>
            {
                [ClassifyEndpoint.Json] = ClassificationBody(),
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

    private static OpenApiSchema Text(string description, JsonSchemaType type = JsonSchemaType.String) => new() { Type = type, Description = description };

    /// <summary>The case: the full schema is the library's; the members a reader looks for first are named here.</summary>
    private static OpenApiMediaType CaseBody() => new()
    {
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "A case description: JSON Schema at /schemas/case.schema.json.",
            Required = new HashSet<string> { "caseId", "offences" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["caseId"] = Text("The case's id in the calling system."),
                ["offences"] = Text("The offences of the case (at least one).", JsonSchemaType.Array),
                ["stage"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String | JsonSchemaType.Null,
                    Description = "pretrial or trial; absent or null when unknown. Names Ukraine's central authority for mutual legal assistance (declaration to UNTOC art. 18(13)).",
                    Enum = [JsonValue.Create("pretrial"), JsonValue.Create("trial")],
                },
                ["abroad"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array | JsonSchemaType.Null,
                    Description = "Foreign States a request could be addressed to (at most 250, each once, not UA), with what is located there: "
                        + "suspects, victims, witnesses, proceeds, evidence (true, false or null), proceedings open there, dualCriminality. "
                        + "Each entry gets the cooperation routes of the classification.",
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "state" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["state"] = Text("ISO 3166-1 alpha-2 code of the foreign State."),
                            ["suspects"] = Text("A suspect is located there.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                            ["victims"] = Text("Victims are located there.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                            ["witnesses"] = Text("Witnesses are located there.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                            ["proceeds"] = Text("Proceeds, property or instrumentalities are located there.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                            ["evidence"] = Text("Evidence is located there.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                            ["proceedings"] = Text("Criminal proceedings on the matter are open there.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                            ["dualCriminality"] = Text("The conduct is an offence under that State's law too.", JsonSchemaType.Boolean | JsonSchemaType.Null),
                        },
                    },
                },
            },
        },
    };

    /// <summary>The classification: the full schema is the library's; the headline members and cooperation are named here.</summary>
    private static OpenApiMediaType ClassificationBody()
    {
        var outcome = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("met"), JsonValue.Create("notMet"), JsonValue.Create("unknown")] };
        return new()
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "A classification: JSON Schema at /schemas/classification.schema.json.",
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["caseId"] = Text("The case's id."),
                    ["transnational"] = Text("Outcome of untoc.art3.2: met, notMet or unknown."),
                    ["conventionApplies"] = Text("Outcome of untoc.art3.1: met, notMet or unknown."),
                    ["criteria"] = Text("Every criterion at case level, with outcome, title, citation, reason, evidence and missing facts.", JsonSchemaType.Array),
                    ["offences"] = Text("Per offence, every offence-level criterion.", JsonSchemaType.Array),
                    ["cooperation"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Array,
                        Description = "One entry per abroad entry of the case, in input order ([] when abroad is absent): the foreign State and the "
                            + "cooperation routes of the Convention with it — untoc.art27 (law-enforcement cooperation), untoc.art18 (mutual legal "
                            + "assistance), untoc.art16 (extradition), untoc.art13 (confiscation), untoc.art19 (joint investigation) — each with "
                            + "outcome, reason, evidence and missing facts. Route outcomes appear only here.",
                        Items = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["state"] = Text("The foreign State, as given in abroad."),
                                ["routes"] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.Array,
                                    Description = "The rule set's routes in its order, in the shape of criteria.",
                                    Items = new OpenApiSchema
                                    {
                                        Type = JsonSchemaType.Object,
                                        Properties = new Dictionary<string, IOpenApiSchema>
                                        {
                                            ["id"] = Text("The route's stable id, e.g. untoc.art18."),
                                            ["outcome"] = outcome,
                                        },
                                    },
                                },
                            },
                        },
                    },
                    ["missingFacts"] = Text("Ask first: the facts missing from the unknown questions (headlines, then routes, then areas), ranked.", JsonSchemaType.Array),
                },
            },
        };
    }
}
