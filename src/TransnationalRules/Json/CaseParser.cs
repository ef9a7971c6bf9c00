using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Json;

/// <summary>
/// Reads a case description from UTF-8 JSON, reporting every problem of the JSON text itself (syntax, JSON types,
/// unknown or repeated properties, missing enum fields, a null <c>lifeImprisonment</c>, strings over their limits,
/// depth) and building as much of the case as it can, so that the validators can report the value rules too.
/// </summary>
/// <remarks>
/// Work and memory are bounded by the limits, not by the input: a string over its limit is measured, not kept; a
/// list keeps at most its limit + 1 entries (so the validator reports <see cref="ErrorCodes.TooMany"/>) and only
/// checks the syntax of the rest; a state code longer than any code is replaced by an invalid placeholder.
/// A value in error is left out of the case (or, for a list entry, kept as <see langword="null"/>), and the
/// validators' findings at a path already in error are dropped, so each problem is reported once. Reading stops at the
/// first problem past <see cref="CaseLimits.Errors"/>: whatever follows could not be reported, and a line of a million
/// unknown properties would otherwise cost seconds and hundreds of megabytes.
/// </remarks>
internal sealed class CaseParser : IShapeReader
{
    // The reader refuses nesting beyond this; deeper than CaseLimits.Depth is already reported as tooDeep by then.
    private const int ReaderMaxDepth = 64;

    // Longer than any state code, escaped or not ("\u0041\u0042" is 12 bytes): not worth decoding.
    private const int MaxStateCodeBytes = 12;

    private readonly ErrorList errors;
    private readonly List<(string? Name, int Index)> path = [];
    private CaseDescription? @case;
    private bool tooDeep;

    private CaseParser(ErrorList errors) => this.errors = errors;

    /// <summary>Reads a case; the case is <see langword="null"/> when the JSON is not well formed or not an object.</summary>
    /// <remarks>The <c>caseId</c> is returned when it was read as a string within its limit, even if reading stopped later.</remarks>
    public static (CaseDescription? Case, string? CaseId) Parse(ReadOnlySpan<byte> json, ErrorList errors)
    {
        var parser = new CaseParser(errors);
        var result = parser.ParseDocument(json);
        return (result, parser.@case?.CaseId);
    }

    private CaseDescription? ParseDocument(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            Error(ErrorCodes.InvalidJson, "The input is empty; a case is one JSON object.");
            return null;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ReaderMaxDepth });
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // Read into a field, so that a caseId read before reading stops is still known.
                @case = CaseProperties.Case.Empty();
                ReadProperties(ref reader, CaseProperties.Case, ref @case!);
            }
            else
            {
                WrongType(ref reader, "The case must be a JSON object.");
            }

            // Anything but white space after the case is a syntax error, thrown here.
            reader.Read();
            return @case;
        }
        catch (TooManyErrorsException)
        {
            // The error list is full: the rest of the input could only add problems that would not be reported.
            return null;
        }
        catch (JsonException e)
        {
            // Nesting beyond the reader's limit ends reading too; tooDeep has said so already.
            if (!tooDeep)
            {
                Error(ErrorCodes.InvalidJson, e.LineNumber is long line && e.BytePositionInLine is long position
                    ? string.Create(CultureInfo.InvariantCulture, $"The input is not valid JSON (line {line + 1}, byte {position + 1} of the line); nothing after that point was read.")
                    : "The input is not valid JSON; nothing after the problem was read.");
            }

            return null;
        }
    }

    /// <summary>An object of <paramref name="table"/>'s properties; null for <c>null</c> or another JSON type.</summary>
    T? IShapeReader.Object<T>(ref Utf8JsonReader r, PropertyTable<T> table)
        where T : class
    {
        if (r.TokenType == JsonTokenType.Null || !IsObject(ref r))
        {
            return null;
        }

        var value = table.Empty();
        ReadProperties(ref r, table, ref value);
        return value;
    }

    /// <summary>
    /// Reads the properties of the object the reader is on into <paramref name="value"/>, each by its table entry, then
    /// reports the required ones that were absent or <c>null</c>.
    /// </summary>
    private void ReadProperties<T>(ref Utf8JsonReader r, PropertyTable<T> table, ref T value)
        where T : class
    {
        var seen = 0;
        var present = 0;
        while (NextProperty(ref r, table, ref seen, out var property))
        {
            if (table.Properties[property].Read(this, ref r, ref value))
            {
                present |= 1 << property;
            }

            Pop();
        }

        for (var i = 0; i < table.Properties.Length; i++)
        {
            if (table.Properties[i].Required && (present & (1 << i)) == 0)
            {
                RequiredAt(table.Properties[i].Name);
            }
        }
    }

    /// <summary>
    /// A list, when the value is an array: entries are read while there are at most <paramref name="max"/> + 1 of them
    /// (a null entry kept as null, for the validator to report), the rest only checked for syntax.
    /// </summary>
    List<T>? IShapeReader.List<T>(ref Utf8JsonReader r, int max, ValueShape<T?> entry)
        where T : class
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref r, "Must be an array.");
            return null;
        }

        var list = new List<T>();
        for (var i = 0; Read(ref r) != JsonTokenType.EndArray; i++)
        {
            path.Add((null, i));
            if (i > max)
            {
                SkipValue(ref r);
            }
            else
            {
                list.Add(r.TokenType == JsonTokenType.Null ? null! : entry.Read(this, ref r)!);
            }

            Pop();
        }

        return list;
    }

    /// <summary>
    /// A string of at most <paramref name="maxLength"/> Unicode scalar values (what JSON Schema's maxLength counts); a longer
    /// one is measured, not kept.
    /// </summary>
    string? IShapeReader.Text(ref Utf8JsonReader r, int maxLength)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            WrongType(ref r, "Must be a string.");
            return null;
        }

        var bytes = r.ValueSpan.Length;
        try
        {
            // UTF-8 never takes fewer bytes than scalar values, and an escape takes at most 12 bytes for one (a surrogate pair).
            if (bytes <= maxLength)
            {
                return r.GetString();
            }

            if (bytes <= maxLength * 12)
            {
                var buffer = ArrayPool<char>.Shared.Rent(bytes);
                try
                {
                    var length = r.CopyString(buffer);
                    if (Validation.UnicodeText.Length(buffer.AsSpan(0, length)) <= maxLength)
                    {
                        return new string(buffer, 0, length);
                    }
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(buffer, clearArray: true);
                }
            }
        }
        catch (InvalidOperationException)
        {
            NotUnicode(ref r);
            return null;
        }

        Error(ErrorCodes.TooLong, Rules.TooLongMessage(maxLength));
        return null;
    }

    /// <summary>A string that cannot be decoded: bytes that are not UTF-8, or (when they are) an escaped lone surrogate.</summary>
    private void NotUnicode(ref Utf8JsonReader r) =>
        Error(ErrorCodes.InvalidJson, Validation.UnicodeText.IsValidUtf8(r.ValueSpan)
            ? "The string holds an escaped lone surrogate (\\uD800 to \\uDFFF not in a high-low pair); it is not valid Unicode text."
            : "The string is not valid UTF-8.");

    /// <summary>A state code as a string (an over-long one replaced by an invalid placeholder), or null.</summary>
    string? IShapeReader.StateCode(ref Utf8JsonReader r)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when r.ValueSpan.Length <= MaxStateCodeBytes:
                try
                {
                    return r.GetString();
                }
                catch (InvalidOperationException)
                {
                    NotUnicode(ref r);
                    return null;
                }

            case JsonTokenType.String:
                return string.Empty;
            default:
                WrongType(ref r, "Must be a string: an ISO 3166-1 alpha-2 code.");
                return null;
        }
    }

    /// <summary>The index of an enum name; -1 when missing, unknown or in error (the validator reports an unknown name).</summary>
    int IShapeReader.Enum(ref Utf8JsonReader r, ImmutableArray<byte[]> names, string list)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            Error(ErrorCodes.Required, Rules.RequiredMessage);
            return -1;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            WrongType(ref r, "Must be a string, one of: " + list + ".");
            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (TextEquals(ref r, names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    OtherStates? IShapeReader.Marker(ref Utf8JsonReader r)
    {
        const string Allowed = "Must be none, some or unknown (leave it out for none)";
        if (r.TokenType == JsonTokenType.Null)
        {
            Error(ErrorCodes.NullNotAllowed, Allowed + "; null is not allowed.");
            return null;
        }

        if (r.TokenType != JsonTokenType.String)
        {
            WrongType(ref r, Allowed + ".");
            return null;
        }

        var names = JsonEnum<OtherStates>.Utf8Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (TextEquals(ref r, names[i]))
            {
                return JsonEnum<OtherStates>.Values[i];
            }
        }

        Error(ErrorCodes.UnknownValue, Allowed + ".");
        return null;
    }

    bool? IShapeReader.Boolean(ref Utf8JsonReader r)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null: return null;
            default:
                WrongType(ref r, "Must be true, false or null (unknown).");
                return null;
        }
    }

    bool IShapeReader.LifeImprisonment(ref Utf8JsonReader r)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null:
                Error(ErrorCodes.NullNotAllowed, "Must be true or false (leave it out for false); null is not allowed.");
                return false;
            default:
                WrongType(ref r, "Must be true or false.");
                return false;
        }
    }

    decimal? IShapeReader.Years(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.Number)
        {
            WrongType(ref r, "Must be a number of years.");
            return null;
        }

        if (r.TryGetDecimal(out var years))
        {
            return years;
        }

        Error(ErrorCodes.OutOfRange, "Must be a number of years from 0 to 100.");
        return null;
    }

    int? IShapeReader.Members(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (r.TokenType != JsonTokenType.Number)
        {
            WrongType(ref r, "Must be a whole number.");
            return null;
        }

        if (r.TryGetInt32(out var members))
        {
            return members;
        }

        // 1e3 and 400.0 are whole numbers too; 3.5 is not; 1e400 is out of any range.
        if (!r.TryGetDecimal(out var value) || (decimal.IsInteger(value) && value is < int.MinValue or > int.MaxValue))
        {
            Error(ErrorCodes.OutOfRange, "Must be a whole number from 1 to 2,147,483,647.");
            return null;
        }

        if (!decimal.IsInteger(value))
        {
            Error(ErrorCodes.WrongType, "Must be a whole number.");
            return null;
        }

        return (int)value;
    }

    /// <summary>
    /// Moves to the next property of the object being read, reporting and skipping unknown and repeated ones; on
    /// <see langword="true"/> the reader is on the value and the property's name is on the path.
    /// </summary>
    private bool NextProperty<T>(ref Utf8JsonReader r, PropertyTable<T> table, ref int seen, out int property)
        where T : class
    {
        while (Read(ref r) == JsonTokenType.PropertyName)
        {
            property = -1;
            for (var i = 0; i < table.Properties.Length; i++)
            {
                if (TextEquals(ref r, table.Properties[i].Utf8Name))
                {
                    property = i;
                    break;
                }
            }

            if (property < 0)
            {
                // A name that could hold personal data is neither shown nor put in the path: the error is the object's.
                var name = SafeName(ref r);
                if (name is not null)
                {
                    path.Add((name, -1));
                }

                Read(ref r);
                Error(ErrorCodes.UnknownProperty, name is null
                    ? "An unknown property (its name is not shown: it is not a short ASCII identifier) is not allowed here; allowed: " + table.List + "."
                    : "Unknown property; allowed here: " + table.List + ".");
                SkipValue(ref r);
                if (name is not null)
                {
                    Pop();
                }

                continue;
            }

            path.Add((table.Properties[property].Name, -1));
            Read(ref r);
            if ((seen & (1 << property)) != 0)
            {
                Error(ErrorCodes.DuplicateProperty, "This property appears more than once in its object.");
                SkipValue(ref r);
                Pop();
                continue;
            }

            seen |= 1 << property;
            return true;
        }

        property = -1;
        return false;
    }

    /// <summary>
    /// Whether the string or property name the reader is on equals <paramref name="utf8"/>. A name or value whose escapes
    /// do not decode to text (a lone surrogate such as <c>"\uD800"</c>, which the JSON grammar allows) equals nothing:
    /// <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> would throw for it, and reading never throws.
    /// </summary>
    private static bool TextEquals(ref Utf8JsonReader r, byte[] utf8)
    {
        try
        {
            return r.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The property name, when it is an ASCII identifier of at most 64 characters, safe to show; else null.</summary>
    private static string? SafeName(ref Utf8JsonReader r)
    {
        var name = r.ValueSpan;
        if (r.ValueIsEscaped || name.IsEmpty || name.Length > 64 || !char.IsAsciiLetter((char)name[0]))
        {
            return null;
        }

        foreach (var b in name)
        {
            if (!char.IsAsciiLetterOrDigit((char)b) && b != (byte)'_')
            {
                return null;
            }
        }

        return Encoding.ASCII.GetString(name);
    }

    private bool IsObject(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        WrongType(ref r, "Must be an object.");
        return false;
    }

    private void WrongType(ref Utf8JsonReader r, string message)
    {
        Error(ErrorCodes.WrongType, message);
        SkipValue(ref r);
    }

    /// <summary>Reports a required property of the object just read as absent or null, unless it is in error already.</summary>
    private void RequiredAt(string name)
    {
        path.Add((name, -1));
        if (!errors.HasErrorAt(PathText()))
        {
            Error(ErrorCodes.Required, Rules.RequiredMessage);
        }

        Pop();
    }

    /// <summary>Skips the value the reader is on, reporting nesting deeper than the limit once.</summary>
    private void SkipValue(ref Utf8JsonReader r)
    {
        if (r.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        CheckDepth(ref r);
        var depth = r.CurrentDepth;
        while (true)
        {
            var token = Read(ref r);
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray && r.CurrentDepth == depth)
            {
                return;
            }

            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth(ref r);
            }
        }
    }

    private void CheckDepth(ref Utf8JsonReader r)
    {
        // The case object is level 1 at depth 0: a container at depth 32 is level 33.
        if (r.CurrentDepth >= CaseLimits.Depth && !tooDeep)
        {
            tooDeep = true;
            Error(ErrorCodes.TooDeep, "The JSON is nested deeper than 32 levels.");
        }
    }

    private static JsonTokenType Read(ref Utf8JsonReader r)
    {
        // With the whole input in one final block, Read throws on any syntax error or truncation, never returns false mid-value.
        if (!r.Read())
        {
            throw new JsonException("Unexpected end of the input.", null, null, null);
        }

        return r.TokenType;
    }

    private void Pop() => path.RemoveAt(path.Count - 1);

    private void Error(string code, string message)
    {
        errors.Add(new CaseError(PathText(), code, message));
        if (errors.IsFull)
        {
            throw new TooManyErrorsException();
        }
    }

    private string PathText()
    {
        if (path.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var (name, index) in path)
        {
            if (name is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(name);
            }
        }

        return text.ToString();
    }

    /// <summary>Ends reading once more errors were found than are reported (<see cref="ErrorCodes.TooManyErrors"/>).</summary>
    private sealed class TooManyErrorsException : Exception;
}
