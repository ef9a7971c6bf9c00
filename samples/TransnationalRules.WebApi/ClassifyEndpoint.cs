using Microsoft.Net.Http.Headers;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi;

/// <summary>
/// <c>POST /classify</c>: one case as <c>application/json</c> gives one classification (DESIGN §5), or 400 with every
/// problem; many cases as JSON Lines (<c>application/x-ndjson</c>, one case a line) give one line per case, in order,
/// an invalid case as the error line of DESIGN §7: N cases in, N lines out.
/// </summary>
internal static class ClassifyEndpoint
{
    public const string Json = "application/json";
    public const string JsonLines = "application/x-ndjson";
    public const string OperationId = "Classify";

    /// <summary>Other names JSON Lines goes by; all are answered as <see cref="JsonLines"/>.</summary>
    private static readonly string[] JsonLinesAliases = [JsonLines, "application/jsonl", "application/x-jsonlines", "application/jsonlines"];

    public static void MapClassify(this IEndpointRouteBuilder app) =>
        app.MapPost("/classify", Classify)
            .WithName(OperationId)
            .WithTags("Classification")
            .WithSummary("Classify one case (application/json) or many (application/x-ndjson, one case a line).")
            .WithDescription(
                "The request body is a case description (JSON Schema: GET /schemas/case.schema.json), or JSON Lines of them. "
                + "application/json: 200 with the classification (GET /schemas/classification.schema.json), or 400 with RFC 9457 "
                + "problem details whose `errors` member lists every problem as {path, code, message}. "
                + "application/x-ndjson: 200 with one line per non-blank input line, in order: the classification, or for an invalid "
                + "case {\"caseId\": ... or null, \"source\": \"request:LINE\", \"errors\": [{path, code, message}]}. "
                + "?detail=summary answers with outcomes only (DESIGN §5: no titles, reasons, evidence or per-criterion missing facts; "
                + "under 2 KB a case), at either media type; ?detail=full (the default) with everything. "
                + "Content-Encoding gzip or br is decompressed; a JSON Lines body of more than 10,000 cases gets 413, as does a body "
                + $"over {RequestLimits.BytesPerCase / 1024} KiB a case ({RequestLimits.DefaultMaxBodyBytes} bytes, {RequestLimits.Mebibytes(RequestLimits.DefaultMaxBodyBytes)}, by default; "
                + "the limit applies to the decompressed body; both configurable); other encodings "
                + "and other media types get 415. Text must be UTF-8. The JSON Lines answer is streamed as it is classified.")
            // The request body is read by hand (one case or JSON Lines, with a size limit), so no Accepts metadata: it would
            // answer other media types before the handler, without saying what to send. ApiDescription documents the body.
            .Produces(StatusCodes.Status200OK, contentType: Json, additionalContentTypes: JsonLines)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> Classify(HttpRequest request, CaseClassifier classifier, RequestLimits limits, CancellationToken cancellationToken)
    {
        var batch = IsJsonLines(request.ContentType);
        if (batch is null)
        {
            return Problems.UnsupportedMediaType(request.ContentType);
        }

        if (Detail(request.Query["detail"].ToString()) is not { } detail)
        {
            return Problems.InvalidDetail();
        }

        var (bytes, status) = await RequestBody.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
        switch (status)
        {
            case BodyStatus.TooLarge:
                return Problems.TooLarge(limits.MaxBodyBytes);
            case BodyStatus.UnsupportedEncoding:
                return Problems.UnsupportedEncoding();
            case BodyStatus.NotDecodable:
                return Problems.NotDecodable();
        }

        if (batch.Value)
        {
            return JsonLinesResult.CountCases(bytes.Span, limits.MaxJsonLines) > limits.MaxJsonLines
                ? Problems.TooManyCases(limits.MaxJsonLines)
                : new JsonLinesResult(classifier, bytes, detail);
        }

        var result = classifier.Classify(bytes.Span);
        return result.IsValid ? new ClassificationJsonResult(result.Classification, detail) : Problems.InvalidCase(result);
    }

    /// <summary>The detail level of <c>?detail=</c>: full when absent, or null when it is neither full nor summary.</summary>
    private static ClassificationDetail? Detail(string value) => value switch
    {
        "" or "full" => ClassificationDetail.Full,
        "summary" => ClassificationDetail.Summary,
        _ => null,
    };

    /// <summary><see langword="true"/> for JSON Lines, <see langword="false"/> for one JSON case, <see langword="null"/> for anything else.</summary>
    private static bool? IsJsonLines(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (media.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return JsonLinesAliases.Any(alias => media.MediaType.Equals(alias, StringComparison.OrdinalIgnoreCase)) ? true : null;
    }
}
