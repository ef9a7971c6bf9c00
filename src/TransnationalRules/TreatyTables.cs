using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TransnationalRules.Model;

namespace TransnationalRules;

/// <summary>
/// The data the cooperation channels are decided on (issue 19): which States are parties to a treaty or members of an
/// organisation, and which offence kinds are forms of crime in Europol's and Eurojust's competence, each row with its
/// source. A State (or kind) a table marks as listed meets that condition, one marked as not listed does not, and one
/// absent from the table is unknown — an honest gap in the data, never an assumption, reported as a
/// <see cref="Classification.CaseClassification.DataGaps"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Party tables (<see cref="PartyTableIds"/>, in this order): <c>untoc</c> (the UN Convention against Transnational
/// Organized Crime, UN Treaty Collection XVIII-12), <c>interpol</c> (Interpol members), <c>europol</c> (States that
/// exchange operational data through Europol), <c>eurojust</c> (EU Member States taking part in Eurojust),
/// <c>coe.ets030</c> (European Convention on Mutual Assistance in Criminal Matters, 1959), <c>coe.ets024</c> (European
/// Convention on Extradition, 1957), <c>coe.ets182</c> (its Second Additional Protocol, 2001). Form tables
/// (<see cref="FormTableIds"/>): <c>europol.forms</c> and <c>eurojust.forms</c>, offence kind → the words of Annex I of
/// Regulation (EU) 2016/794 or 2018/1727.</para>
/// <para><see cref="Default"/> holds only rows verified on an official page (a treaty office, an official gazette or
/// register, the organisation's own site); the data files are <c>src/TransnationalRules/Channels/Tables/*.csv</c>,
/// one row a line with its source URL and the words read there, so a lawyer can review a row in one place. Codes are
/// ISO 3166-1 (Greece is <c>GR</c>, not the EU's <c>EL</c>). A rule set replaces a table with
/// <c>RuleSet.WithTreaties</c>; lookups use the State an <c>abroad</c> entry folds to (Hong Kong → China).</para>
/// </remarks>
/// <example>
/// <code>
/// var tables = TreatyTables.Default.WithParties("interpol", [("PL", true, new DateOnly(1923, 9, 7), "https://www.interpol.int/…")]);
/// var classifier = new Classifier(RuleSet.Default.WithTreaties(tables));
/// </code>
/// </example>
public sealed class TreatyTables
{
    private const string Resource = "TransnationalRules.Tables.";

    private readonly FrozenDictionary<string, FrozenDictionary<string, Row>> tables;

    private TreatyTables(FrozenDictionary<string, FrozenDictionary<string, Row>> tables) => this.tables = tables;

    /// <summary>The party and membership tables, in the order of the channels: <c>untoc</c>, <c>interpol</c>, <c>europol</c>, <c>eurojust</c>, <c>coe.ets030</c>, <c>coe.ets024</c>, <c>coe.ets182</c>.</summary>
    public static ImmutableArray<string> PartyTableIds { get; } = ["untoc", "interpol", "europol", "eurojust", "coe.ets030", "coe.ets024", "coe.ets182"];

    /// <summary>The tables of offence kinds: <c>europol.forms</c> (Annex I of Regulation (EU) 2016/794), <c>eurojust.forms</c> (Annex I of Regulation (EU) 2018/1727).</summary>
    public static ImmutableArray<string> FormTableIds { get; } = ["europol.forms", "eurojust.forms"];

    /// <summary>The verified rows shipped with the library (see the remarks).</summary>
    public static TreatyTables Default { get; } = LoadDefault();

    /// <summary>Every table empty: every party and form condition unknown.</summary>
    public static TreatyTables Empty { get; } = new(AllIds.ToFrozenDictionary(id => id, _ => FrozenDictionary<string, Row>.Empty, StringComparer.Ordinal));

    private static IEnumerable<string> AllIds => PartyTableIds.Concat(FormTableIds);

    /// <summary>Whether <paramref name="state"/> is listed in a party table: <see langword="true"/> a party or member, <see langword="false"/> marked as not, <see langword="null"/> absent (no verified entry).</summary>
    /// <param name="table">One of <see cref="PartyTableIds"/>.</param>
    /// <param name="state">A State's code (already folded: <c>CN</c>, not <c>HK</c>).</param>
    /// <returns>The table's answer.</returns>
    /// <exception cref="ArgumentException">The table is not a party table.</exception>
    public bool? IsParty(string table, string state) => Find(table, state, PartyTableIds)?.Listed;

    /// <summary>Whether an offence kind is a form of crime listed in a form table; <see langword="null"/> when the table has no verified entry for it.</summary>
    /// <param name="table">One of <see cref="FormTableIds"/>.</param>
    /// <param name="kind">The offence kind.</param>
    /// <returns>The table's answer.</returns>
    /// <exception cref="ArgumentException">The table is not a form table.</exception>
    public bool? IsListed(string table, OffenceKind kind) => Find(table, JsonEnum<OffenceKind>.NameOf(kind), FormTableIds)?.Listed;

    /// <summary>The source of the row for <paramref name="key"/> (a State's code, or an offence kind's JSON name), or <see langword="null"/> when there is none.</summary>
    /// <param name="table">A table id.</param>
    /// <param name="key">The row's key.</param>
    /// <returns>The source: a URL of the page the row was read on.</returns>
    public string? SourceOf(string table, string key) => Find(table, key, null)?.Source;

    /// <summary>The date from which a State is a party or member, when the row gives one.</summary>
    /// <param name="table">A party table id.</param>
    /// <param name="state">A State's code.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public DateOnly? SinceOf(string table, string state) => Find(table, state, PartyTableIds)?.Since;

    /// <summary>The same tables with party table <paramref name="table"/> replaced by <paramref name="rows"/>.</summary>
    /// <param name="table">One of <see cref="PartyTableIds"/>.</param>
    /// <param name="rows">Each State once: its code, whether it is a party (member), from when (or <see langword="null"/>), and the source.</param>
    /// <returns>The new tables.</returns>
    /// <exception cref="ArgumentException">The table is unknown, a code is invalid or repeated, or a source is empty.</exception>
    public TreatyTables WithParties(string table, IEnumerable<(string State, bool Party, DateOnly? Since, string Source)> rows)
    {
        CheckTable(table, PartyTableIds);
        ArgumentNullException.ThrowIfNull(rows);
        return With(table, rows.Select(r =>
        {
            if (r.State is null || !StateCodes.IsValid(r.State))
            {
                throw new ArgumentException($"'{r.State}' is not a valid state code (table '{table}').", nameof(rows));
            }

            return new Row(r.State, r.Party, r.Since, r.Source, null);
        }));
    }

    /// <summary>The same tables with form table <paramref name="table"/> replaced by <paramref name="rows"/>.</summary>
    /// <param name="table">One of <see cref="FormTableIds"/>.</param>
    /// <param name="rows">Each kind once: whether it is a listed form of crime, the listed words (or <see langword="null"/>), and the source.</param>
    /// <returns>The new tables.</returns>
    /// <exception cref="ArgumentException">The table is unknown, a kind is repeated, or a source is empty.</exception>
    public TreatyTables WithForms(string table, IEnumerable<(OffenceKind Kind, bool Listed, string? Words, string Source)> rows)
    {
        CheckTable(table, FormTableIds);
        ArgumentNullException.ThrowIfNull(rows);
        return With(table, rows.Select(r => new Row(JsonEnum<OffenceKind>.NameOf(r.Kind), r.Listed, null, r.Source, r.Words)));
    }

    /// <summary>Every row of a table, in key order (for reviews and tests).</summary>
    internal IEnumerable<Row> Rows(string table) => tables[table].Values.OrderBy(r => r.Key, StringComparer.Ordinal);

    /// <summary>The row for <paramref name="key"/>, or <see langword="null"/>.</summary>
    internal Row? Find(string table, string key, ImmutableArray<string>? kinds)
    {
        ArgumentNullException.ThrowIfNull(key);
        CheckTable(table, kinds ?? [.. AllIds]);
        return tables[table].TryGetValue(key, out var row) ? row : null;
    }

    private TreatyTables With(string table, IEnumerable<Row> rows)
    {
        var map = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Source))
            {
                throw new ArgumentException($"Row '{row.Key}' of table '{table}' has no source.", nameof(rows));
            }

            if (!map.TryAdd(row.Key, row))
            {
                throw new ArgumentException($"Row '{row.Key}' appears twice in table '{table}'.", nameof(rows));
            }
        }

        var all = new Dictionary<string, FrozenDictionary<string, Row>>(tables, StringComparer.Ordinal) { [table] = map.ToFrozenDictionary(StringComparer.Ordinal) };
        return new TreatyTables(all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void CheckTable(string table, ImmutableArray<string> ids)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!ids.Contains(table, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{table}' is not one of the tables {string.Join(", ", ids)}.", nameof(table));
        }
    }

    private static TreatyTables LoadDefault()
    {
        var all = new Dictionary<string, FrozenDictionary<string, Row>>(StringComparer.Ordinal);
        foreach (var id in AllIds)
        {
            var form = FormTableIds.Contains(id);
            var map = new Dictionary<string, Row>(StringComparer.Ordinal);
            using var stream = typeof(TreatyTables).Assembly.GetManifestResourceStream(Resource + id + ".csv")
                ?? throw new InvalidOperationException($"The table '{id}' is missing from the assembly.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var lines = Csv.Read(reader.ReadToEnd());
            var header = lines[0];
            int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidOperationException($"Table '{id}' has no column '{name}'.");
            var key = Col(form ? "kind" : "state");
            var status = Col("status");
            var source = Col("source");
            var excerpt = Col(form ? "words" : "excerpt");
            var since = form ? -1 : Col("since");
            var sinceKind = form ? -1 : Col("sinceKind");
            foreach (var line in lines.Skip(1))
            {
                var listed = line[status] is "party" or "member" or "listed";
                DateOnly? date = since >= 0 && line[since].Length > 0
                    ? (line[since].Length == 4 ? new DateOnly(int.Parse(line[since], CultureInfo.InvariantCulture), 1, 1) : DateOnly.ParseExact(line[since], "yyyy-MM-dd", CultureInfo.InvariantCulture))
                    : null;
                var row = new Row(line[key], listed, date, line[source], line[excerpt]) { YearOnly = since >= 0 && line[since].Length == 4, SinceKind = sinceKind >= 0 ? line[sinceKind] : null };
                if (!map.TryAdd(row.Key, row))
                {
                    throw new InvalidOperationException($"Row '{row.Key}' appears twice in table '{id}'.");
                }
            }

            all[id] = map.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return new TreatyTables(all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>One row: a State (or kind), listed or not, from when, the source it was read on and the words read there.</summary>
    internal sealed record Row(string Key, bool Listed, DateOnly? Since, string Source, string? Words)
    {
        /// <summary>Whether <see cref="Since"/> stands for a year only (the source gives no day).</summary>
        public bool YearOnly { get; init; }

        /// <summary>What <see cref="Since"/> is: <c>entryIntoForce</c>, <c>deposit</c>, <c>membership</c>, or <see langword="null"/> (a user's row: "since").</summary>
        public string? SinceKind { get; init; }
    }

    /// <summary>A small reader of RFC 4180 CSV (quoted fields, doubled quotes), for the embedded tables.</summary>
    private static class Csv
    {
        public static List<string[]> Read(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var ch = text[i];
                if (quoted)
                {
                    if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (ch == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(ch);
                    }
                }
                else if (ch == '"')
                {
                    quoted = true;
                }
                else if (ch == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (ch == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                }
                else
                {
                    field.Append(ch);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add([.. row]);
            }

            return rows;
        }
    }
}
