using System.Globalization;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// The JSON path of one fact of a case description, such as <c>offences[0].committedIn</c> or
/// <c>offences[0].substantialConduct[1]</c>, ordered as the fields appear in the case document.
/// </summary>
/// <remarks>
/// Paths are at field level (<c>group.members</c>, never <c>group</c>) and are built only through the factories
/// below, so every path names a field of DESIGN §4. Ordering ("document order") follows the schema: the case's own
/// fields, then each offence in turn, then the group, then <c>facts</c>, then <c>stage</c>, then each <c>abroad</c>
/// entry in turn; fields in their enum's order (a list before its marker); list entries by index.
/// </remarks>
public readonly struct FactPath : IEquatable<FactPath>, IComparable<FactPath>
{
    private const int OffencesSection = 1;
    private const int GroupSection = 2;
    private const int FactsSection = 3;
    private const int StageSection = 4;
    private const int AbroadSection = 5;
    private const int Sections = 6;

    private readonly int section;
    private readonly int offence;
    private readonly int field;
    private readonly int item;
    private readonly string? value;

    private FactPath(int section, int offence, int field, int item, string value)
    {
        this.section = section;
        this.offence = offence;
        this.field = field;
        this.item = item;
        this.value = value;
    }

    /// <summary>The path as text, e.g. <c>offences[0].committedIn</c>.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>The field this path names, whatever its offence, entry or list item: the key of its label in reports.</summary>
    internal int FieldKey => section * FieldsPerSection + this.field;

    /// <summary>The index of the <c>abroad</c> entry this path is in, or -1 outside <c>abroad</c>.</summary>
    internal int AbroadEntry => section == AbroadSection ? offence : -1;

    /// <summary>The path of a field of an offence, or of one entry of a list field.</summary>
    /// <param name="offenceIndex">The offence's index in <c>offences</c>.</param>
    /// <param name="offenceField">The field.</param>
    /// <param name="entry">The list entry's index, or <see langword="null"/> for the field itself.</param>
    /// <returns>The path.</returns>
    public static FactPath Offence(int offenceIndex, OffenceField offenceField, int? entry = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offenceIndex);
        return Make(OffencesSection, offenceIndex, (int)offenceField, entry);
    }

    /// <summary>The path of a field of the group, or of one entry of a list field.</summary>
    /// <param name="groupField">The field.</param>
    /// <param name="entry">The list entry's index, or <see langword="null"/> for the field itself.</param>
    /// <returns>The path.</returns>
    public static FactPath Group(GroupField groupField, int? entry = null) => Make(GroupSection, 0, (int)groupField, entry);

    /// <summary>The path of a field of <c>facts</c>, or of one entry of a list field.</summary>
    /// <param name="factsField">The field.</param>
    /// <param name="entry">The list entry's index, or <see langword="null"/> for the field itself.</param>
    /// <returns>The path.</returns>
    public static FactPath Facts(FactsField factsField, int? entry = null) => Make(FactsSection, 0, (int)factsField, entry);

    /// <summary>The path of <c>stage</c>.</summary>
    /// <returns>The path.</returns>
    public static FactPath Stage() => Make(StageSection, 0, 0, null);

    /// <summary>The path of a field of an <c>abroad</c> entry, e.g. <c>abroad[1].evidence</c>.</summary>
    /// <param name="abroadIndex">The entry's index in <c>abroad</c>.</param>
    /// <param name="abroadField">The field.</param>
    /// <returns>The path.</returns>
    public static FactPath Abroad(int abroadIndex, AbroadField abroadField)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(abroadIndex);
        return Make(AbroadSection, abroadIndex, (int)abroadField, null);
    }

    // The texts of the paths most cases use, built once: offences 0-31, list entries 0-31 (and the field itself).
    private const int CachedOffences = 32;
    private const int CachedEntries = 32;
    private const int FieldsPerSection = 16;
    private static readonly string?[] Texts = new string?[Sections * CachedOffences * FieldsPerSection * (CachedEntries + 1)];

    // Verdicts decided or left open by one field-level fact (flags, members, penalty...), built once per path and outcome.
    private static readonly Verdict?[] SingleVerdicts = new Verdict?[3 * Sections * CachedOffences * FieldsPerSection];

    /// <summary>The verdict with this path as its only evidence (met, not met) or missing fact (unknown), shared when cacheable.</summary>
    internal Verdict SingleVerdict(Outcome outcome)
    {
        if (item < 0 && offence < CachedOffences && (uint)field < FieldsPerSection && (uint)outcome < 3)
        {
            // Verdicts are immutable: racing threads store equal ones, either of which is right.
            ref var verdict = ref SingleVerdicts[(((int)outcome * Sections + section) * CachedOffences + offence) * FieldsPerSection + field];
            return verdict ??= Verdict.Create(outcome, this);
        }

        return Verdict.Create(outcome, this);
    }

    private static FactPath Make(int section, int offence, int field, int? entry)
    {
        var item = -1;
        if (entry is int index)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(entry));
            item = index;
        }

        if (offence < CachedOffences && item < CachedEntries && (uint)field < FieldsPerSection)
        {
            // Strings are immutable: two threads racing here store equal texts, either of which is right.
            ref var text = ref Texts[(((section * CachedOffences) + offence) * FieldsPerSection + field) * (CachedEntries + 1) + item + 1];
            return new FactPath(section, offence, field, item, text ??= Text(section, offence, field, item));
        }

        return new FactPath(section, offence, field, item, Text(section, offence, field, item));
    }

    // The JSON names come from the property tables, the one place a property of the case document is named.
    private static readonly string OffencesName = CaseProperties.Case.NameOf(CaseProperties.Offence);
    private static readonly string GroupName = CaseProperties.Case.NameOf(CaseProperties.Group);
    private static readonly string FactsName = CaseProperties.Case.NameOf(CaseProperties.Facts);
    private static readonly string StageName = CaseProperties.Case.NameOf(OptionalEnumShape<CaseStage>.Instance);
    private static readonly string AbroadName = CaseProperties.Case.NameOf(CaseProperties.Abroad);

    private static string Text(int section, int offence, int field, int item)
    {
        var text = section switch
        {
            OffencesSection => string.Create(CultureInfo.InvariantCulture, $"{OffencesName}[{offence}].{Name(CaseProperties.Offence, field, "Not an offence field.")}"),
            GroupSection => GroupName + "." + Name(CaseProperties.Group, field, "Not a group field."),
            StageSection => StageName,
            AbroadSection => string.Create(CultureInfo.InvariantCulture, $"{AbroadName}[{offence}].{Name(CaseProperties.Abroad, field, "Not an abroad field.")}"),
            _ => FactsName + "." + Name(CaseProperties.Facts, field, "Not a facts field."),
        };
        return item < 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}[{item}]");
    }

    private static string Name<T>(PropertyTable<T> table, int field, string message)
        where T : class =>
        table.FactName(field) ?? throw new ArgumentOutOfRangeException(nameof(field), field, message);

    // A field's place in document order (a list's marker right after the list), from the property tables.
    private static readonly int[][] Ranks =
    [
        [],
        Rank(CaseProperties.Offence, Enum.GetValues<OffenceField>().Length),
        Rank(CaseProperties.Group, Enum.GetValues<GroupField>().Length),
        Rank(CaseProperties.Facts, Enum.GetValues<FactsField>().Length),
    ];

    private static int[] Rank<T>(PropertyTable<T> table, int fields)
        where T : class =>
        [.. Enumerable.Range(0, fields).Select(table.FactRank)];

    private static int RankOf(int section, int field) =>
        (uint)section < (uint)Ranks.Length && (uint)field < (uint)Ranks[section].Length ? Ranks[section][field] : field;

    /// <inheritdoc/>
    public int CompareTo(FactPath other)
    {
        var c = section.CompareTo(other.section);
        if (c == 0) { c = offence.CompareTo(other.offence); }
        if (c == 0) { c = RankOf(section, field).CompareTo(RankOf(other.section, other.field)); }
        if (c == 0) { c = item.CompareTo(other.item); }
        return c;
    }

    /// <inheritdoc/>
    public bool Equals(FactPath other) => CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactPath other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(section, offence, field, item);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Whether two paths are the same.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">Another path.</param>
    /// <returns><see langword="true"/> when they name the same fact.</returns>
    public static bool operator ==(FactPath left, FactPath right) => left.Equals(right);

    /// <summary>Whether two paths differ.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">Another path.</param>
    /// <returns><see langword="true"/> when they name different facts.</returns>
    public static bool operator !=(FactPath left, FactPath right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> in document order.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">Another path.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(FactPath left, FactPath right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> in document order.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">Another path.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(FactPath left, FactPath right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">Another path.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(FactPath left, FactPath right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    /// <param name="left">A path.</param>
    /// <param name="right">Another path.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(FactPath left, FactPath right) => left.CompareTo(right) >= 0;
}
