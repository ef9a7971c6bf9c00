using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Json;

/// <summary>The outcome of reading a case description: a valid case, or every problem found.</summary>
public sealed class CaseReadResult
{
    internal CaseReadResult(CaseDescription? @case, string? caseId, ImmutableArray<CaseError> errors)
    {
        Case = errors.IsEmpty ? @case : null;
        CaseId = caseId;
        Errors = errors;
    }

    /// <summary>Whether the input is a valid case; then <see cref="Case"/> is set and <see cref="Errors"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Case))]
    public bool IsValid => Case is not null;

    /// <summary>The case, or <see langword="null"/> when the input is invalid.</summary>
    public CaseDescription? Case { get; }

    /// <summary>
    /// The <c>caseId</c> when it could be read as a valid string, even from an invalid input, so that a caller can say
    /// which case failed; otherwise <see langword="null"/>.
    /// </summary>
    public string? CaseId { get; }

    /// <summary>
    /// Every problem found, in the order found: JSON problems in document order, then the value rules of
    /// <see cref="CaseDescriptionValidator"/>, whose findings are left out at a path that already has an error (a value
    /// of the wrong type is not also reported as missing). Empty when valid.
    /// </summary>
    public ImmutableArray<CaseError> Errors { get; }
}
