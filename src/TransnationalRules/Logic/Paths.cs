using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace TransnationalRules.Logic;

/// <summary>Sets of fact paths kept deduplicated and in document order.</summary>
internal static class Paths
{
    public static ImmutableArray<FactPath> Normalize(IEnumerable<FactPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        // ToArray gives a fresh array this method owns: wrap it rather than copy it again.
        return SortedDistinct(paths.ToArray());
    }

    private static ImmutableArray<FactPath> SortedDistinct(FactPath[] array)
    {
        if (array.Length <= 1)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(array);
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

        return n == array.Length ? ImmutableCollectionsMarshal.AsImmutableArray(array) : ImmutableArray.Create(array, 0, n);
    }

    /// <summary>The union of the paths of the evaluations selected.</summary>
    public static ImmutableArray<FactPath> Union(ImmutableArray<Evaluation> evaluations, Func<Evaluation, bool> select, Func<Evaluation, ImmutableArray<FactPath>> paths)
    {
        ImmutableArray<FactPath>? single = null;
        var count = 0;
        var total = 0;
        foreach (var e in evaluations)
        {
            if (select(e) && !paths(e).IsEmpty)
            {
                single ??= paths(e);
                count++;
                total += paths(e).Length;
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

        // One array of the exact size, sorted and deduplicated in place.
        var all = new FactPath[total];
        var n = 0;
        foreach (var e in evaluations)
        {
            if (select(e))
            {
                paths(e).CopyTo(all, n);
                n += paths(e).Length;
            }
        }

        return SortedDistinct(all);
    }
}
