namespace TransnationalRules.WebApi;

/// <summary>The RFC 9457 problem details (<c>application/problem+json</c>) this service answers with.</summary>
internal static class Problems
{
    /// <summary>400: the case is invalid; <c>errors</c> lists every problem, <c>caseId</c> says which case when it could be read.</summary>
    public static IResult InvalidCase(ClassificationResult result) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The case description is invalid.",
        detail: result.Errors.Length == 1
            ? "1 problem was found; see errors."
            : $"{result.Errors.Length} problems were found; see errors.",
        extensions: new Dictionary<string, object?>
        {
            ["caseId"] = result.CaseId,
            ["errors"] = result.Errors.Select(e => new ProblemError(e.Path, e.Code, e.Message)).ToArray(),
        });

    /// <summary>413: the body is over the limit.</summary>
    public static IResult TooLarge(long maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: $"The limit is {maxBytes} bytes ({RequestLimits.Mebibytes(maxBytes)}, decompressed); send fewer cases per request.");

    /// <summary>413: a JSON Lines body holds more cases than the limit.</summary>
    public static IResult TooManyCases(int maxCases) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request holds too many cases.",
        detail: $"At most {maxCases} cases (non-blank lines) per request; send the rest in further requests.");

    /// <summary>415: a Content-Encoding that is not supported.</summary>
    public static IResult UnsupportedEncoding() => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported content encoding.",
        detail: $"The Content-Encoding may be {RequestBody.Encodings}, one at most.");

    /// <summary>400: the body is not what its Content-Encoding says.</summary>
    public static IResult NotDecodable() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request body cannot be decompressed.",
        detail: "The body is not valid data of its Content-Encoding.",
        extensions: new Dictionary<string, object?>
        {
            ["caseId"] = null,
            ["errors"] = new[] { new ProblemError("", Validation.ErrorCodes.InvalidJson, "The body is not valid data of its Content-Encoding; nothing was read.") },
        });

    /// <summary>400: the <c>detail</c> query parameter is neither full nor summary.</summary>
    public static IResult InvalidDetail() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Unknown detail level.",
        detail: "The query parameter detail may be full (the default) or summary.",
        extensions: new Dictionary<string, object?>
        {
            ["caseId"] = null,
            ["errors"] = new[] { new ProblemError("?detail", Validation.ErrorCodes.UnknownValue, "Must be full or summary.") },
        });

    /// <summary>415: neither one JSON case nor JSON Lines, or not UTF-8.</summary>
    public static IResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported media type.",
        detail: $"Send one case as {ClassifyEndpoint.Json} or many as {ClassifyEndpoint.JsonLines} (one case a line), in UTF-8; "
            + (string.IsNullOrEmpty(contentType) ? "the request has no Content-Type." : "the request's Content-Type is not one of them."));

    /// <summary>One problem of the case, as in the library's <see cref="Validation.CaseError"/> and DESIGN §7's error lines.</summary>
    private sealed record ProblemError(string Path, string Code, string Message);
}
