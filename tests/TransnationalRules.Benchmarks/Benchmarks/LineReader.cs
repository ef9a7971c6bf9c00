namespace TransnationalRules.Benchmarks.Benchmarks;

/// <summary>The lines of UTF-8 JSON Lines, as spans, without copying.</summary>
/// <param name="utf8">The JSON Lines.</param>
public ref struct LineReader(ReadOnlySpan<byte> utf8)
{
    private ReadOnlySpan<byte> rest = utf8;

    /// <summary>The current line (without its newline).</summary>
    public ReadOnlySpan<byte> Current { get; private set; }

    /// <summary>This reader, for <c>foreach</c>.</summary>
    /// <returns>The reader.</returns>
    public readonly LineReader GetEnumerator() => this;

    /// <summary>Moves to the next non-empty line.</summary>
    /// <returns>Whether there is one.</returns>
    public bool MoveNext()
    {
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            Current = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (!Current.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
