using System.Text.Encodings.Web;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary>200 with one classification (DESIGN §5) as <c>application/json</c>, written straight into the response.</summary>
internal sealed class ClassificationJsonResult(CaseClassification classification, ClassificationDetail detail) : IResult
{
    /// <summary>As the library writes its own compact JSON: Ukrainian reason texts stay readable, not \u-escaped.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            CaseJson.WriteClassification(classification, writer, detail);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
