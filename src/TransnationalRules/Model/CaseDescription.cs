using System.Collections.Immutable;

namespace TransnationalRules.Model;

/// <summary>
/// A case as a police system describes it (DESIGN §4): its offences, its group, case-level facts, the stage of the
/// proceedings and the foreign States cooperation could be asked of.
/// A <see langword="null"/> fact is unknown; a list that is present is complete (empty means "known: none").
/// </summary>
/// <remarks>Instances are immutable: lists are copied on construction.</remarks>
public sealed record CaseDescription
{
    /// <summary>The case's id in the calling system (at most 128 characters).</summary>
    public required string CaseId { get; init; }

    /// <summary>A title (at most 500 characters).</summary>
    public string? Title { get; init; }

    /// <summary>Assumptions and sources of the facts (at most 2,000 characters).</summary>
    public string? Notes { get; init; }

    /// <summary>The offences of the case; at least one.</summary>
    public required IReadOnlyList<Offence> Offences { get; init => field = ImmutableArray.CreateRange(value ?? throw new ArgumentNullException(nameof(value))); }

    /// <summary>What is known of the group; <see langword="null"/> when nothing is.</summary>
    public CriminalGroup? Group { get; init; }

    /// <summary>Case-level facts; <see langword="null"/> when none are known.</summary>
    public CaseFacts? Facts { get; init; }

    /// <summary>The stage of the proceedings in Ukraine; <see langword="null"/> when unknown.</summary>
    public CaseStage? Stage { get; init; }

    /// <summary>
    /// The foreign States a request could be addressed to, with what is known to be there (DESIGN §3.1);
    /// <see langword="null"/> or empty: no cooperation routes are decided.
    /// </summary>
    public IReadOnlyList<ForeignState>? Abroad { get; init => field = value is null ? null : [.. value]; }
}
