namespace TransnationalRules.Logic;

/// <summary>Allocation-free tests over lists of state codes (lists are short: a linear scan beats hashing).</summary>
internal static class StateLists
{
    /// <summary>The number of distinct states in the list, counted up to <paramref name="enough"/>.</summary>
    public static int CountDistinct(IReadOnlyList<string> states, int enough)
    {
        var distinct = 0;
        for (var i = 0; i < states.Count && distinct < enough; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = string.Equals(states[i], states[j], StringComparison.Ordinal);
            }

            if (!seen)
            {
                distinct++;
            }
        }

        return distinct;
    }

    /// <summary>Whether <paramref name="state"/> is in the list.</summary>
    public static bool Contains(IReadOnlyList<string> states, string state)
    {
        for (var i = 0; i < states.Count; i++)
        {
            if (string.Equals(states[i], state, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
