// TransnationalRules over HTTP, for systems not written in .NET: POST a case (application/json) or many
// (application/x-ndjson, one case a line) to /classify and get the classification of DESIGN §5 back.
//
//   dotnet run --project samples/TransnationalRules.WebApi -- --urls http://127.0.0.1:5080
//   curl -s -H 'Content-Type: application/json' --data-binary @samples/cases/2024-ua-pl-drug-labs.json http://127.0.0.1:5080/classify
//
// Logging levels: appsettings.json (copied beside the binary): the framework logs warnings and errors only, not eight lines a request.
using Microsoft.AspNetCore.ResponseCompression;
using TransnationalRules.WebApi;

var builder = WebApplication.CreateBuilder(args);
var limits = RequestLimits.From(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddSingleton(limits);
builder.Services.AddTransnationalRules();   // RuleSet.Default, Classifier and CaseClassifier as singletons
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDescription>());

// Answers are compressed when the client asks (Accept-Encoding: br or gzip), over HTTPS too: BREACH-style attacks need a
// secret in the same body as text an attacker makes the victim send, and these bodies hold no secret (no tokens, no
// cookies; the classification of the caller's own case), nor can a browser on another site send a JSON body here.
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, ClassifyEndpoint.JsonLines, "application/problem+json", Schemas.MediaType];
});

var app = builder.Build();
app.UseResponseCompression();
app.UseExceptionHandler();   // unhandled errors as RFC 9457 problem details
app.UseMiddleware<ClientDisconnects>();   // a client that goes away is not an error (one Debug line, 499)
app.UseStatusCodePages();    // and 404, 405 as well
app.UseTypedOpenApi();       // the document typed with the library's schemas (OpenApiContract)
app.MapOpenApi();            // GET /openapi/v1.json
app.MapGet("/", Home.Get).WithName("GetHome").WithTags("About").WithSummary("What this service is, and its endpoints.")
    .WithDescription("The service's name, version, rule set and endpoints, for a person or a health check.");
app.MapSchemas();
app.MapClassify();
app.MapInterview();   // POST /interview/next and /interview/answer, run by the page GET / serves a browser
app.Run();

/// <summary>The web application; public so that integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
