using System.Collections.Immutable;

namespace TransnationalRules.Validation;

/// <summary>Collects errors up to <see cref="CaseLimits.Errors"/>, remembering the paths that have one.</summary>
internal sealed class ErrorList
{
    private readonly List<CaseError> errors = [];
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    private bool overflow;

    public int Count => errors.Count;

    /// <summary>Whether an error beyond <see cref="CaseLimits.Errors"/> was dropped: the list closes with <see cref="ErrorCodes.TooManyErrors"/>.</summary>
    public bool IsFull => overflow;

    public bool HasErrorAt(string path) => paths.Contains(path);

    public void Add(CaseError error)
    {
        if (errors.Count < CaseLimits.Errors)
        {
            paths.Add(error.Path);
            errors.Add(error);
        }
        else
        {
            // Past the cap nothing is kept, not even the path: memory stays bounded however many problems follow.
            overflow = true;
        }
    }

    public ImmutableArray<CaseError> ToImmutable()
    {
        if (!overflow)
        {
            return [.. errors];
        }

        return [.. errors, new CaseError(string.Empty, ErrorCodes.TooManyErrors,
            $"The input has more problems than the {CaseLimits.Errors:N0} reported; fix these and read it again.")];
    }
}
