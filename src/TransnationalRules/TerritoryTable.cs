using System.Collections.Frozen;
using TransnationalRules.Model;

namespace TransnationalRules;

/// <summary>
/// Which ISO 3166-1 codes are territories rather than States, and the State each one counts as (DESIGN §2.2): art. 3(2)
/// counts <i>States</i>, so Hong Kong and China are one State for every "distinct States" and "outside every committing
/// State" test. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the table of <c>reference/TERRITORIES.md</c>. Its source: the "Sovereignty" column of
/// the ISO 3166-1 code table in the English Wikipedia article <i>ISO 3166-1</i>, which follows the CIA World Factbook and
/// the U.S. Department of State's list <i>Dependencies and Areas of Special Sovereignty</i>; the Crown Dependencies
/// (GG, IM, JE) fold into the United Kingdom, which is responsible for their international relations. Counted as
/// themselves: every UN member State, the UN observers PS and VA, and the entries the source marks disputed (EH, TW,
/// XK). <c>AQ</c> (Antarctica) is no State and is refused as a place by validation (<c>notAState</c>).</para>
/// <para>A rule set may replace the table (<c>RuleSet.WithTerritories</c>), e.g. for a national policy; validation,
/// which knows no rule set, checks the <c>activeIn</c> consistency rule with <see cref="Default"/>. Folding never
/// rewrites the input: evidence points at the entry as given.</para>
/// </remarks>
internal sealed class TerritoryTable
{
    private readonly FrozenDictionary<string, string> sovereign;

    // The State of each territory by its two letters (A-Z), null for a code that is no territory: StateOf is called
    // for every entry of a list of States while deciding, and two array reads beat hashing the code.
    private readonly string?[] byLetters = new string?[26 * 26];

    private TerritoryTable(FrozenDictionary<string, string> sovereign)
    {
        this.sovereign = sovereign;
        foreach (var (territory, state) in sovereign)
        {
            if (Letters(territory) is int k)
            {
                byLetters[k] = state;
            }
        }
    }

    private static int? Letters(string code) =>
        code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) ? (code[0] - 'A') * 26 + code[1] - 'A' : null;

    /// <summary>The default table: <c>reference/TERRITORIES.md</c> (see the remarks for its source).</summary>
    public static TerritoryTable Default { get; } = Create(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // China
        ["HK"] = "CN", ["MO"] = "CN",

        // United States
        ["AS"] = "US", ["GU"] = "US", ["MP"] = "US", ["PR"] = "US", ["UM"] = "US", ["VI"] = "US",

        // United Kingdom: overseas territories, and the Crown Dependencies (the source's "British Crown")
        ["AI"] = "GB", ["BM"] = "GB", ["FK"] = "GB", ["GI"] = "GB", ["GS"] = "GB", ["IO"] = "GB", ["KY"] = "GB", ["MS"] = "GB",
        ["PN"] = "GB", ["SH"] = "GB", ["TC"] = "GB", ["VG"] = "GB", ["GG"] = "GB", ["IM"] = "GB", ["JE"] = "GB",

        // France
        ["BL"] = "FR", ["GF"] = "FR", ["GP"] = "FR", ["MF"] = "FR", ["MQ"] = "FR", ["NC"] = "FR", ["PF"] = "FR", ["PM"] = "FR",
        ["RE"] = "FR", ["TF"] = "FR", ["WF"] = "FR", ["YT"] = "FR",

        // Netherlands
        ["AW"] = "NL", ["BQ"] = "NL", ["CW"] = "NL", ["SX"] = "NL",

        // Denmark
        ["FO"] = "DK", ["GL"] = "DK",

        // Norway
        ["BV"] = "NO", ["SJ"] = "NO",

        // Australia
        ["CC"] = "AU", ["CX"] = "AU", ["HM"] = "AU", ["NF"] = "AU",

        // New Zealand
        ["CK"] = "NZ", ["NU"] = "NZ", ["TK"] = "NZ",

        // Finland
        ["AX"] = "FI",
    });

    /// <summary>No folding: every code counts as a State of its own (the reading of v1).</summary>
    public static TerritoryTable None { get; } = new(FrozenDictionary<string, string>.Empty);

    /// <summary>Each territory and the State it counts as.</summary>
    public IReadOnlyDictionary<string, string> Territories => sovereign;

    /// <summary>Builds a table from pairs of a territory's code and its State's code.</summary>
    /// <param name="territoryToState">Territory code → State code; valid codes, a State not itself a territory of the table, no code mapped to itself.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A code is not a valid code, a territory maps to itself, or a State is itself listed as a territory.</exception>
    public static TerritoryTable Create(IEnumerable<KeyValuePair<string, string>> territoryToState)
    {
        ArgumentNullException.ThrowIfNull(territoryToState);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (territory, state) in territoryToState)
        {
            if (!StateCodes.IsValid(territory) || !StateCodes.IsValid(state))
            {
                throw new ArgumentException($"'{territory}' → '{state}': both must be valid state codes.", nameof(territoryToState));
            }

            if (territory == state || !map.TryAdd(territory, state))
            {
                throw new ArgumentException($"'{territory}' is mapped to itself or more than once.", nameof(territoryToState));
            }
        }

        foreach (var state in map.Values)
        {
            if (map.ContainsKey(state))
            {
                throw new ArgumentException($"'{state}' is a State of the table and a territory too; map each territory to its State directly.", nameof(territoryToState));
            }
        }

        return new TerritoryTable(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The State <paramref name="code"/> counts as: its sovereign State for a territory, else the code itself.</summary>
    /// <param name="code">A state code.</param>
    /// <returns>The State's code.</returns>
    public string StateOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]))
        {
            return byLetters[(code[0] - 'A') * 26 + code[1] - 'A'] ?? code;
        }

        return sovereign.TryGetValue(code, out var state) ? state : code;
    }

    /// <summary>Whether <paramref name="code"/> is a territory of this table.</summary>
    /// <param name="code">A state code.</param>
    /// <returns><see langword="true"/> when it counts as another State.</returns>
    public bool IsTerritory(string code) => code is not null && sovereign.ContainsKey(code);

    /// <summary>Whether two codes count as the same State.</summary>
    /// <param name="a">A state code.</param>
    /// <param name="b">Another.</param>
    /// <returns><see langword="true"/> when they are one State.</returns>
    public bool SameState(string a, string b) => string.Equals(StateOf(a), StateOf(b), StringComparison.Ordinal);
}
