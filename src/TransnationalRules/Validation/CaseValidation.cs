using System.Collections.Immutable;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>Validates a case description built in C# against DESIGN §4, as the JSON entry points do.</summary>
/// <example>
/// <code>
/// var errors = CaseValidation.Validate(new CaseDescription
/// {
///     CaseId = "UA-2024-0001",
///     Offences = [new Offence { Id = "fraud", Kind = OffenceKind.Fraud, CommittedIn = ["md"] }],
/// });
/// // errors: offences[0].committedIn[0]: invalidStateCode
/// </code>
/// </example>
internal static class CaseValidation
{
    private static readonly CaseDescriptionValidator Validator = new();

    /// <summary>Every problem of <paramref name="case"/>, in rule order, at most one per path (the first); empty when it is valid.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The errors, at most <see cref="CaseLimits.Errors"/> and a closing <see cref="ErrorCodes.TooManyErrors"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static ImmutableArray<CaseError> Validate(CaseDescription @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var errors = new ErrorList();
        AddTo(errors, @case);
        return errors.ToImmutable();
    }

    /// <summary>Runs the validator and adds its errors, except at a path that has one already (from reading, or an earlier rule).</summary>
    internal static void AddTo(ErrorList errors, CaseDescription @case)
    {
        var result = Validator.Validate(@case);
        foreach (var failure in result.Errors)
        {
            if (!errors.HasErrorAt(failure.PropertyName))
            {
                errors.Add(new CaseError(failure.PropertyName, failure.ErrorCode, failure.ErrorMessage));
            }
        }
    }
}
