using System.Collections;
using System.Globalization;

namespace TransnationalRules.Model;

/// <summary>
/// Reads and sets one fact of a case by its JSON path (<c>offences[0].committedIn</c>, <c>group.members</c>,
/// <c>facts.damage.individuals</c>, <c>abroad[1].evidence</c>, <c>stage</c>), through the property tables: the names
/// are the tables' names and the values go through each property's own setter, so no JSON is edited by hand.
/// </summary>
/// <remarks>
/// A value is the model's own type for the property: <c>bool?</c>, <c>decimal?</c> (years), <c>int?</c> (members),
/// <see cref="OtherStates"/>? (a marker), <see cref="CaseStage"/>?, or a <c>List&lt;T&gt;</c> of the entries
/// (<c>List&lt;string&gt;</c> for States); <see langword="null"/> makes the fact unknown again. A missing object on the
/// way (<c>group</c>, <c>facts</c>, <c>facts.damage</c>) is created empty; a list entry must exist.
/// </remarks>
internal static class FactAccess
{
    /// <summary>One step of a path: a property name and, for a list, an entry's index.</summary>
    internal readonly record struct Segment(string Name, int? Index);

    /// <summary>The steps of <paramref name="path"/>; a clear <see cref="ArgumentException"/> when it is not a path.</summary>
    public static Segment[] Parse(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var parts = path.Split('.');
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var open = part.IndexOf('[', StringComparison.Ordinal);
            if (open < 0)
            {
                segments[i] = new Segment(part, null);
                continue;
            }

            if (!part.EndsWith(']') || !int.TryParse(part.AsSpan(open + 1, part.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                throw new ArgumentException($"'{path}' is not a fact path such as offences[0].committedIn.", nameof(path));
            }

            segments[i] = new Segment(part[..open], index);
        }

        return segments;
    }

    /// <summary>The property of <paramref name="table"/> named <paramref name="name"/>.</summary>
    public static CaseProperty Find(IPropertyTable table, string name)
    {
        foreach (var property in table.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        throw new ArgumentException($"'{name}' is not a property of the case document here.", nameof(name));
    }

    /// <summary>
    /// The property at <paramref name="path"/> and the table it belongs to (for its siblings: a list's marker, a
    /// number's lower bound); a clear <see cref="ArgumentException"/> when the path names no property.
    /// </summary>
    public static (CaseProperty Property, IPropertyTable Owner) PropertyAt(string path)
    {
        var segments = Parse(path);
        IPropertyTable table = CaseProperties.Case;
        for (var i = 0; ; i++)
        {
            var property = Find(table, segments[i].Name);
            if (i == segments.Length - 1)
            {
                return segments[i].Index is null
                    ? (property, table)
                    : throw new ArgumentException($"'{path}' names a list entry, not a fact.", nameof(path));
            }

            table = (segments[i].Index is null ? property.Shape : (property.Shape as IListShape)?.Entry) as IPropertyTable
                ?? throw new ArgumentException($"'{path}' is not a fact path: '{segments[i].Name}' has no fields.", nameof(path));
        }
    }

    /// <summary>A copy of <paramref name="case"/> with the fact at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    public static CaseDescription Set(CaseDescription @case, string path, object? value) =>
        (CaseDescription)((IPropertyTable)CaseProperties.Case).With(@case, Parse(path), 0, value);

    /// <summary>The value of the fact at <paramref name="path"/> in <paramref name="case"/>, or <see langword="null"/> when absent (an entry on the way too).</summary>
    public static object? Get(CaseDescription @case, string path)
    {
        var segments = Parse(path);
        IPropertyTable table = CaseProperties.Case;
        object? owner = @case;
        for (var i = 0; i < segments.Length; i++)
        {
            if (owner is null)
            {
                return null;
            }

            var property = Find(table, segments[i].Name);
            var value = property.Get(owner);
            if (segments[i].Index is int index)
            {
                value = value is IEnumerable list ? list.Cast<object?>().ElementAtOrDefault(index) : null;
                table = (property.Shape as IListShape)?.Entry as IPropertyTable ?? table;
            }
            else if (property.Shape is IPropertyTable nested)
            {
                table = nested;
            }

            owner = value;
        }

        return owner;
    }
}
