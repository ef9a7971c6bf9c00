using System.Collections.Immutable;
using System.Text.Json;

namespace TransnationalRules.Model;

/// <summary>The properties of one object of the case document, in schema order, whatever the object's type.</summary>
internal interface IPropertyTable
{
    Type Type { get; }

    ImmutableArray<CaseProperty> Properties { get; }

    /// <summary>The fact <paramref name="fact"/> of this table when <paramref name="property"/> of its owner holds it.</summary>
    Logic.Fact? FactOf<TOwner>(CaseProperty<TOwner> property, Logic.FactOwner<TOwner> owner, int fact)
        where TOwner : class;
    /// <summary>
    /// A copy of <paramref name="owner"/> (the empty object when <see langword="null"/>) with the property at
    /// <paramref name="path"/>[<paramref name="at"/>..] set to <paramref name="value"/> (<see cref="FactAccess"/>).
    /// </summary>
    object With(object? owner, FactAccess.Segment[] path, int at, object? value);
}

/// <summary>
/// The properties of one JSON object of the case document, in schema order: the single source of their JSON names
/// (for reading, fact paths and the schema), their shapes and where their values go.
/// </summary>
/// <typeparam name="T">The model type of the object.</typeparam>
internal sealed class PropertyTable<T> : ValueShape<T?>, IPropertyTable
    where T : class
{
    private readonly Func<T> empty;
    private ImmutableArray<CaseProperty<T>> properties = [];
    private ImmutableArray<string?> factNames;
    private ImmutableArray<int> factRanks;

    /// <param name="empty">The object with nothing read: every fact unknown.</param>
    public PropertyTable(Func<T> empty) => this.empty = empty;

    public Type Type => typeof(T);

    public ImmutableArray<CaseProperty<T>> Properties => properties;

    ImmutableArray<CaseProperty> IPropertyTable.Properties => ImmutableArray<CaseProperty>.CastUp(properties);

    /// <summary>The names joined for messages: <c>id, kind, ...</c>.</summary>
    public string List => field ??= string.Join(", ", properties.Select(p => p.Name));

    /// <summary>A new object with nothing read.</summary>
    public T Empty() => empty();

    /// <summary>Adds a property; <paramref name="set"/> stores a value read (never <see langword="null"/>) in a copy.</summary>
    public PropertyTable<T> Add<TValue, TModel>(
        string name, ValueShape<TValue> shape, Func<T, TValue, T> set, Func<T, TModel> get,
        string? description = null, Enum? fact = null, bool required = false)
    {
        // Reading keeps the properties seen in the bits of an int.
        if (properties.Length == 31)
        {
            throw new InvalidOperationException("An object of the case document has at most 31 properties.");
        }

        properties = properties.Add(new CaseProperty<T, TValue, TModel>(name, shape, set, get, description, fact is null ? -1 : Convert.ToInt32(fact, System.Globalization.CultureInfo.InvariantCulture), required));
        return this;
    }

    public override T? Read(IShapeReader reader, ref Utf8JsonReader json) => reader.Object(ref json, this);

    object IPropertyTable.With(object? owner, FactAccess.Segment[] path, int at, object? value)
    {
        var target = owner as T ?? empty();
        var segment = path[at];
        var property = properties.FirstOrDefault(p => p.Name == segment.Name)
            ?? throw new ArgumentException($"'{segment.Name}' is not a property of the case document here.", nameof(path));
        if (segment.Index is int index)
        {
            var list = property.Shape as IListShape ?? throw new ArgumentException($"'{segment.Name}' is not a list.", nameof(path));
            var entry = list.Entry as IPropertyTable;
            if (entry is null || at == path.Length - 1)
            {
                throw new ArgumentException($"'{segment.Name}[{index}]' is a list entry, not a fact: name one of its fields.", nameof(path));
            }

            return property.With(target, list.WithEntry(property.Get(target), index, e => entry.With(e, path, at + 1, value)));
        }

        if (at == path.Length - 1)
        {
            return property.With(target, value);
        }

        var nested = property.Shape as IPropertyTable ?? throw new ArgumentException($"'{segment.Name}' has no fields.", nameof(path));
        return property.With(target, nested.With(property.Get(target), path, at + 1, value));
    }

    /// <summary>
    /// The path, relative to this object, of the property that is fact <paramref name="fact"/> (a value of the object's
    /// fact-field enum), looking into nested objects (<c>damage.individuals</c>); <see langword="null"/> when none is.
    /// </summary>
    public string? FactName(int fact)
    {
        IndexFacts();
        return (uint)fact < (uint)factNames.Length ? factNames[fact] : null;
    }

    /// <summary>The place of fact <paramref name="fact"/> in document order among this object's facts (nested ones included); -1 when none is.</summary>
    public int FactRank(int fact)
    {
        IndexFacts();
        return (uint)fact < (uint)factRanks.Length ? factRanks[fact] : -1;
    }

    private void IndexFacts()
    {
        if (!factRanks.IsDefault)
        {
            return;
        }

        var names = new List<(int Fact, string Name)>();
        Collect(this, string.Empty, names);
        var size = names.Count == 0 ? 0 : names.Max(n => n.Fact) + 1;
        var array = new string?[size];
        var ranks = Enumerable.Repeat(-1, size).ToArray();
        for (var i = 0; i < names.Count; i++)
        {
            array[names[i].Fact] = names[i].Name;
            ranks[names[i].Fact] = i;
        }

        factNames = [.. array];
        factRanks = [.. ranks];
    }

    /// <summary>The property that is fact <paramref name="fact"/>, or <see langword="null"/>.</summary>
    public CaseProperty<T>? PropertyOf(int fact)
    {
        foreach (var property in properties)
        {
            if (property.Fact == fact && fact >= 0)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The property named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public CaseProperty<T>? PropertyNamed(string name)
    {
        foreach (var property in properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>
    /// The fact that is field <paramref name="fact"/> of this object or of an object nested in it
    /// (<c>facts.damage.individuals</c>), read from the objects <paramref name="owner"/> finds; <see langword="null"/> when none is.
    /// </summary>
    public Logic.Fact? FactOf(Logic.FactOwner<T> owner, int fact)
    {
        if (PropertyOf(fact) is { } property)
        {
            return property.FactOver(owner, this);
        }

        foreach (var nested in properties)
        {
            if (nested.Fact < 0 && nested.Shape is IPropertyTable table && table.FactOf(nested, owner, fact) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    Logic.Fact? IPropertyTable.FactOf<TOwner>(CaseProperty<TOwner> property, Logic.FactOwner<TOwner> owner, int fact) =>
        property.Nested<T>(owner) is { } inner ? FactOf(inner, fact) : null;

    /// <summary>The name of the property whose value is <paramref name="shape"/> or a list of it.</summary>
    public string NameOf(ValueShape shape) =>
        properties.First(p => p.Shape == shape || (p.Shape is IListShape list && list.Entry == shape)).Name;

    private static void Collect(IPropertyTable table, string prefix, List<(int Fact, string Name)> names)
    {
        foreach (var property in table.Properties)
        {
            if (property.Fact >= 0)
            {
                names.Add((property.Fact, prefix + property.Name));
            }
            else if (property.Shape is IPropertyTable nested)
            {
                Collect(nested, prefix + property.Name + ".", names);
            }
        }
    }
}
