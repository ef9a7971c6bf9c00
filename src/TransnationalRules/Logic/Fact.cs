using System.Runtime.CompilerServices;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// One field of the case description that a leaf of <see cref="Leaf"/> reads: a row of the property tables
/// (<see cref="CaseProperties"/>) with the objects it is read from. The row is the fact: its typed getter reads the value,
/// its shape says what kind of fact it is (<see cref="Type"/>), its table says where it sits (<see cref="Scope"/>, the
/// path). Absent objects read as absent facts.
/// </summary>
/// <remarks>
/// Built and checked when a leaf is built (<see cref="Of(OffenceField)"/>, <see cref="Require"/>): a field that no row
/// is, or a row of another kind than the leaf reads, is refused there, never misread while deciding. A list of States
/// has its marker in the row named after it with <c>Others</c> (<c>committedIn</c>, <c>committedInOthers</c>: DESIGN
/// §2.1); a number has its lower bound in the row named after it with <c>AtLeast</c> (<c>members</c>,
/// <c>membersAtLeast</c>).
/// </remarks>
internal abstract class Fact
{
    private protected Fact(CaseProperty row, FactPlace place)
    {
        Row = row;
        Place = place;
    }

    /// <summary>The row of the property table.</summary>
    public CaseProperty Row { get; }

    /// <summary>What kind of value the fact holds.</summary>
    public FactType Type => Row.FactType;

    /// <summary>Where the fact is read: per offence, for the case, or per <c>abroad</c> entry.</summary>
    public RuleScope Scope => Place switch
    {
        FactPlace.Offence => RuleScope.Offence,
        FactPlace.Abroad => RuleScope.State,
        _ => RuleScope.Case,
    };

    /// <summary>The marker of a list of States (DESIGN §2.1), or <see langword="null"/> for a fact that is not such a list.</summary>
    public abstract Fact? Marker { get; }

    /// <summary>The lower bound of a number (<c>group.membersAtLeast</c> for <c>group.members</c>), or <see langword="null"/>.</summary>
    public abstract Fact? LowerBound { get; }

    private protected FactPlace Place { get; }

    /// <summary>The fact that is <paramref name="field"/> of an offence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No property of an offence is that field.</exception>
    public static Fact Of(OffenceField field) =>
        CaseProperties.Offence.FactOf(FactOwners.Offences, (int)field) ?? throw NoSuchField(field);

    /// <summary>The fact that is <paramref name="field"/> of the group.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No property of the group is that field.</exception>
    public static Fact Of(GroupField field) =>
        CaseProperties.Group.FactOf(FactOwners.Group, (int)field) ?? throw NoSuchField(field);

    /// <summary>The fact that is <paramref name="field"/> of <c>facts</c> (or of an object nested in it).</summary>
    /// <exception cref="ArgumentOutOfRangeException">No property of <c>facts</c> is that field.</exception>
    public static Fact Of(FactsField field) =>
        CaseProperties.Facts.FactOf(FactOwners.Facts, (int)field) ?? throw NoSuchField(field);

    /// <summary>The fact that is <paramref name="field"/> of an <c>abroad</c> entry.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No property of an <c>abroad</c> entry is that field.</exception>
    public static Fact Of(AbroadField field) =>
        CaseProperties.Abroad.FactOf(FactOwners.Abroad, (int)field) ?? throw NoSuchField(field);

    /// <summary>What kind of fact a property of shape <paramref name="shape"/> named <paramref name="name"/> is.</summary>
    public static FactType TypeOf(ValueShape shape, string name) => shape switch
    {
        BooleanShape or LifeImprisonmentShape => FactType.Flag,
        MarkerShape => FactType.Marker,
        YearsShape => FactType.Number,
        MembersShape => name.EndsWith("AtLeast", StringComparison.Ordinal) ? FactType.Bound : FactType.Number,
        IListShape { Entry: StateShape } => FactType.States,
        IListShape { Entry: IPropertyTable entry } when entry.Properties.Any(p => p.Name == StateEntry && p.Shape is StateShape) => FactType.StateEntries,
        IListShape => FactType.Entries,
        _ => FactType.Other,
    };

    /// <summary>The property of an entry of a list that holds the State the entry is located in.</summary>
    internal const string StateEntry = "state";

    /// <summary>Checks that the fact is of one of the types a leaf reads.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is of another type.</exception>
    public Fact Require(string parameter, params FactType[] types)
    {
        if (Array.IndexOf(types, Type) < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, $"This leaf reads {string.Join(" or ", types)} facts; the field '{Row.Name}' is {Type}.");
        }

        return this;
    }

    /// <summary>The path of the fact for the case or offence <paramref name="offence"/>, or of one entry of it.</summary>
    public FactPath Path(int offence, int? entry = null) => PathAt(offence, -1, entry);

    /// <summary>The path of the fact where offence <paramref name="offence"/> or <c>abroad</c> entry <paramref name="abroad"/> is in scope.</summary>
    public FactPath PathAt(int offence, int abroad, int? entry = null) => Place switch
    {
        FactPlace.Offence => FactPath.Offence(offence, (OffenceField)Row.Fact, entry),
        FactPlace.Group => FactPath.Group((GroupField)Row.Fact, entry),
        FactPlace.Facts => FactPath.Facts((FactsField)Row.Fact, entry),
        _ => FactPath.Abroad(abroad, (AbroadField)Row.Fact),
    };

    /// <summary>A boolean fact; <see langword="null"/> when it or its object is absent.</summary>
    public bool? ReadFlag(CaseDescription @case, int offence) => ReadFlag(@case, offence, -1);

    /// <inheritdoc cref="ReadFlag(CaseDescription, int)"/>
    public abstract bool? ReadFlag(CaseDescription @case, int offence, int abroad);

    /// <summary>A number; <see langword="null"/> when it or its object is absent.</summary>
    public abstract decimal? ReadNumber(CaseDescription @case, int offence);

    /// <summary>The value of this marker; <see cref="OtherStates.None"/> when it is absent.</summary>
    public abstract OtherStates ReadMarker(CaseDescription @case, int offence);

    /// <summary>The value of this lower bound (<c>group.membersAtLeast</c>).</summary>
    public abstract int? ReadLowerBound(CaseDescription @case);

    /// <summary>A list of State codes (<c>committedIn</c>, <c>substantialEffectsIn</c>, <c>group.activeIn</c>).</summary>
    public abstract IReadOnlyList<string>? ReadStates(CaseDescription @case, int offence);

    /// <summary>The number of entries of a list fact, or <see langword="null"/> when it is absent.</summary>
    public abstract int? Count(CaseDescription @case, int offence);

    /// <summary>The State of entry <paramref name="entry"/> of a list of States or of entries located in a State.</summary>
    public abstract string StateAt(CaseDescription @case, int offence, int entry);

    private static ArgumentOutOfRangeException NoSuchField<TField>(TField field)
        where TField : struct, Enum =>
        new(nameof(field), field, $"No property of the case document is {typeof(TField).Name}.{field}.");
}

/// <summary>A <see cref="Fact"/> read by a typed getter from objects of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The model type of the object that holds the property.</typeparam>
/// <typeparam name="TModel">The type of the model property.</typeparam>
internal sealed class Fact<T, TModel> : Fact
    where T : class
{
    private readonly FactOwner<T> owner;
    private readonly Func<T, TModel> get;
    private readonly IListShape? list;

    public Fact(CaseProperty row, FactOwner<T> owner, Func<T, TModel> get, PropertyTable<T> table)
        : base(row, owner.Place)
    {
        this.owner = owner;
        this.get = get;
        list = row.Shape as IListShape;
        if (Type is FactType.States or FactType.StateEntries)
        {
            Marker = table.PropertyNamed(row.Name + "Others") is { FactType: FactType.Marker } marker ? marker.FactOver(owner, table) : null;
        }

        if (Type == FactType.Number)
        {
            LowerBound = table.PropertyNamed(row.Name + "AtLeast") is { FactType: FactType.Bound } bound ? bound.FactOver(owner, table) : null;
        }
    }

    public override Fact? Marker { get; }

    public override Fact? LowerBound { get; }

    public override bool? ReadFlag(CaseDescription @case, int offence, int abroad)
    {
        if (owner.Find(@case, offence, abroad) is not { } o)
        {
            return null;
        }

        var value = get(o);
        if (typeof(TModel) == typeof(bool?))
        {
            return Unsafe.As<TModel, bool?>(ref value);
        }

        return typeof(TModel) == typeof(bool) ? Unsafe.As<TModel, bool>(ref value) : throw NotOf(FactType.Flag);
    }

    public override decimal? ReadNumber(CaseDescription @case, int offence)
    {
        if (owner.Find(@case, offence, -1) is not { } o)
        {
            return null;
        }

        var value = get(o);
        if (typeof(TModel) == typeof(decimal?))
        {
            return Unsafe.As<TModel, decimal?>(ref value);
        }

        return typeof(TModel) == typeof(int?) ? Unsafe.As<TModel, int?>(ref value) : throw NotOf(FactType.Number);
    }

    public override OtherStates ReadMarker(CaseDescription @case, int offence)
    {
        if (owner.Find(@case, offence, -1) is not { } o)
        {
            return OtherStates.None;
        }

        var value = get(o);
        return typeof(TModel) == typeof(OtherStates?) ? Unsafe.As<TModel, OtherStates?>(ref value) ?? OtherStates.None : throw NotOf(FactType.Marker);
    }

    public override int? ReadLowerBound(CaseDescription @case)
    {
        if (owner.Find(@case, -1, -1) is not { } o)
        {
            return null;
        }

        var value = get(o);
        return typeof(TModel) == typeof(int?) ? Unsafe.As<TModel, int?>(ref value) : throw NotOf(FactType.Bound);
    }

    public override IReadOnlyList<string>? ReadStates(CaseDescription @case, int offence) =>
        owner.Find(@case, offence, -1) is { } o ? (IReadOnlyList<string>?)(object?)get(o) : null;

    public override int? Count(CaseDescription @case, int offence) =>
        owner.Find(@case, offence, -1) is { } o && (object?)get(o) is { } value ? (list ?? throw NotOf(FactType.Entries)).Count(value) : null;

    public override string StateAt(CaseDescription @case, int offence, int entry) =>
        (list ?? throw NotOf(FactType.States)).StateAt((object)get(owner.Find(@case, offence, -1)!)!, entry);

    private InvalidOperationException NotOf(FactType type) => new($"The field '{Row.Name}' is {Type}, not {type}.");
}

/// <summary>Where a fact is read from: the objects of type <typeparamref name="T"/> a case holds, and the section of its path.</summary>
/// <typeparam name="T">The model type of the object.</typeparam>
internal sealed class FactOwner<T>(Func<CaseDescription, int, int, T?> find, FactPlace place)
{
    public FactPlace Place => place;

    /// <summary>The object, or <see langword="null"/> when it is absent.</summary>
    /// <param name="case">The case.</param>
    /// <param name="offence">The offence in scope, or -1.</param>
    /// <param name="abroad">The <c>abroad</c> entry in scope, or -1.</param>
    public T? Find(CaseDescription @case, int offence, int abroad) => find(@case, offence, abroad);

    /// <summary>The objects a property of these objects holds (<c>facts.damage</c>).</summary>
    public FactOwner<TNested> Then<TNested>(Func<T, TNested> get) =>
        new((c, i, a) => find(c, i, a) is { } o ? get(o) : default, place);
}

/// <summary>The objects of a case that hold facts, one per section of the case document.</summary>
internal static class FactOwners
{
    /// <summary>An offence of the case (by its index).</summary>
    public static readonly FactOwner<Offence> Offences = new(static (c, i, _) => c.Offences[i], FactPlace.Offence);

    /// <summary>The group.</summary>
    public static readonly FactOwner<CriminalGroup> Group = new(static (c, _, _) => c.Group, FactPlace.Group);

    /// <summary>The case-level facts.</summary>
    public static readonly FactOwner<CaseFacts> Facts = new(static (c, _, _) => c.Facts, FactPlace.Facts);

    /// <summary>An <c>abroad</c> entry (by its index).</summary>
    public static readonly FactOwner<ForeignState> Abroad = new(static (c, _, a) => c.Abroad![a], FactPlace.Abroad);
}

/// <summary>The section of the case document a fact is in, which says how its path is written.</summary>
internal enum FactPlace
{
    Offence,
    Group,
    Facts,
    Abroad,
}

/// <summary>What kind of value a fact holds, derived from its property's shape (<see cref="Fact.TypeOf"/>).</summary>
internal enum FactType
{
    Flag,
    Number,
    States,
    StateEntries,
    Entries,
    Marker,
    Bound,
    Other,
}
