using TransnationalRules.Logic;

namespace TransnationalRules.Localization;

/// <summary>Phrases shared by the reasons: lists of states in each language.</summary>
internal static class Say
{
    /// <summary>"Moldova and Ukraine" / "Молдова та Україна": distinct states, in the order given.</summary>
    public static LocalizedText States(IEnumerable<string> codes)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToArray();
        return new LocalizedText(
            Join(distinct.Select(c => StateNames.NameOf(c).En), "and"),
            Join(distinct.Select(c => StateNames.NameOf(c).Uk), "та"));
    }

    /// <summary>"in Moldova and Ukraine" / "в Молдові та Україні".</summary>
    public static LocalizedText InStates(IEnumerable<string> codes)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return new LocalizedText("in no state", "в жодній державі");
        }

        var uk = Join(distinct.Select(StateNames.UkLocative), "та");
        return new LocalizedText("in " + Join(distinct.Select(c => StateNames.NameOf(c).En), "and"), UkIn(uk) + " " + uk);
    }

    /// <summary>"'fraud'": an offence named by its id.</summary>
    public static string Quote(string id) => "'" + id + "'";

    /// <summary>The labels of the parts of a criterion's body with the given outcome: "structured; acting in concert".</summary>
    public static LocalizedText Parts(Evaluation criterion, Outcome outcome)
    {
        var body = criterion.Children.Length == 1 ? criterion.Children[0] : criterion;
        var candidates = body.Children.IsEmpty ? [body] : body.Children;
        var parts = candidates.Where(c => c.Outcome == outcome && c.Rule.Label is not null).Select(c => c.Rule.Label!).ToList();
        return new LocalizedText(string.Join("; ", parts.Select(p => p.En)), string.Join("; ", parts.Select(p => p.Uk)));
    }

    /// <summary>The name of an offence kind in both languages.</summary>
    public static LocalizedText Kind(TransnationalRules.Model.OffenceKind kind) => KindNames.Of(kind);

    private static string UkIn(string next) =>
        next.Length > 0 && "ВвФф".Contains(next[0], StringComparison.Ordinal) ? "у" : "в";

    private static string Join(IEnumerable<string> items, string and)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "—",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " " + and + " " + list[^1],
        };
    }
}
