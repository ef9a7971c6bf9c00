using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>What a leaf rule found: an outcome, with the facts that decided it or the facts that are missing.</summary>
/// <remarks>
/// Evidence belongs to a decided verdict (met or not met), missing facts to an unknown one; the factories enforce it.
/// </remarks>
public sealed class Verdict
{
    private Verdict(Outcome outcome, ImmutableArray<FactPath> evidence, ImmutableArray<FactPath> missingFacts)
    {
        Outcome = outcome;
        Evidence = evidence;
        MissingFacts = missingFacts;
    }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>The facts that decided a met or not-met verdict, in document order.</summary>
    public ImmutableArray<FactPath> Evidence { get; }

    /// <summary>The absent facts that left an unknown verdict open, in document order.</summary>
    public ImmutableArray<FactPath> MissingFacts { get; }

    /// <summary>A met verdict established by one fact.</summary>
    /// <param name="evidence">The fact that establishes it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Met(FactPath evidence) => evidence.SingleVerdict(Outcome.Met);

    /// <summary>A not-met verdict decided by one fact.</summary>
    /// <param name="evidence">The fact that excludes it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict NotMet(FactPath evidence) => evidence.SingleVerdict(Outcome.NotMet);

    /// <summary>A met or not-met verdict decided by one fact.</summary>
    /// <param name="met">Whether it is met.</param>
    /// <param name="evidence">The fact that decides it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Decided(bool met, FactPath evidence) => met ? Met(evidence) : NotMet(evidence);

    /// <summary>An unknown verdict for want of one fact.</summary>
    /// <param name="missingFact">The absent fact that would decide it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Unknown(FactPath missingFact) => missingFact.SingleVerdict(Outcome.Unknown);

    /// <summary>A verdict with one path, as evidence or as the missing fact.</summary>
    internal static Verdict Create(Outcome outcome, FactPath path) =>
        outcome == Outcome.Unknown ? new(outcome, [], [path]) : new(outcome, [path], []);

    /// <summary>A met verdict.</summary>
    /// <param name="evidence">The facts that establish it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Met(params IEnumerable<FactPath> evidence) => new(Outcome.Met, Paths.Normalize(evidence), []);

    /// <summary>A not-met verdict.</summary>
    /// <param name="evidence">The facts that exclude it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict NotMet(params IEnumerable<FactPath> evidence) => new(Outcome.NotMet, Paths.Normalize(evidence), []);

    /// <summary>A met or not-met verdict according to <paramref name="met"/>.</summary>
    /// <param name="met">Whether it is met.</param>
    /// <param name="evidence">The facts that decide it.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Decided(bool met, params IEnumerable<FactPath> evidence) => met ? Met(evidence) : NotMet(evidence);

    /// <summary>An unknown verdict.</summary>
    /// <param name="missingFacts">The absent facts that would decide it; at least one.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentException">No missing fact is named.</exception>
    public static Verdict Unknown(params IEnumerable<FactPath> missingFacts)
    {
        var missing = Paths.Normalize(missingFacts);
        if (missing.IsEmpty)
        {
            throw new ArgumentException("An unknown verdict must name the missing facts that would decide it.", nameof(missingFacts));
        }

        return new Verdict(Outcome.Unknown, [], missing);
    }
}
