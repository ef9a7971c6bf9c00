using System.Collections.Immutable;
using System.Text.Json;

namespace TransnationalRules.Model;

/// <summary>
/// How the value of a property of the case document is read and what it may hold: the case parser reads each shape
/// with one routine, and the schema generator states its limits.
/// </summary>
internal abstract class ValueShape;

/// <summary>A shape whose value is read as <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value read; <see langword="null"/> when absent, <c>null</c> or in error.</typeparam>
internal abstract class ValueShape<T> : ValueShape
{
    /// <summary>Reads the value the reader is on.</summary>
    public abstract T Read(IShapeReader reader, ref Utf8JsonReader json);
}

/// <summary>
/// Reads one value of each shape, reporting its problems (implemented by the case parser, so that the shapes stay free of
/// error reporting).
/// </summary>
internal interface IShapeReader
{
    string? Text(ref Utf8JsonReader json, int maxLength);

    string? StateCode(ref Utf8JsonReader json);

    bool? Boolean(ref Utf8JsonReader json);

    bool LifeImprisonment(ref Utf8JsonReader json);

    decimal? Years(ref Utf8JsonReader json);

    int? Members(ref Utf8JsonReader json);

    /// <summary>A list's marker: <c>none</c>, <c>some</c> or <c>unknown</c>; <c>null</c> and other names are errors.</summary>
    OtherStates? Marker(ref Utf8JsonReader json);

    /// <summary>The index of the name in <paramref name="names"/>; -1 when null, unknown or in error.</summary>
    int Enum(ref Utf8JsonReader json, ImmutableArray<byte[]> names, string list);

    T? Object<T>(ref Utf8JsonReader json, PropertyTable<T> table)
        where T : class;

    List<T>? List<T>(ref Utf8JsonReader json, int max, ValueShape<T?> entry)
        where T : class;
}

/// <summary>A string of at most <see cref="MaxLength"/> UTF-16 code units; <see cref="NotBlank"/> when it must have text.</summary>
internal sealed class TextShape(int maxLength, bool notBlank = false) : ValueShape<string?>
{
    public int MaxLength { get; } = maxLength;

    /// <summary>Whether the schema asks for a non-blank string (the validator checks it).</summary>
    public bool NotBlank { get; } = notBlank;

    public override string? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.Text(ref json, MaxLength);
}

/// <summary>An ISO 3166-1 alpha-2 code (checked by the validator against <see cref="StateCodes"/>).</summary>
internal sealed class StateShape : ValueShape<string?>
{
    public static readonly StateShape Instance = new();

    public override string? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.StateCode(ref json);
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c> (unknown).</summary>
internal sealed class BooleanShape : ValueShape<bool?>
{
    public static readonly BooleanShape Instance = new();

    public override bool? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.Boolean(ref json);
}

/// <summary><c>true</c> or <c>false</c>; <c>null</c> is an error.</summary>
internal sealed class LifeImprisonmentShape : ValueShape<bool>
{
    public static readonly LifeImprisonmentShape Instance = new();

    public override bool Read(IShapeReader reader, ref Utf8JsonReader json) => reader.LifeImprisonment(ref json);
}

/// <summary>A number of years (fractions allowed), <see cref="Limits.MinPenaltyYears"/> to <see cref="Limits.MaxPenaltyYears"/>.</summary>
internal sealed class YearsShape : ValueShape<decimal?>
{
    public static readonly YearsShape Instance = new();

    public override decimal? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.Years(ref json);
}

/// <summary>A whole number of members, at least <see cref="Limits.MinMembers"/>.</summary>
internal sealed class MembersShape : ValueShape<int?>
{
    public static readonly MembersShape Instance = new();

    public override int? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.Members(ref json);
}

/// <summary>
/// The marker of a list of States (DESIGN §2.1): <c>none</c>, <c>some</c> or <c>unknown</c>; absent means <c>none</c>,
/// and <c>null</c> is an error (leave it out instead).
/// </summary>
internal sealed class MarkerShape : ValueShape<OtherStates?>
{
    public static readonly MarkerShape Instance = new();

    public override OtherStates? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.Marker(ref json);
}

/// <summary>One of the camelCase names of <typeparamref name="TEnum"/>; an unknown name reads as an undefined value (-1).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class EnumShape<TEnum> : ValueShape<TEnum>
    where TEnum : struct, Enum
{
    public static readonly EnumShape<TEnum> Instance = new();

    /// <summary>The value of a missing, unknown or wrong name: no defined value, so the validator reports it.</summary>
    public static readonly TEnum Undefined = (TEnum)System.Enum.ToObject(typeof(TEnum), -1);

    public override TEnum Read(IShapeReader reader, ref Utf8JsonReader json)
    {
        var i = reader.Enum(ref json, JsonEnum<TEnum>.Utf8Names, JsonEnum<TEnum>.List);
        return i < 0 ? Undefined : JsonEnum<TEnum>.Values[i];
    }
}

/// <summary>
/// One of the camelCase names of <typeparamref name="TEnum"/>, or <c>null</c> (unknown, as when absent); an unknown name
/// reads as an undefined value (-1), which the validator reports.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class OptionalEnumShape<TEnum> : ValueShape<TEnum?>
    where TEnum : struct, Enum
{
    public static readonly OptionalEnumShape<TEnum> Instance = new();

    public override TEnum? Read(IShapeReader reader, ref Utf8JsonReader json) =>
        json.TokenType == JsonTokenType.Null ? null : EnumShape<TEnum>.Instance.Read(reader, ref json);
}

/// <summary>The limits of a list, whatever its entries.</summary>
internal interface IListShape
{
    /// <summary>The fewest entries the validator accepts when the list is present.</summary>
    int MinItems { get; }

    /// <summary>The most entries the validator accepts; reading keeps at most one more.</summary>
    int MaxItems { get; }

    ValueShape Entry { get; }

    /// <summary>The number of entries of a list of this shape as the model holds it.</summary>
    int Count(object list);

    /// <summary>The State of entry <paramref name="index"/>: the entry itself in a list of States, its <c>state</c> in a list of entries located in a State.</summary>
    string StateAt(object list, int index);

    /// <summary>A copy of <paramref name="list"/> (a list of this shape's entries) with entry <paramref name="index"/> changed.</summary>
    object WithEntry(object? list, int index, Func<object?, object> change);
}

/// <summary>An array of at most <see cref="MaxItems"/> entries of one shape; a <c>null</c> entry is kept as null.</summary>
/// <typeparam name="T">The entry.</typeparam>
internal sealed class ListShape<T>(ValueShape<T?> entry, int maxItems, int minItems = 0) : ValueShape<List<T>?>, IListShape
    where T : class
{
    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    public ValueShape<T?> Entry { get; } = entry;

    ValueShape IListShape.Entry => Entry;

    public int Count(object list) => ((IReadOnlyList<T>)list).Count;

    public string StateAt(object list, int index)
    {
        var entry = ((IReadOnlyList<T>)list)[index];
        return entry as string ?? StateOf?.Invoke(entry) ?? throw new InvalidOperationException("The entry is located in no State.");
    }

    // The typed getter of the entries' state property, when the entries are objects located in a State.
    private Func<T, string?>? StateOf => field ??=
        (Entry as PropertyTable<T>)?.PropertyNamed(Logic.Fact.StateEntry) is CaseProperty<T, string?, string?> state ? state.Getter : null;

    public override List<T>? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.List(ref json, MaxItems, Entry);

    public object WithEntry(object? list, int index, Func<object?, object> change)
    {
        var copy = list is IEnumerable<T> entries ? new List<T>(entries) : [];
        if ((uint)index >= (uint)copy.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The list has {copy.Count} entries.");
        }

        copy[index] = (T)change(copy[index]);
        return copy;
    }
}
