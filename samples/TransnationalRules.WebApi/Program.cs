// TransnationalRules over HTTP, for systems not written in .NET: POST a case (application/json) or many
// (application/x-ndjson, one case a line) to /classify and get the classification of DESIGN §5 back.
//
//   dotnet run --project samples/TransnationalRules.WebApi -- --urls http://127.0.0.1:5080
//   curl -s -H 'Content-Type: application/json' --data-binary @samples/cases/2024-ua-pl-drug-labs.json http://127.0.0.1:5080/classify
using TransnationalRules.WebApi;

var builder = WebApplication.CreateBuilder(args);
var limits = RequestLimits.From(builder.Configuration);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes);
builder.Services.AddSingleton(limits);
builder.Services.AddTransnationalRules();   // RuleSet.Default, Classifier and CaseClassifier as singletons
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<ApiDescription>());

var app = builder.Build();
app.UseExceptionHandler();   // unhandled errors as RFC 9457 problem details
app.UseStatusCodePages();    // and 404, 405 as well
app.UseTypedOpenApi();       // the document typed with the library's schemas (OpenApiContract)
app.MapOpenApi();            // GET /openapi/v1.json
app.MapGet("/", Home.Get).WithName("GetHome").WithTags("About").WithSummary("What this service is, and its endpoints.");
app.MapSchemas();
app.MapClassify();
app.MapInterview();   // POST /interview/next and /interview/answer, run by the page GET / serves a browser
app.Run();

/// <summary>The web application; public so that integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
