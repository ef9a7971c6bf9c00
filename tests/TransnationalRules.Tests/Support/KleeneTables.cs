using TransnationalRules.Logic;

namespace TransnationalRules.Tests.Support;

/// <summary>
/// DESIGN §2's three-valued tables written out row by row, for reference evaluations in tests (never computed from
/// the rule they check).
/// </summary>
internal static class KleeneTables
{
    private const Outcome M = Outcome.Met;
    private const Outcome N = Outcome.NotMet;
    private const Outcome U = Outcome.Unknown;

    /// <summary>AllOf of two: notMet if either is notMet; else unknown if either is unknown; else met.</summary>
    public static readonly IReadOnlyDictionary<(Outcome, Outcome), Outcome> And = new Dictionary<(Outcome, Outcome), Outcome>
    {
        [(M, M)] = M, [(M, N)] = N, [(M, U)] = U,
        [(N, M)] = N, [(N, N)] = N, [(N, U)] = N,
        [(U, M)] = U, [(U, N)] = N, [(U, U)] = U,
    };

    /// <summary>AnyOf of two: met if either is met; else unknown if either is unknown; else notMet.</summary>
    public static readonly IReadOnlyDictionary<(Outcome, Outcome), Outcome> Or = new Dictionary<(Outcome, Outcome), Outcome>
    {
        [(M, M)] = M, [(M, N)] = M, [(M, U)] = M,
        [(N, M)] = M, [(N, N)] = N, [(N, U)] = U,
        [(U, M)] = M, [(U, N)] = U, [(U, U)] = U,
    };

    /// <summary>Not: swaps met and notMet; unknown stays.</summary>
    public static readonly IReadOnlyDictionary<Outcome, Outcome> Not = new Dictionary<Outcome, Outcome>
    {
        [M] = N, [N] = M, [U] = U,
    };
}
