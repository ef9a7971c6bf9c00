using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary>
/// 200 with JSON Lines: for every non-blank line of the request, in order, its classification (DESIGN §5) or, when the
/// case is invalid, the error line of DESIGN §7 with <c>"source": "request:LINE"</c>. N cases in, N lines out; blank
/// lines are not cases (they still count in line numbers).
/// </summary>
internal sealed class JsonLinesResult(CaseClassifier classifier, ReadOnlyMemory<byte> body, ClassificationDetail detail) : IResult
{
    /// <summary>The number of cases (non-blank lines) in <paramref name="body"/>, counted up to <paramref name="max"/> + 1.</summary>
    public static int CountCases(ReadOnlySpan<byte> body, int max)
    {
        var cases = 0;
        while (!body.IsEmpty && cases <= max)
        {
            var newline = body.IndexOf((byte)'\n');
            var line = newline < 0 ? body : body[..newline];
            if (!line.Trim(" \t\r"u8).IsEmpty)
            {
                cases++;
            }

            body = newline < 0 ? [] : body[(newline + 1)..];
        }

        return cases;
    }

    private const int FlushEveryBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ClassifyEndpoint.JsonLines;
        var output = response.BodyWriter;
        using var writer = new Utf8JsonWriter(output, ClassificationJsonResult.WriterOptions);

        var start = body.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
        var lineNumber = 0;
        long pending = 0;
        while (start < body.Length)
        {
            // A client that has gone away gets no more classifications (ClientDisconnects logs it as such, not as a failure).
            httpContext.RequestAborted.ThrowIfCancellationRequested();
            var newline = body.Span[start..].IndexOf((byte)'\n');
            var end = newline < 0 ? body.Length : start + newline;
            lineNumber++;
            pending += WriteLine(body[start..end], lineNumber, writer, output);
            start = end + 1;
            if (pending >= FlushEveryBytes)
            {
                await output.FlushAsync(httpContext.RequestAborted);   // stream the answer: clients can read lines as they come
                pending = 0;
            }
        }

        await output.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>Classifies one line and writes its answer line; returns the bytes written (0 for a blank line).</summary>
    private long WriteLine(ReadOnlyMemory<byte> line, int lineNumber, Utf8JsonWriter writer, PipeWriter output)
    {
        var text = line.Span.TrimEnd("\r"u8);
        if (text.Trim(" \t"u8).IsEmpty)
        {
            return 0;
        }

        var result = classifier.Classify(text);
        if (result.IsValid)
        {
            CaseJson.WriteClassification(result.Classification, writer, detail);
        }
        else
        {
            CaseJson.WriteErrors(result.CaseId, $"request:{lineNumber}", result.Errors, writer);
        }

        writer.Flush();
        var written = writer.BytesCommitted + 1;
        writer.Reset();
        output.Write("\n"u8);
        return written;
    }
}
