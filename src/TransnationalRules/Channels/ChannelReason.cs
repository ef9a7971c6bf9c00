using System.Globalization;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Untoc;

namespace TransnationalRules.Channels;

/// <summary>
/// The reason of a channel criterion (issue 19) whose body is AllOf(conditions): open when all are met, not open naming
/// what the case or the tables rule out, or open to decide naming what is still open — then the party status of the
/// State per its table, the notes of the channel, and the body in Ukraine that sends the request.
/// </summary>
internal static class ChannelReason
{
    /// <summary>Writes the reason.</summary>
    /// <param name="e">The criterion's evaluation.</param>
    /// <param name="c">Its context (an <c>abroad</c> entry).</param>
    /// <param name="channel">What Ukraine can do, as a verb phrase: en "exchange police information with {0} through …", uk «обмінюватися … з поліцією {1} …» ({0} the State's name, {1} "in Poland" / «у Польщі»).</param>
    /// <param name="conditions">Each condition of the body (one, or each child of its AllOf), as a clause with the same placeholders.</param>
    /// <param name="table">The party table the first condition reads.</param>
    /// <param name="notes">Sentences that always follow (what the outcome does not mean).</param>
    /// <param name="sender">The body that sends the request.</param>
    public static LocalizedText Write(Evaluation e, RuleContext c, LocalizedText channel, LocalizedText[] conditions, string table, LocalizedText notes, LocalizedText sender)
    {
        var s = CooperationFacts.Name(c);
        var @in = CooperationFacts.In(c);
        LocalizedText Fill(LocalizedText t) => new(
            string.Format(CultureInfo.InvariantCulture, t.En, s.En, @in.En),
            string.Format(CultureInfo.InvariantCulture, t.Uk, s.Uk, @in.Uk));
        var filled = conditions.Select(Fill).ToArray();
        var body = e.Children[0];
        var parts = filled.Length == 1 ? [body] : body.Children;
        LocalizedText With(Outcome o)
        {
            var list = Enumerable.Range(0, parts.Length).Where(i => parts[i].Outcome == o).Select(i => filled[i]).ToList();
            return new(Say.Join(list.Select(l => l.En), "and"), Say.Join(list.Select(l => l.Uk), "і"));
        }

        var all = new LocalizedText(Say.Join(filled.Select(l => l.En), "and"), Say.Join(filled.Select(l => l.Uk), "і"));
        var op = Fill(channel);
        var text = e.Outcome switch
        {
            // The first condition (listed in the party table) is said by the status sentence that follows.
            Outcome.Met when filled.Length == 1 => new LocalizedText($"Ukraine can {op.En}.", $"Можна {op.Uk}."),
            Outcome.Met => new LocalizedText(
                $"Ukraine can {op.En}: {Say.Join(filled.Skip(1).Select(l => l.En), "and")}.",
                $"Можна {op.Uk}: {Say.Join(filled.Skip(1).Select(l => l.Uk), "і")}."),
            Outcome.NotMet => new LocalizedText(
                $"Not open: Ukraine can {op.En} only when {all.En}; the case or the tables rule out: {With(Outcome.NotMet).En}.",
                $"Не відкрито: {op.Uk} можна лише за умови, що {all.Uk}; справа або таблиці це виключають: {With(Outcome.NotMet).Uk}."),
            _ => new LocalizedText(
                $"Open: Ukraine can {op.En} when {all.En}; not yet established: {With(Outcome.Unknown).En}.",
                $"Не встановлено: {op.Uk} можна, якщо {all.Uk}; ще не встановлено: {With(Outcome.Unknown).Uk}."),
        };
        return CooperationFacts.Join(text, Parties.Status(table, c), notes, sender);
    }
}
