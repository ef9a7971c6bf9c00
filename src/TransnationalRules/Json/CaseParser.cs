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
internal sealed class CaseParser
{
    // The reader refuses nesting beyond this; deeper than CaseLimits.Depth is already reported as tooDeep by then.
    private const int ReaderMaxDepth = 64;

    // Longer than any state code, escaped or not ("\u0041\u0042" is 12 bytes): not worth decoding.
    private const int MaxStateCodeBytes = 12;

    private static readonly PropertySet CaseProperties = new("caseId", "title", "notes", "offences", "group", "facts");
    private static readonly PropertySet OffenceProperties = new("id", "kind", "maximumPenaltyYears", "lifeImprisonment", "legalBasis", "committedIn", "substantialConduct", "substantialEffectsIn", "involvesGroup");
    private static readonly PropertySet LegalBasisProperties = new("jurisdiction", "reference");
    private static readonly PropertySet ConductProperties = new("state", "aspect");
    private static readonly PropertySet GroupProperties = new("members", "existsForPeriodOfTime", "structured", "actsInConcert", "aimsAtSeriousCrime", "materialBenefit", "activeIn");
    private static readonly PropertySet FactsProperties = new("harmThreatened", "damage", "publicOfficialsInvolved", "civilAssociationsOrMediaUsed", "businessEntitiesUsed", "proceedsLaundered", "groupBeingFormed", "socialConditionsExploited", "internationalCooperation");
    private static readonly PropertySet DamageProperties = new("individuals", "legalEntities", "state");
    private static readonly PropertySet CooperationProperties = new("partner", "state");

    private readonly ErrorList errors;
    private readonly List<(string? Name, int Index)> path = [];
    private readonly ElementReader<Offence> readOffence;
    private readonly ElementReader<string> readState;
    private readonly ElementReader<LegalBasis> readLegalBasis;
    private readonly ElementReader<SubstantialConduct> readConduct;
    private readonly ElementReader<Cooperation> readCooperation;
    private bool tooDeep;

    private CaseParser(ErrorList errors)
    {
        this.errors = errors;
        readOffence = ReadOffence;
        readState = ReadStateCode;
        readLegalBasis = ReadLegalBasis;
        readConduct = ReadConduct;
        readCooperation = ReadCooperation;
    }

    private delegate T? ElementReader<T>(ref Utf8JsonReader reader)
        where T : class;

    /// <summary>The <c>caseId</c>, when it was read as a string within its limit.</summary>
    private string? CaseId { get; set; }

    /// <summary>Reads a case; the case is <see langword="null"/> when the JSON is not well formed or not an object.</summary>
    public static (CaseDescription? Case, string? CaseId) Parse(ReadOnlySpan<byte> json, ErrorList errors)
    {
        var parser = new CaseParser(errors);
        var result = parser.ParseDocument(json);
        return (result, parser.CaseId);
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
            var result = ReadCase(ref reader);

            // Anything but white space after the case is a syntax error, thrown here.
            reader.Read();
            return result;
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

    private CaseDescription? ReadCase(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            WrongType(ref r, "The case must be a JSON object.");
            return null;
        }

        string? caseId = null, title = null, notes = null;
        List<Offence>? offences = null;
        CriminalGroup? group = null;
        CaseFacts? facts = null;
        var seen = 0;
        while (NextProperty(ref r, CaseProperties, ref seen, out var property))
        {
            switch (property)
            {
                case 0:
                    caseId = ReadText(ref r, CaseLimits.CaseIdLength);
                    if (caseId is not null && !errors.HasErrorAt("caseId"))
                    {
                        CaseId = caseId;
                    }

                    break;
                case 1: title = ReadText(ref r, CaseLimits.TitleLength); break;
                case 2: notes = ReadText(ref r, CaseLimits.NotesLength); break;
                case 3: offences = ReadList(ref r, CaseLimits.Offences, readOffence); break;
                case 4: group = ReadGroup(ref r); break;
                default: facts = ReadFacts(ref r); break;
            }

            Pop();
        }

        if (offences is null)
        {
            RequiredAt("offences");
        }

        return new CaseDescription
        {
            CaseId = caseId!,
            Title = title,
            Notes = notes,
            Offences = offences ?? [],
            Group = group,
            Facts = facts,
        };
    }

    private Offence? ReadOffence(ref Utf8JsonReader r)
    {
        if (!IsObject(ref r))
        {
            return null;
        }

        string? id = null;
        var kind = -1;
        decimal? years = null;
        var life = false;
        List<LegalBasis>? legalBasis = null;
        List<string>? committedIn = null, effectsIn = null;
        List<SubstantialConduct>? conduct = null;
        bool? involvesGroup = null;
        var seen = 0;
        while (NextProperty(ref r, OffenceProperties, ref seen, out var property))
        {
            switch (property)
            {
                case 0: id = ReadText(ref r, CaseLimits.OffenceIdLength); break;
                case 1: kind = ReadEnum(ref r, JsonEnum<OffenceKind>.Utf8Names, JsonEnum<OffenceKind>.List); break;
                case 2: years = ReadYears(ref r); break;
                case 3: life = ReadLifeImprisonment(ref r); break;
                case 4: legalBasis = ReadList(ref r, CaseLimits.ListEntries, readLegalBasis); break;
                case 5: committedIn = ReadList(ref r, CaseLimits.ListEntries, readState); break;
                case 6: conduct = ReadList(ref r, CaseLimits.ListEntries, readConduct); break;
                case 7: effectsIn = ReadList(ref r, CaseLimits.ListEntries, readState); break;
                default: involvesGroup = ReadBoolean(ref r); break;
            }

            Pop();
        }

        if ((seen & (1 << 1)) == 0)
        {
            RequiredAt("kind");
        }

        return new Offence
        {
            Id = id!,
            Kind = (OffenceKind)kind,
            MaximumPenaltyYears = years,
            LifeImprisonment = life,
            LegalBasis = legalBasis,
            CommittedIn = committedIn,
            SubstantialConduct = conduct,
            SubstantialEffectsIn = effectsIn,
            InvolvesGroup = involvesGroup,
        };
    }

    private LegalBasis? ReadLegalBasis(ref Utf8JsonReader r)
    {
        if (!IsObject(ref r))
        {
            return null;
        }

        string? jurisdiction = null, reference = null;
        var seen = 0;
        while (NextProperty(ref r, LegalBasisProperties, ref seen, out var property))
        {
            if (property == 0)
            {
                jurisdiction = ReadStateCode(ref r);
            }
            else
            {
                reference = ReadText(ref r, CaseLimits.ReferenceLength);
            }

            Pop();
        }

        return new LegalBasis { Jurisdiction = jurisdiction, Reference = reference };
    }

    private SubstantialConduct? ReadConduct(ref Utf8JsonReader r)
    {
        if (!IsObject(ref r))
        {
            return null;
        }

        string? state = null;
        var aspect = -1;
        var seen = 0;
        while (NextProperty(ref r, ConductProperties, ref seen, out var property))
        {
            if (property == 0)
            {
                state = ReadStateCode(ref r);
            }
            else
            {
                aspect = ReadEnum(ref r, JsonEnum<ConductAspect>.Utf8Names, JsonEnum<ConductAspect>.List);
            }

            Pop();
        }

        if ((seen & (1 << 1)) == 0)
        {
            RequiredAt("aspect");
        }

        return new SubstantialConduct { State = state!, Aspect = (ConductAspect)aspect };
    }

    private CriminalGroup? ReadGroup(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !IsObject(ref r))
        {
            return null;
        }

        int? members = null;
        bool? exists = null, structured = null, concert = null, serious = null, benefit = null;
        List<string>? activeIn = null;
        var seen = 0;
        while (NextProperty(ref r, GroupProperties, ref seen, out var property))
        {
            switch (property)
            {
                case 0: members = ReadMembers(ref r); break;
                case 1: exists = ReadBoolean(ref r); break;
                case 2: structured = ReadBoolean(ref r); break;
                case 3: concert = ReadBoolean(ref r); break;
                case 4: serious = ReadBoolean(ref r); break;
                case 5: benefit = ReadBoolean(ref r); break;
                default: activeIn = ReadList(ref r, CaseLimits.ListEntries, readState); break;
            }

            Pop();
        }

        return new CriminalGroup
        {
            Members = members,
            ExistsForPeriodOfTime = exists,
            Structured = structured,
            ActsInConcert = concert,
            AimsAtSeriousCrime = serious,
            MaterialBenefit = benefit,
            ActiveIn = activeIn,
        };
    }

    private CaseFacts? ReadFacts(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !IsObject(ref r))
        {
            return null;
        }

        bool? harm = null, officials = null, civil = null, business = null, laundered = null, forming = null, social = null;
        Damage? damage = null;
        List<Cooperation>? cooperation = null;
        var seen = 0;
        while (NextProperty(ref r, FactsProperties, ref seen, out var property))
        {
            switch (property)
            {
                case 0: harm = ReadBoolean(ref r); break;
                case 1: damage = ReadDamage(ref r); break;
                case 2: officials = ReadBoolean(ref r); break;
                case 3: civil = ReadBoolean(ref r); break;
                case 4: business = ReadBoolean(ref r); break;
                case 5: laundered = ReadBoolean(ref r); break;
                case 6: forming = ReadBoolean(ref r); break;
                case 7: social = ReadBoolean(ref r); break;
                default: cooperation = ReadList(ref r, CaseLimits.ListEntries, readCooperation); break;
            }

            Pop();
        }

        return new CaseFacts
        {
            HarmThreatened = harm,
            Damage = damage,
            PublicOfficialsInvolved = officials,
            CivilAssociationsOrMediaUsed = civil,
            BusinessEntitiesUsed = business,
            ProceedsLaundered = laundered,
            GroupBeingFormed = forming,
            SocialConditionsExploited = social,
            InternationalCooperation = cooperation,
        };
    }

    private Damage? ReadDamage(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null || !IsObject(ref r))
        {
            return null;
        }

        bool? individuals = null, entities = null, state = null;
        var seen = 0;
        while (NextProperty(ref r, DamageProperties, ref seen, out var property))
        {
            switch (property)
            {
                case 0: individuals = ReadBoolean(ref r); break;
                case 1: entities = ReadBoolean(ref r); break;
                default: state = ReadBoolean(ref r); break;
            }

            Pop();
        }

        return new Damage { Individuals = individuals, LegalEntities = entities, State = state };
    }

    private Cooperation? ReadCooperation(ref Utf8JsonReader r)
    {
        if (!IsObject(ref r))
        {
            return null;
        }

        var partner = -1;
        string? state = null;
        var seen = 0;
        while (NextProperty(ref r, CooperationProperties, ref seen, out var property))
        {
            if (property == 0)
            {
                partner = ReadEnum(ref r, JsonEnum<CooperationPartner>.Utf8Names, JsonEnum<CooperationPartner>.List);
            }
            else
            {
                state = ReadStateCode(ref r);
            }

            Pop();
        }

        if ((seen & 1) == 0)
        {
            RequiredAt("partner");
        }

        return new Cooperation { Partner = (CooperationPartner)partner, State = state };
    }

    /// <summary>
    /// A list, when the value is an array: entries are read while there are at most <paramref name="max"/> + 1 of them
    /// (a null entry kept as null, for the validator to report), the rest only checked for syntax.
    /// </summary>
    private List<T>? ReadList<T>(ref Utf8JsonReader r, int max, ElementReader<T> read)
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
                list.Add(r.TokenType == JsonTokenType.Null ? null! : read(ref r)!);
            }

            Pop();
        }

        return list;
    }

    /// <summary>A string of at most <paramref name="maxLength"/> UTF-16 code units; a longer one is measured, not kept.</summary>
    private string? ReadText(ref Utf8JsonReader r, int maxLength)
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
            // UTF-8 never takes fewer bytes than UTF-16 code units, and an escape takes at most 6 bytes for one unit.
            if (bytes <= maxLength)
            {
                return r.GetString();
            }

            if (bytes <= maxLength * 6)
            {
                var buffer = ArrayPool<char>.Shared.Rent(bytes);
                try
                {
                    var length = r.CopyString(buffer);
                    if (length <= maxLength)
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
            Error(ErrorCodes.InvalidJson, "The string is not valid UTF-8.");
            return null;
        }

        Error(ErrorCodes.TooLong, Rules.TooLongMessage(maxLength));
        return null;
    }

    /// <summary>A state code as a string (an over-long one replaced by an invalid placeholder), or null.</summary>
    private string? ReadStateCode(ref Utf8JsonReader r)
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
                    Error(ErrorCodes.InvalidJson, "The string is not valid UTF-8.");
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
    private int ReadEnum(ref Utf8JsonReader r, ImmutableArray<byte[]> names, string list)
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

    private bool? ReadBoolean(ref Utf8JsonReader r)
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

    private bool ReadLifeImprisonment(ref Utf8JsonReader r)
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

    private decimal? ReadYears(ref Utf8JsonReader r)
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

    private int? ReadMembers(ref Utf8JsonReader r)
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
    private bool NextProperty(ref Utf8JsonReader r, PropertySet properties, ref int seen, out int property)
    {
        while (Read(ref r) == JsonTokenType.PropertyName)
        {
            property = -1;
            for (var i = 0; i < properties.Utf8.Length; i++)
            {
                if (TextEquals(ref r, properties.Utf8[i]))
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
                    ? "An unknown property (its name is not shown: it is not a short ASCII identifier) is not allowed here; allowed: " + properties.List + "."
                    : "Unknown property; allowed here: " + properties.List + ".");
                SkipValue(ref r);
                if (name is not null)
                {
                    Pop();
                }

                continue;
            }

            path.Add((properties.Names[property], -1));
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

    /// <summary>The properties an object may have, in schema order.</summary>
    private sealed class PropertySet(params string[] names)
    {
        public ImmutableArray<string> Names { get; } = [.. names];

        public ImmutableArray<byte[]> Utf8 { get; } = [.. names.Select(Encoding.UTF8.GetBytes)];

        public string List { get; } = string.Join(", ", names);
    }
}
