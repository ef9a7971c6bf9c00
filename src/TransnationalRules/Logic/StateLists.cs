namespace TransnationalRules.Logic;

/// <summary>
/// Allocation-free tests over lists of state codes, a territory counting as the State that holds it (DESIGN §2.2).
/// Lists are short: a linear scan beats hashing.
/// </summary>
internal static class StateLists
{
    /// <summary>The number of distinct States in the list, counted up to <paramref name="enough"/>.</summary>
    public static int CountDistinct(IReadOnlyList<string> states, int enough, TerritoryTable territories)
    {
        var distinct = 0;
        for (var i = 0; i < states.Count && distinct < enough; i++)
        {
            var state = territories.StateOf(states[i]);
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(state, territories.StateOf(states[j]), StringComparison.Ordinal);
            }

            if (!seen)
            {
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>Whether the State of <paramref name="state"/> is the State of an entry of the list.</summary>
    public static bool Contains(IReadOnlyList<string> states, string state, TerritoryTable territories)
    {
        var target = territories.StateOf(state);
        for (var i = 0; i < states.Count; i++)
        {
            if (string.Equals(territories.StateOf(states[i]), target, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
