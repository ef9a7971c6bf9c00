namespace TransnationalRules.Cli;

/// <summary>One case read from an input: where it came from, and its UTF-8 JSON or why it could not be read.</summary>
/// <param name="Source">Where it came from: <c>file:line</c>.</param>
/// <param name="Json">The case's UTF-8 JSON (empty when <paramref name="ReadError"/> is set).</param>
/// <param name="ReadError">Why the input could not be cut into a case (too large, not JSON), or <see langword="null"/>.</param>
internal sealed record CaseInput(string Source, ReadOnlyMemory<byte> Json, string? ReadError);
