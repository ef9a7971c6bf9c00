using TransnationalRules.Validation;

namespace TransnationalRules.Cli;

/// <summary>One case read from an input: where it came from, and its UTF-8 JSON or why it could not be read.</summary>
/// <param name="Source">Where it came from: <c>file:line</c>.</param>
/// <param name="Json">The case's UTF-8 JSON (empty when <paramref name="ReadError"/> is set).</param>
/// <param name="ReadError">Why the input could not be cut into a case (too large, empty), or <see langword="null"/>.</param>
/// <param name="ReadErrorCode">The error code of <paramref name="ReadError"/> (<c>tooLong</c> unless said otherwise).</param>
internal sealed record CaseInput(string Source, ReadOnlyMemory<byte> Json, string? ReadError, string ReadErrorCode = ErrorCodes.TooLong)
{
    /// <summary>Whether this input stands for a file with no case in it at all (it still gets its error line).</summary>
    public bool IsEmptyFile { get; init; }
}
