using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>Sets of fact paths kept deduplicated and in document order.</summary>
internal static class Paths
{
    public static ImmutableArray<FactPath> Normalize(IEnumerable<FactPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var array = paths.ToArray();
        if (array.Length <= 1)
        {
            return ImmutableArray.Create(array);
        }

        Array.Sort(array);
        var n = 1;
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i] != array[n - 1])
            {
                array[n++] = array[i];
            }
        }

        return ImmutableArray.Create(array, 0, n);
    }

    /// <summary>The union of the paths of the evaluations selected.</summary>
    public static ImmutableArray<FactPath> Union(ImmutableArray<Evaluation> evaluations, Func<Evaluation, bool> select, Func<Evaluation, ImmutableArray<FactPath>> paths)
    {
        ImmutableArray<FactPath>? single = null;
        var count = 0;
        foreach (var e in evaluations)
        {
            if (select(e) && !paths(e).IsEmpty)
            {
                single ??= paths(e);
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        if (count == 1)
        {
            return single!.Value;
        }

        var all = new List<FactPath>();
        foreach (var e in evaluations)
        {
            if (select(e))
            {
                all.AddRange(paths(e));
            }
        }

        return Normalize(all);
    }
}
