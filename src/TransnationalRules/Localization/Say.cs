using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Localization;

/// <summary>Phrases shared by the reasons: lists of states in each language.</summary>
internal static class Say
{
    /// <summary>"in Moldova and Ukraine" / "в Молдові та Україні"; a territory with its State: "in Hong Kong (China)" / «у Гонконгу (Китай)».</summary>
    public static LocalizedText InStates(IEnumerable<string> codes, TerritoryTable? territories = null)
    {
        var distinct = codes.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return new LocalizedText("in no state", "в жодній державі");
        }

        return new LocalizedText(
            "in " + Join(distinct.Select(c => En(c) + Sovereign(c, territories, uk: false)), "and"),
            UkIn(distinct.Select(c => (StateNames.UkLocative(c), Sovereign(c, territories, uk: true)))));
    }

    /// <summary>Whether any of <paramref name="codes"/> is a territory that counts as another State.</summary>
    public static bool AnyTerritory(IEnumerable<string> codes, TerritoryTable territories) => codes.Any(territories.IsTerritory);

    /// <summary>The sentence that explains folding, for a reason that names a territory.</summary>
    public static LocalizedText TerritoriesCountAsStates { get; } = new(
        " A territory counts as the State that holds it: art. 3(2) counts States.",
        " Територія зараховується до держави, якій вона належить: ст. 3(2) рахує держави.");

    /// <summary>The sentence for a list marked as naming only some of its States (DESIGN §2.1).</summary>
    public static LocalizedText Others(OtherStates? marker) => marker switch
    {
        OtherStates.Some => new(" and in at least one other State not yet named", " та щонайменше в одній іншій, ще не названій державі"),
        OtherStates.Unknown => new(" and possibly in other States not yet named", " і, можливо, в інших, ще не названих державах"),
        _ => new(string.Empty, string.Empty),
    };

    /// <summary>Why a State outside the named committing States may still be one of them: the offence was committed in States not yet named.</summary>
    public static LocalizedText CommittedElsewhere(OtherStates? marker) => marker == OtherStates.Some
        ? new("it was also committed in at least one other State not yet named", "його вчинено також щонайменше в одній іншій, ще не названій державі")
        : new("it may also have been committed in other States not yet named", "його могли вчинити також в інших, ще не названих державах");

    /// <summary>The clause added when the committing States are not all named either (empty when <c>committedIn</c> is complete).</summary>
    public static LocalizedText CommittingStatesOpen(OtherStates? committedInOthers) => committedInOthers is OtherStates.Some or OtherStates.Unknown
        ? new(", and the States where it was committed are not all named either", ", до того ж названо не всі держави вчинення")
        : new(string.Empty, string.Empty);

    /// <summary>Where an open list with no State named yet places something: "in at least one State not yet named".</summary>
    public static LocalizedText NotYetNamed(OtherStates? marker) => marker == OtherStates.Some
        ? new("in at least one State not yet named", "щонайменше в одній ще не названій державі")
        : new("possibly in States not yet named", "можливо, в ще не названих державах");

    /// <summary>"3 members" / «3 учасники», or "at least 5 members" / «щонайменше 5 учасників».</summary>
    public static LocalizedText Members(int count, bool atLeast)
    {
        var n = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var en = n + (count == 1 ? " member" : " members");
        var uk = n + " " + UkPlural(count, "учасник", "учасники", "учасників");
        return atLeast ? new("at least " + en, "щонайменше " + uk) : new(en, uk);
    }

    /// <summary>The Ukrainian noun form for a count: 1, 21 → one; 2–4, 22–24 → few; 0, 5–20, 25–30 → many.</summary>
    public static string UkPlural(int count, string one, string few, string many)
    {
        var n = Math.Abs(count % 100);
        return n is >= 11 and <= 14 ? many : (n % 10) switch { 1 => one, 2 or 3 or 4 => few, _ => many };
    }

    private static string Sovereign(string code, TerritoryTable? territories, bool uk) =>
        territories is not null && territories.IsTerritory(code)
            ? " (" + (uk ? StateNames.NameOf(territories.StateOf(code)).Uk : En(territories.StateOf(code))) + ")"
            : string.Empty;

    /// <summary>"'fraud'" / «fraud»: an offence named by its id, in each language's quotes.</summary>
    public static LocalizedText Quote(string id) => new("'" + id + "'", "«" + id + "»");

    /// <summary>
    /// A State's English name as it stands in running text: "the United Kingdom", "the Netherlands", "Poland"
    /// (<see cref="StateData.EnglishArticle"/>). Headings and labels use the bare name.
    /// </summary>
    public static string En(string code) =>
        (EnglishArticle.Contains(code) ? "the " : string.Empty) + StateNames.NameOf(code).En;

    /// <summary>"the Netherlands" → "The Netherlands": a name at the start of a sentence.</summary>
    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// «в Україні та Польщі», «в Україні та на Кіпрі», «у Великій Британії»: the locatives of the data, a name that
    /// takes «на» carrying it (<see cref="StateData"/>); the others share one «в»/«у» chosen by <see cref="UkInOrU"/>.
    /// When the list mixes «на» with «в/у», each name keeps its own preposition.
    /// </summary>
    public static string UkIn(IEnumerable<(string Locative, string Suffix)> states)
    {
        var list = states.ToList();
        if (list.Count == 0)
        {
            return "в жодній державі";
        }

        var onNa = list.Select(s => s.Locative.StartsWith("на ", StringComparison.Ordinal)).ToList();
        if (onNa.All(x => x))
        {
            return "на " + Join(list.Select(s => s.Locative[3..] + s.Suffix), "та");
        }

        if (onNa.All(x => !x))
        {
            var joined = Join(list.Select(s => s.Locative + s.Suffix), "та");
            return UkInOrU(joined) + " " + joined;
        }

        return Join(list.Select(s => s.Locative.StartsWith("на ", StringComparison.Ordinal) ? s.Locative + s.Suffix : UkInOrU(s.Locative) + " " + s.Locative + s.Suffix), "та");
    }

    /// <summary>
    /// The euphony rule for the preposition «в/у» before a name (Український правопис 2019, § 23), read for a list that
    /// opens a phrase after a verb: «в» before a vowel («в Україні», «в Італії»); «у» before «в», «ф», «льв», «св», «тв»
    /// and before two consonants («у Великій Британії», «у Франції», «у Швеції», «у Греції»); «в» before a single
    /// consonant followed by a vowel («в Польщі», «в Молдові»).
    /// </summary>
    public static string UkInOrU(string next)
    {
        if (next.Length == 0)
        {
            return "в";
        }

        var first = char.ToLowerInvariant(next[0]);
        if (UkVowels.Contains(first, StringComparison.Ordinal))
        {
            return "в";
        }

        if (first is 'в' or 'ф')
        {
            return "у";
        }

        var second = next.Length > 1 ? char.ToLowerInvariant(next[1]) : 'а';
        return UkVowels.Contains(second, StringComparison.Ordinal) || second is '’' or '\'' or '-' ? "в" : "у";
    }

    private const string UkVowels = "аеєиіїоуюя";

    private static readonly HashSet<string> EnglishArticle = new(StateData.EnglishArticle, StringComparer.Ordinal);

    /// <summary>The labels of the parts of a criterion's body with the given outcome: "structured; acting in concert".</summary>
    public static LocalizedText Parts(Evaluation criterion, Outcome outcome)
    {
        var body = criterion.Children.Length == 1 ? criterion.Children[0] : criterion;
        var candidates = body.Children.IsEmpty ? [body] : body.Children;
        var parts = candidates.Where(c => c.Outcome == outcome && c.Rule.Label is not null).Select(c => c.Rule.Label!).Distinct().ToList();
        return new LocalizedText(string.Join("; ", parts.Select(p => MidSentence(p.En))), string.Join("; ", parts.Select(p => MidSentence(p.Uk))));
    }

    /// <summary>"Organised criminal group" → "organised criminal group": a title inside a sentence (an acronym keeps its case).</summary>
    public static string MidSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    /// <summary>The name of an offence kind in both languages.</summary>
    public static LocalizedText Kind(TransnationalRules.Model.OffenceKind kind) => KindNames.Of(kind);

    /// <summary>"A, B and C" / «А, Б та В».</summary>
    public static string Join(IEnumerable<string> items, string and)
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
