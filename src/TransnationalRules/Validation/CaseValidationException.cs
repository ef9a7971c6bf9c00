using System.Collections.Immutable;
using System.Globalization;

namespace TransnationalRules.Validation;

/// <summary>Thrown by the throwing entry points (<see cref="CaseClassifier.ClassifyOrThrow(string)"/>) for an invalid case; carries every error.</summary>
/// <remarks>The message names the number of errors and the first one's path and code, never a value of the case.</remarks>
public sealed class CaseValidationException : Exception
{
    /// <summary>Creates the exception for an invalid case.</summary>
    /// <param name="caseId">The case's id, when it could be read; else <see langword="null"/>.</param>
    /// <param name="errors">The errors (at least one).</param>
    public CaseValidationException(string? caseId, ImmutableArray<CaseError> errors)
        : base(Describe(errors))
    {
        CaseId = caseId;
        Errors = errors.IsDefault ? [] : errors;
    }

    /// <summary>Creates the exception with a message and no errors.</summary>
    public CaseValidationException()
        : this("The case is invalid.")
    {
    }

    /// <summary>Creates the exception with a message and no errors.</summary>
    /// <param name="message">The message.</param>
    public CaseValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message, an inner exception and no errors.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CaseValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The case's id, when it could be read; else <see langword="null"/>.</summary>
    public string? CaseId { get; }

    /// <summary>Every problem of the case.</summary>
    public ImmutableArray<CaseError> Errors { get; }

    private static string Describe(ImmutableArray<CaseError> errors)
    {
        if (errors.IsDefaultOrEmpty)
        {
            return "The case is invalid.";
        }

        var first = errors[0];
        var where = first.Path.Length == 0 ? "the document" : first.Path;
        return string.Create(CultureInfo.InvariantCulture,
            $"The case is invalid: {errors.Length} error(s); the first is {first.Code} at {where}. See Errors for all of them.");
    }
}
