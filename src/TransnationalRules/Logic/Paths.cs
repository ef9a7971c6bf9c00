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

    /// <summary>The union of the evidence of the evaluations whose outcome is <paramref name="outcome"/>.</summary>
    public static ImmutableArray<FactPath> EvidenceOf(ImmutableArray<Evaluation> evaluations, Outcome outcome) => Union(evaluations, outcome, evidence: true);

    /// <summary>The union of the missing facts of the unknown evaluations.</summary>
    public static ImmutableArray<FactPath> MissingFactsOf(ImmutableArray<Evaluation> evaluations) => Union(evaluations, Outcome.Unknown, evidence: false);

    private static ImmutableArray<FactPath> Union(ImmutableArray<Evaluation> evaluations, Outcome outcome, bool evidence)
    {
        ImmutableArray<FactPath>? single = null;
        var count = 0;
        var total = 0;
        foreach (var e in evaluations)
        {
            var paths = evidence ? e.Evidence : e.MissingFacts;
            if (e.Outcome == outcome && !paths.IsEmpty)
            {
                single ??= paths;
                count++;
                total += paths.Length;
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
            var paths = evidence ? e.Evidence : e.MissingFacts;
            if (e.Outcome == outcome)
            {
                paths.CopyTo(all, n);
                n += paths.Length;
            }
        }

        return SortedDistinct(all);
    }
}
