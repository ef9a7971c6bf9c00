using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace TransnationalRules.WebApi;

/// <summary>
/// The analyst's page (<c>InterviewPage.html</c>, embedded): plain HTML and a little JavaScript that runs the interview
/// against <c>POST /interview/next</c> and <c>/interview/answer</c>. No external resource: the Content-Security-Policy
/// allows only this origin and the page's own script (by a nonce drawn per response).
/// </summary>
internal static class InterviewPage
{
    public const string MediaType = "text/html";

    private static readonly string Template = Load();

    /// <summary>Whether the request asks for HTML (a browser) rather than the JSON description of the service.</summary>
    public static bool Wanted(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accept)
        && accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public static IResult Get(HttpResponse response)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        response.Headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; "
            + "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Content(Template.Replace("{{nonce}}", nonce, StringComparison.Ordinal), MediaType + "; charset=utf-8");
    }

    private static string Load()
    {
        using var stream = typeof(InterviewPage).Assembly.GetManifestResourceStream("TransnationalRules.WebApi.InterviewPage.html")
            ?? throw new InvalidOperationException("InterviewPage.html is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
