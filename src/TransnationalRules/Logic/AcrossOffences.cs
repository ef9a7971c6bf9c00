using System.Globalization;
using TransnationalRules.Localization;

namespace TransnationalRules.Logic;

/// <summary>
/// The wording of an offence-level criterion decided for a case of several offences, in one place: the criterion's
/// case-level reason ("Met for 2 of 3 offences; one suffices. Offences 'a' and 'b': …") and a report's headline line
/// ("Met for 2 of 3 offences. Offences 'a' and 'b': …") are made from the same lines and the same count.
/// </summary>
internal static class AcrossOffences
{
    /// <summary>
    /// The lines of the offences whose outcome decided the case-level one, in offence order: offences with the same
    /// reason share one line that names them ("Offences 'a' and 'b': …").
    /// </summary>
    /// <param name="deciding">The deciding offences' ids and reasons.</param>
    /// <returns>The lines.</returns>
    public static List<LocalizedText> Lines(IEnumerable<(string Id, LocalizedText Reason)> deciding) =>
        [.. deciding.GroupBy(o => o.Reason).Select(g =>
        {
            var ids = g.Select(o => o.Id).ToList();
            return new LocalizedText(
                $"{(ids.Count == 1 ? "Offence" : "Offences")} {Say.Join(ids.Select(i => Say.Quote(i).En), "and")}: {g.Key.En}",
                $"Правопорушення {Say.Join(ids.Select(i => Say.Quote(i).Uk), "та")}: {g.Key.Uk}");
        })];

    /// <summary>The case-level reason: the count, then every line.</summary>
    /// <param name="outcome">The case-level outcome.</param>
    /// <param name="total">How many offences the case has (at least two).</param>
    /// <param name="deciding">How many of them have that outcome.</param>
    /// <param name="lines">Their <see cref="Lines"/>.</param>
    /// <returns>The reason.</returns>
    public static LocalizedText Reason(Outcome outcome, int total, int deciding, IReadOnlyList<LocalizedText> lines)
    {
        var en = string.Join(" ", lines.Select(l => l.En));
        var uk = string.Join(" ", lines.Select(l => l.Uk));
        var (k, of) = Tally(deciding, total);
        var rest = deciding < total;
        return outcome switch
        {
            Outcome.Met => new($"Met for {k} {of.En}; one suffices. {en}", $"Виконано для {k} {of.Uk}; достатньо одного. {uk}"),
            Outcome.NotMet => new($"Not met for any of the {total.ToString(CultureInfo.InvariantCulture)} offences. {en}", $"Не виконано для жодного {of.Uk}. {uk}"),
            _ => new(
                $"Not yet established: open for {k} {of.En}{(rest ? "; not met for the others" : string.Empty)}. {en}",
                $"Не встановлено: питання відкрите для {k} {of.Uk}{(rest ? "; для решти — ні" : string.Empty)}. {uk}"),
        };
    }

    /// <summary>
    /// A headline's one line: for a met or open outcome, the count and the first line ("Met for 1 of 2 offences.
    /// Offence 'fraud': …"); not met, the whole <paramref name="reason"/> (every offence failed it alike), as it reads
    /// after a badge that says the outcome (<see cref="LocalizedText.AfterBadge"/>).
    /// </summary>
    /// <param name="outcome">The case-level outcome.</param>
    /// <param name="total">How many offences the case has (at least two).</param>
    /// <param name="deciding">How many of them have that outcome.</param>
    /// <param name="lines">Their <see cref="Lines"/>.</param>
    /// <param name="reason">The case-level <see cref="Reason"/>.</param>
    /// <returns>The line.</returns>
    public static LocalizedText Headline(Outcome outcome, int total, int deciding, IReadOnlyList<LocalizedText> lines, LocalizedText reason)
    {
        if (outcome == Outcome.NotMet || lines.Count == 0)
        {
            return reason.AfterBadge ?? reason;
        }

        var (k, of) = Tally(deciding, total);
        return outcome == Outcome.Met
            ? new($"Met for {k} {of.En}. {lines[0].En}", $"Виконано для {k} {of.Uk}. {lines[0].Uk}")
            : new($"Open for {k} {of.En}. {lines[0].En}", $"Відкрито для {k} {of.Uk}. {lines[0].Uk}");
    }

    /// <summary>"k" and "of n offences" / «з n правопорушень».</summary>
    private static (string K, LocalizedText Of) Tally(int deciding, int total)
    {
        var n = total.ToString(CultureInfo.InvariantCulture);
        return (deciding.ToString(CultureInfo.InvariantCulture), new LocalizedText(
            $"of {n} {(total == 1 ? "offence" : "offences")}",
            $"з {n} {Say.UkPlural(total, "правопорушення", "правопорушень", "правопорушень")}"));
    }
}
