namespace TransnationalRules.Validation;

/// <summary>One problem of a case description: where, which kind (a stable code) and a plain English message.</summary>
/// <param name="Path">
/// The JSON path of the value at fault, in the style of fact paths: <c>caseId</c>, <c>offences[0].committedIn[1]</c>,
/// <c>group.activeIn</c>; the empty string for the document itself (e.g. a syntax error before the case began).
/// </param>
/// <param name="Code">One of <see cref="ErrorCodes"/>.</param>
/// <param name="Message">What is wrong, in English. It never repeats a free-text value of the case (ids, titles, notes, references).</param>
public sealed record CaseError(string Path, string Code, string Message)
{
    /// <summary>The path, code and message on one line.</summary>
    /// <returns>E.g. <c>offences[0].kind: unknownValue: ...</c>.</returns>
    public override string ToString() => Path.Length == 0 ? $"{Code}: {Message}" : $"{Path}: {Code}: {Message}";
}
