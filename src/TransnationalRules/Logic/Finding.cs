using System.Collections.Immutable;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// What a leaf found beside its outcome and facts — which States decided, which bound, which marker — recorded on its
/// <see cref="Evaluation"/> when evaluations are built, so that wording renders the decision rather than re-deriving it.
/// </summary>
internal abstract record Finding;

/// <summary>
/// What <see cref="OutsideCommittingLeaf"/> found for one offence (UNTOC art. 3(2)(b), (d)): the list X and its marker,
/// the committing States C and their marker, and the States of X named outside every State of C.
/// </summary>
/// <param name="Listed">The States of X in list order (a State may repeat), or <see langword="null"/> when X is absent.</param>
/// <param name="ListedOthers">X's marker (<c>none</c> when absent).</param>
/// <param name="Committing">C as given, or <see langword="null"/> when absent (or not read: X was <c>[]</c> and complete).</param>
/// <param name="CommittingOthers">C's marker (<c>none</c> when absent).</param>
/// <param name="Outside">The entries of X whose State is in no State of C, territories folded (empty without C).</param>
internal sealed record OutsideCommittingFinding(
    IReadOnlyList<string>? Listed,
    OtherStates ListedOthers,
    IReadOnlyList<string>? Committing,
    OtherStates CommittingOthers,
    ImmutableArray<string> Outside) : Finding;

/// <summary>What <see cref="ThresholdLeaf"/> found: the number that decided, and whether it was the lower bound (<c>membersAtLeast</c>).</summary>
/// <param name="Value">The number read (the value, or the lower bound when the value is absent); <see langword="null"/> when neither decided.</param>
/// <param name="IsLowerBound">Whether <paramref name="Value"/> is the lower bound.</param>
internal sealed record ThresholdFinding(decimal? Value, bool IsLowerBound) : Finding;
