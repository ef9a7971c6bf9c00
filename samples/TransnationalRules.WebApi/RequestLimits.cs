namespace TransnationalRules.WebApi;

/// <summary>How large a request body may be: 16 MiB unless configuration says otherwise (<c>Classify:MaxRequestBodyBytes</c>).</summary>
/// <remarks>
/// A single case is at most a few hundred kilobytes under DESIGN §4's limits; 16 MiB leaves room for a JSON Lines batch
/// of thousands. The whole body is read before any answer is written, so a body over the limit is refused with 413
/// before anything is classified, and a batch is answered whole or not at all.
/// </remarks>
internal sealed record RequestLimits(long MaxBodyBytes)
{
    public const long DefaultMaxBodyBytes = 16 * 1024 * 1024;

    public static RequestLimits From(IConfiguration configuration) =>
        new(configuration.GetValue("Classify:MaxRequestBodyBytes", DefaultMaxBodyBytes));
}
