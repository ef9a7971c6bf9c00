namespace TransnationalRules.WebApi;

/// <summary>
/// How large a request may be: a body of at most 16 MiB (decompressed) unless configuration says otherwise
/// (<c>Classify:MaxRequestBodyBytes</c>), and a JSON Lines body of at most 10,000 cases (<c>Classify:MaxJsonLines</c>).
/// </summary>
/// <remarks>
/// A single case is at most a few hundred kilobytes under DESIGN §4's limits; 16 MiB leaves room for a JSON Lines batch
/// of thousands. The whole body is read before any answer is written, so a body over either limit is refused with 413
/// before anything is classified, and a batch is answered whole or not at all; the answer itself is streamed.
/// </remarks>
internal sealed record RequestLimits(long MaxBodyBytes, int MaxJsonLines = RequestLimits.DefaultMaxJsonLines)
{
    public const long DefaultMaxBodyBytes = 16 * 1024 * 1024;
    public const int DefaultMaxJsonLines = 10_000;

    public static RequestLimits From(IConfiguration configuration) =>
        new(configuration.GetValue("Classify:MaxRequestBodyBytes", DefaultMaxBodyBytes),
            configuration.GetValue("Classify:MaxJsonLines", DefaultMaxJsonLines));
}
