using System.Collections.Immutable;

namespace TransnationalRules.Validation;

/// <summary>Collects errors up to <see cref="CaseLimits.Errors"/>, remembering the paths that have one.</summary>
internal sealed class ErrorList
{
    private readonly List<CaseError> errors = [];
    private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    private bool overflow;

    public int Count => errors.Count;

    public bool HasErrorAt(string path) => paths.Contains(path);

    public void Add(CaseError error)
    {
        paths.Add(error.Path);
        if (errors.Count < CaseLimits.Errors)
        {
            errors.Add(error);
        }
        else
        {
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
