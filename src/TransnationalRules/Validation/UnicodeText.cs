using System.Buffers;

namespace TransnationalRules.Validation;

/// <summary>
/// Lengths and blankness of text, in the units JSON Schema uses, so that the published schemas and the validator agree
/// (DESIGN §4): a length is a count of Unicode scalar values (what <c>maxLength</c> counts: an astral character such as
/// "𝒜" is one, not two UTF-16 code units), and a string is blank when every character is one of
/// <see cref="BlankCharacters"/>, the same set the schemas' <c>pattern</c> spells out (not <c>\S</c>, whose meaning
/// differs between regular-expression dialects: ECMAScript counts U+FEFF as white space and not U+0085, .NET the other
/// way round).
/// </summary>
internal static class UnicodeText
{
    /// <summary>
    /// The characters a blank string consists of: the union of ECMAScript's WhiteSpace and LineTerminator and .NET's
    /// white space (<see cref="char.IsWhiteSpace(char)"/>): tab, line feed, vertical tab, form feed, carriage return,
    /// space, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
    /// </summary>
    public const string BlankCharacters =
        "\t\n\u000B\u000C\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>The schemas' pattern for "not blank": some character outside <see cref="BlankCharacters"/>.</summary>
    public static string NotBlankPattern { get; } =
        "[^" + string.Concat(BlankCharacters.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString())) + "]";

    /// <summary>Whether <paramref name="text"/> is null, empty, or made only of <see cref="BlankCharacters"/>.</summary>
    public static bool IsBlank(string? text) => text is null || text.AsSpan().IndexOfAnyExcept(Blank) < 0;

    private static readonly SearchValues<char> Blank = SearchValues.Create(BlankCharacters);

    /// <summary>The number of Unicode scalar values (code points) in <paramref name="text"/>, as JSON Schema counts them.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        var length = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    /// <summary>Whether the UTF-8 <paramref name="raw"/> bytes of an escaped JSON string are valid, so that a failure to decode it is a lone surrogate escape.</summary>
    public static bool IsValidUtf8(ReadOnlySpan<byte> raw) => System.Text.Unicode.Utf8.IsValid(raw);
}
