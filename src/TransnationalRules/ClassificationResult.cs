using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using TransnationalRules.Classification;
using TransnationalRules.Validation;

namespace TransnationalRules;

/// <summary>The outcome of classifying one case: its classification, or every problem that made it invalid.</summary>
/// <remarks>Invalid input is an expected outcome and is returned, not thrown; see <see cref="CaseClassifier.ClassifyOrThrow(string)"/> for the throwing variant.</remarks>
public sealed class ClassificationResult
{
    internal ClassificationResult(CaseClassification? classification, string? caseId, ImmutableArray<CaseError> errors)
    {
        Classification = classification;
        CaseId = caseId;
        Errors = errors;
    }

    /// <summary>Whether the case was valid and classified; then <see cref="Classification"/> is set and <see cref="Errors"/> is empty.</summary>
    [MemberNotNullWhen(true, nameof(Classification))]
    public bool IsValid => Classification is not null;

    /// <summary>The classification, or <see langword="null"/> when the case is invalid.</summary>
    public CaseClassification? Classification { get; }

    /// <summary>The case's id: from the classification, or, for an invalid case, when it could be read as a valid string; else <see langword="null"/>.</summary>
    public string? CaseId { get; }

    /// <summary>Every problem of an invalid case; empty when valid.</summary>
    public ImmutableArray<CaseError> Errors { get; }

    /// <summary>The classification, or an exception carrying the errors.</summary>
    /// <returns>The classification.</returns>
    /// <exception cref="CaseValidationException">The case is invalid.</exception>
    public CaseClassification GetClassificationOrThrow() =>
        Classification ?? throw new CaseValidationException(CaseId, Errors);
}
