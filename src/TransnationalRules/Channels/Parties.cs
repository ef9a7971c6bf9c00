using System.Globalization;
using TransnationalRules.Logic;
using TransnationalRules.Untoc;

namespace TransnationalRules.Channels;

/// <summary>
/// The party and membership conditions of the cooperation channels (issue 19): one table leaf per table, and the
/// sentence a reason gives for the table's answer — a party since a date per its source, not a party, or no verified
/// entry (a gap in the data, never an assumption).
/// </summary>
internal static class Parties
{
    /// <summary>What being listed in each party table means, as a predicate after the State's name.</summary>
    private static readonly Dictionary<string, (LocalizedText Is, LocalizedText IsNot, LocalizedText Label)> Tables = new(StringComparer.Ordinal)
    {
        ["untoc"] = (
            new("is a State Party to the UN Convention against Transnational Organized Crime", "є державою — учасницею Конвенції ООН проти транснаціональної організованої злочинності"),
            new("is not a State Party to the UN Convention against Transnational Organized Crime", "не є державою — учасницею Конвенції ООН проти транснаціональної організованої злочинності"),
            new("the State is a party to the Convention (table untoc)", "держава є учасницею Конвенції (таблиця untoc)")),
        ["interpol"] = (
            new("is a member of Interpol", "є членом Інтерполу"),
            new("is not a member of Interpol", "не є членом Інтерполу"),
            new("the State is an Interpol member (table interpol)", "держава є членом Інтерполу (таблиця interpol)")),
        ["europol"] = (
            new("exchanges operational data through Europol (an EU Member State in Europol, or a third State with an operational agreement)", "обмінюється оперативними даними через Європол (держава — член ЄС у Європолі або третя держава з угодою про оперативне співробітництво)"),
            new("does not exchange operational data through Europol", "не обмінюється оперативними даними через Європол"),
            new("the State exchanges operational data through Europol (table europol)", "держава обмінюється оперативними даними через Європол (таблиця europol)")),
        ["eurojust"] = (
            new("is an EU Member State taking part in Eurojust", "є державою — членом ЄС, що бере участь у Євроюсті"),
            new("is not an EU Member State taking part in Eurojust", "не є державою — членом ЄС, що бере участь у Євроюсті"),
            new("the State is an EU Member State in Eurojust (table eurojust)", "держава — член ЄС у Євроюсті (таблиця eurojust)")),
        ["coe.ets030"] = (
            new("is a party to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 030)", "є учасницею Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 030)"),
            new("is not a party to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 030)", "не є учасницею Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 030)"),
            new("the State is a party to ETS No. 030 (table coe.ets030)", "держава є учасницею ETS № 030 (таблиця coe.ets030)")),
        ["coe.ets024"] = (
            new("is a party to the European Convention on Extradition (ETS No. 024)", "є учасницею Європейської конвенції про видачу правопорушників (ETS № 024)"),
            new("is not a party to the European Convention on Extradition (ETS No. 024)", "не є учасницею Європейської конвенції про видачу правопорушників (ETS № 024)"),
            new("the State is a party to ETS No. 024 (table coe.ets024)", "держава є учасницею ETS № 024 (таблиця coe.ets024)")),
        ["coe.ets182"] = (
            new("is a party to the Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182)", "є учасницею Другого додаткового протоколу до Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 182)"),
            new("is not a party to the Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182)", "не є учасницею Другого додаткового протоколу до Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 182)"),
            new("the State is a party to ETS No. 182 (table coe.ets182)", "держава є учасницею ETS № 182 (таблиця coe.ets182)")),
    };

    private static readonly string[] UkMonths = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"];

    /// <summary>The leaf "S is listed in <paramref name="table"/>", S the State of the <c>abroad</c> entry as folded.</summary>
    public static Rule Listed(string table) => new PartyLeaf(Tables[table].Label, table);

    /// <summary>
    /// The table's answer for the State of the <c>abroad</c> entry: "Poland is a party to … (in force for it since 1 May
    /// 1998; source: URL)."; "… is not a party …"; or that the table has no verified entry, so it is not established.
    /// </summary>
    public static LocalizedText Status(string table, RuleContext c)
    {
        var entry = c.RequireAbroad().State;
        var state = c.Territories.StateOf(entry);
        var name = CooperationFacts.Name(state);
        var (@is, isNot, _) = Tables[table];
        var row = c.Treaties.Find(table, state, TreatyTables.PartyTableIds);
        if (row is null)
        {
            return new(
                $"Whether {name.En} {@is.En} is not established: the table {table} has no verified entry for {name.En} (a gap in the data, not a fact of the case).",
                $"Чи {name.Uk} {@is.Uk}, не встановлено: таблиця {table} не має перевіреного запису щодо цієї держави (прогалина в даних, а не факт справи).");
        }

        if (!row.Listed)
        {
            return new($"{Localization.Say.Capitalised(name.En)} {isNot.En} (source: {row.Source}).", $"{name.Uk} {isNot.Uk} (джерело: {row.Source}).");
        }

        return new($"{Localization.Say.Capitalised(name.En)} {@is.En} ({Since(row, uk: false)}source: {row.Source}).", $"{name.Uk} {@is.Uk} ({Since(row, uk: true)}джерело: {row.Source}).");
    }

    /// <summary>
    /// A reason for AllOf(S listed in <paramref name="table"/>, a rule), written from <paramref name="inner"/>'s reason
    /// for the rule alone: as it is when S is listed, "not open" when S is marked as not, and with the gap said when the
    /// table has no entry.
    /// </summary>
    public static Func<Evaluation, RuleContext, LocalizedText> Gated(string table, Func<Evaluation, RuleContext, LocalizedText> inner) => (e, c) =>
    {
        var all = e.Children[0];
        var party = all.Children[0];
        var rest = all.Children[1];
        var view = new Evaluation(e.Rule, rest.Outcome, e.OffenceIndex, [rest], rest.Evidence, rest.MissingFacts, e.AbroadIndex);
        var status = Status(table, c);
        var name = CooperationFacts.Name(c.RequireAbroad().State);
        return party.Outcome switch
        {
            Outcome.Met => CooperationFacts.Join(inner(view, c), status),
            Outcome.NotMet => CooperationFacts.Join(new LocalizedText(
                $"This route under the Convention is not open with {name.En}: it runs between States Parties.",
                "Цей шлях за Конвенцією не відкритий: він діє лише між державами-учасницями."), status),
            _ when rest.Outcome == Outcome.Met => CooperationFacts.Join(new LocalizedText(
                $"Open: the route would be open if {name.En} is a State Party. {inner(view, c).En}",
                $"Не встановлено: шлях відкритий, якщо {name.Uk} є державою-учасницею. {inner(view, c).Uk}"), status),
            _ => CooperationFacts.Join(inner(view, c), status),
        };
    };

    private static string Since(TreatyTables.Row row, bool uk)
    {
        if (row.Since is not DateOnly d)
        {
            return string.Empty;
        }

        var year = d.Year.ToString(CultureInfo.InvariantCulture);
        var date = row.YearOnly
            ? (uk ? $"{year} р." : year)
            : uk ? $"{d.Day.ToString(CultureInfo.InvariantCulture)} {UkMonths[d.Month - 1]} {year} р." : $"{d.Day.ToString(CultureInfo.InvariantCulture)} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month)} {year}";
        return (row.SinceKind, uk) switch
        {
            ("deposit", false) => $"instrument of ratification or accession deposited {(row.YearOnly ? "in" : "on")} {date}; ",
            ("deposit", true) => $"документ про ратифікацію чи приєднання здано на зберігання: {date}; ",
            ("entryIntoForce", false) => $"in force for it since {date}; ",
            ("entryIntoForce", true) => $"набуття чинності для неї: {date}; ",
            ("membership", false) => $"a member since {date}; ",
            ("membership", true) => $"член з {date}; ",
            (_, false) => $"since {date}; ",
            _ => $"з {date}; ",
        };
    }
}
