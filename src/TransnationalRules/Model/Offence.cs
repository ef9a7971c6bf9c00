using System.Collections.Immutable;

namespace TransnationalRules.Model;

/// <summary>One offence of a case. A <see langword="null"/> fact is unknown; a list that is present is complete unless its marker says otherwise.</summary>
public sealed record Offence
{
    /// <summary>The offence's id, unique within its case (at most 64 characters).</summary>
    public required string Id { get; init; }

    /// <summary>The kind of offence; always known.</summary>
    public required OffenceKind Kind { get; init; }

    /// <summary>
    /// The maximum deprivation of liberty, in years, under the law of the state applying the classification;
    /// <see langword="null"/> when unknown.
    /// </summary>
    public decimal? MaximumPenaltyYears { get; init; }

    /// <summary>Whether the offence is punishable by life imprisonment; <see langword="false"/> when not stated.</summary>
    public bool LifeImprisonment { get; init; }

    /// <summary>The provisions under which the offence is punishable; <see langword="null"/> when not stated.</summary>
    public IReadOnlyList<LegalBasis>? LegalBasis { get; init => field = Copy(value); }

    /// <summary>The states where the offence was committed; <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<string>? CommittedIn { get; init => field = Copy(value); }

    /// <summary>
    /// Whether <see cref="CommittedIn"/> is complete (DESIGN §2.1): <see cref="OtherStates.Some"/> when the offence was
    /// also committed in at least one other State not yet named; <see langword="null"/> (absent) means complete.
    /// </summary>
    public OtherStates? CommittedInOthers { get; init; }

    /// <summary>
    /// Where substantial parts of its preparation, planning, direction or control took place;
    /// <see langword="null"/> when unknown, empty when known to be none.
    /// </summary>
    public IReadOnlyList<SubstantialConduct>? SubstantialConduct { get; init => field = Copy(value); }

    /// <summary>Whether <see cref="SubstantialConduct"/> names every State where such a part took place (DESIGN §2.1); <see langword="null"/> means it does.</summary>
    public OtherStates? SubstantialConductOthers { get; init; }

    /// <summary>The states where it had substantial effects; <see langword="null"/> when unknown, empty when none.</summary>
    public IReadOnlyList<string>? SubstantialEffectsIn { get; init => field = Copy(value); }

    /// <summary>Whether <see cref="SubstantialEffectsIn"/> is complete (DESIGN §2.1); <see langword="null"/> means it is.</summary>
    public OtherStates? SubstantialEffectsInOthers { get; init; }

    /// <summary>Whether the case's group took part in this offence; <see langword="null"/> when unknown.</summary>
    public bool? InvolvesGroup { get; init; }

    private static ImmutableArray<T>? Copy<T>(IReadOnlyList<T>? value) => value is null ? null : [.. value];
}
