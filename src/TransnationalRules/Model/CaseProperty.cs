using System.Text;
using System.Text.Json;

namespace TransnationalRules.Model;

/// <summary>One property of an object of the case document (DESIGN §4): its JSON name, shape, schema text and fact.</summary>
internal abstract class CaseProperty(string name, string? description, int fact, bool required)
{
    /// <summary>The JSON name; the one place it is written.</summary>
    public string Name { get; } = name;

    public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

    /// <summary>The schema's description, or <see langword="null"/> for none.</summary>
    public string? Description { get; } = description;

    /// <summary>The value of the object's fact-field enum (<see cref="OffenceField"/>, ...) this property is, or -1.</summary>
    public int Fact { get; } = fact;

    /// <summary>Whether reading reports the property when absent or <c>null</c> (the model has no value for "unknown").</summary>
    public bool Required { get; } = required;

    public abstract ValueShape Shape { get; }

    /// <summary>What kind of fact the property is for the leaves of <c>Leaf</c>, derived from its shape (DESIGN §2.1).</summary>
    public Logic.FactType FactType => factType ??= Logic.Fact.TypeOf(Shape, Name);

    private Logic.FactType? factType;

    /// <summary>The property's value in a model object, for tests.</summary>
    public abstract object? Get(object owner);
}

/// <summary>A property of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The model type of the object.</typeparam>
internal abstract class CaseProperty<T>(string name, string? description, int fact, bool required)
    : CaseProperty(name, description, fact, required)
    where T : class
{
    /// <summary>Reads the value the reader is on into <paramref name="target"/>; whether a value (not null) was read.</summary>
    public abstract bool Read(IShapeReader reader, ref Utf8JsonReader json, ref T target);

    /// <summary>Stores <paramref name="value"/> in <paramref name="target"/>, for tests.</summary>
    public abstract T With(T target, object? value);

    /// <summary>The fact this property of <paramref name="table"/> is, read from the objects <paramref name="owner"/> finds in a case.</summary>
    public abstract Logic.Fact FactOver(Logic.FactOwner<T> owner, PropertyTable<T> table);

    /// <summary>The owner of a nested object's properties, when this property holds a <typeparamref name="TNested"/>; else <see langword="null"/>.</summary>
    public abstract Logic.FactOwner<TNested>? Nested<TNested>(Logic.FactOwner<T> owner)
        where TNested : class;
}

/// <summary>
/// A property of <typeparamref name="T"/> holding a <typeparamref name="TValue"/> as read and a
/// <typeparamref name="TModel"/> in the model, with its own getter and setter. The typed getter is what a leaf reads:
/// the row is the fact (<see cref="Logic.Fact"/>).
/// </summary>
/// <typeparam name="T">The model type of the object.</typeparam>
/// <typeparam name="TValue">The value, as read.</typeparam>
/// <typeparam name="TModel">The value, as the model property holds it.</typeparam>
internal sealed class CaseProperty<T, TValue, TModel>(
    string name, ValueShape<TValue> shape, Func<T, TValue, T> set, Func<T, TModel> get, string? description, int fact, bool required)
    : CaseProperty<T>(name, description, fact, required)
    where T : class
{
    public override ValueShape Shape => shape;

    /// <summary>The typed getter.</summary>
    public Func<T, TModel> Getter => get;

    public override Logic.Fact FactOver(Logic.FactOwner<T> owner, PropertyTable<T> table) => new Logic.Fact<T, TModel>(this, owner, get, table);

    public override Logic.FactOwner<TNested>? Nested<TNested>(Logic.FactOwner<T> owner)
        where TNested : class =>
        typeof(TModel) == typeof(TNested) ? (Logic.FactOwner<TNested>)(object)owner.Then(get) : null;

    public override bool Read(IShapeReader reader, ref Utf8JsonReader json, ref T target)
    {
        var value = shape.Read(reader, ref json);
        if (value is null)
        {
            return false;
        }

        target = set(target, value);
        return true;
    }

    public override object? Get(object owner) => get((T)owner);

    public override T With(T target, object? value) => set(target, (TValue)value!);
}
