using System.Reflection;
using TransnationalRules.Classification;

namespace TransnationalRules.WebApi;

/// <summary><c>GET /</c>: says what the service is and where to go next.</summary>
internal static class Home
{
    private static readonly string LibraryVersion =
        typeof(CaseClassifier).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static readonly string[] Endpoints =
    [
        "POST /classify  (application/json: one case -> one classification; application/x-ndjson: one case a line -> one line each)",
        "POST /interview/next, POST /interview/answer  (the next question that can still change the goal; GET / in a browser runs them)",
        "GET /schemas/case.schema.json",
        "GET /schemas/classification.schema.json",
        "GET /schemas/classification-summary.schema.json",
        "GET /openapi/v1.json",
    ];

    /// <summary>The analyst's interview page for a browser (Accept: text/html), else the service described in JSON.</summary>
    public static IResult Get(HttpRequest request, RuleSet rules) => InterviewPage.Wanted(request) ? InterviewPage.Get(request.HttpContext.Response) : Results.Json(new
    {
        name = "TransnationalRules Web API",
        description = "Classifies police case descriptions against the UN Convention against Transnational Organized Crime "
            + "(UNTOC, 2000) and the Ukrainian areas of counteraction to organised crime: every criterion met, notMet or unknown, "
            + "with reasons, legal provisions, evidence and missing facts.",
        library = LibraryVersion,
        ruleSet = new { id = rules.Id, version = rules.Version },
        endpoints = Endpoints,
    });
}
