namespace TransnationalRules.WebApi;

/// <summary>
/// How large a request may be: a JSON Lines body of at most 10,000 cases (<c>Classify:MaxJsonLines</c>), and a body
/// (decompressed) of at most <see cref="BytesPerCase"/> for each of them (<c>Classify:MaxRequestBodyBytes</c> overrides it).
/// </summary>
/// <remarks>
/// The two limits agree: the byte limit is derived from the case limit, so a batch of the largest number of cases is not
/// stopped by its size first. A real case is 1 to 3 KB as one JSON line (the largest sample, four offences and four
/// <c>abroad</c> States, is 2.7 KB); 4 KiB a case leaves room for long titles and notes, and gives 10,000 × 4 KiB =
/// 40,960,000 bytes (39.06 MiB) by default. Set <c>Classify:MaxJsonLines</c> alone and the byte limit follows it. A single
/// case is at most a few hundred kilobytes under DESIGN §4's limits, far below either. The whole body is read before any
/// answer is written (it is held in memory: plan one body of this size per concurrent request), so a body over either
/// limit is refused with 413 before anything is classified, and a batch is answered whole or not at all; the answer itself
/// is streamed.
/// </remarks>
internal sealed record RequestLimits(long MaxBodyBytes, int MaxJsonLines = RequestLimits.DefaultMaxJsonLines)
{
    /// <summary>The bytes allowed for each case of a batch: a real case as one JSON line is 1 to 3 KB.</summary>
    public const int BytesPerCase = 4 * 1024;

    public const int DefaultMaxJsonLines = 10_000;

    /// <summary>The default byte limit: <see cref="DefaultMaxJsonLines"/> cases of <see cref="BytesPerCase"/> each.</summary>
    public const long DefaultMaxBodyBytes = (long)DefaultMaxJsonLines * BytesPerCase;

    public static RequestLimits From(IConfiguration configuration)
    {
        var cases = configuration.GetValue("Classify:MaxJsonLines", DefaultMaxJsonLines);
        return new(configuration.GetValue("Classify:MaxRequestBodyBytes", (long)cases * BytesPerCase), cases);
    }

    /// <summary>A byte count as people read it: <c>39.06 MiB</c>.</summary>
    public static string Mebibytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.##} MiB");
}
