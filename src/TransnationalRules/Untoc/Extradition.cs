using TransnationalRules.Localization;
using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art16</c> — extradition of a person located in State S.</summary>
/// <remarks>
/// <para>UNTOC art. 16(1): "This article shall apply to the offences covered by this Convention or in cases where an
/// offence referred to in article 3, paragraph 1 a) or b), involves an organized criminal group and the person who is
/// the subject of the request for extradition is located in the territory of the requested State Party, provided that
/// the offence for which extradition is sought is punishable under the domestic law of both the requesting State Party
/// and the requested State Party." 16(7): extradition is subject to the conditions of the requested State's domestic
/// law or applicable treaties, "including, inter alia, conditions in relation to the minimum penalty requirement for
/// extradition and the grounds upon which the requested State Party may refuse extradition."</para>
/// <para>Encoded per <c>abroad</c> entry (DESIGN §3.1) as AllOf(<c>abroad[i].suspects</c>,
/// <c>abroad[i].dualCriminality</c>, some offence meets AllOf(AnyOf(<c>untoc.art3.1.offence</c>, <c>untoc.art2.b</c>),
/// <c>untoc.art3.1.group</c>)). <c>dualCriminality</c> is recorded for the case as a whole: <c>false</c> when any
/// offence relied on is not punishable in S.</para>
/// </remarks>
internal static class Extradition
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art16";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 16(1): \"This article shall apply to the offences covered by this Convention or in cases where an offence referred to in article 3, paragraph 1 a) or b), involves an organized criminal group and the person who is the subject of the request for extradition is located in the territory of the requested State Party, provided that the offence for which extradition is sought is punishable under the domestic law of both the requesting State Party and the requested State Party.\" Art. 16(7): extradition is subject to the conditions of the requested State's domestic law or applicable treaties, \"including, inter alia, conditions in relation to the minimum penalty requirement for extradition and the grounds upon which the requested State Party may refuse extradition.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 16(1): ця стаття застосовується до злочинів, охоплюваних цією Конвенцією, або у випадках, коли злочин, зазначений у підпункті (a) або (b) пункту 1 статті 3, вчинено за участю організованої злочинної групи, а особа, щодо якої запитується видача, перебуває на території запитуваної держави-учасниці, за умови, що діяння, у зв’язку з яким запитується видача, карається згідно з внутрішнім законодавством як запитуючої, так і запитуваної держави-учасниці. Ст. 16(7): видача здійснюється на умовах, передбачених внутрішнім законодавством запитуваної держави-учасниці або застосовними договорами про видачу, зокрема щодо мінімального покарання, необхідного для видачі, та підстав, з яких запитувана держава-учасниця може відмовити у видачі.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Extradition of a person located in the State", "Видача (екстрадиція) особи, яка перебуває в цій державі"),
        "UNTOC art. 16(1)",
        Rule.AllOf(
            Parties.Listed("untoc"),
            Rule.AllOf(
                CooperationFacts.Suspects,
                CooperationFacts.DualCriminality,
                Rule.SomeOffence(Rule.AllOf(Rule.Ref(ConventionOffence.Id) | Rule.Ref(SeriousCrime.Id), Rule.Ref(InvolvesOrganisedCriminalGroup.Id))))),
        Parties.Gated("untoc", Reason),
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static readonly LocalizedText Offence = new(
        "an offence that is a Convention offence or serious crime involving an organised criminal group",
        "правопорушення, що є злочином за Конвенцією або серйозним злочином за участю організованої злочинної групи");

    /// <summary>The three conditions as clauses after "whether" / «чи».</summary>
    private static readonly LocalizedText[] Clauses =
    [
        new("a suspect is located there", "перебуває там підозрюваний"),
        new("the conduct is an offence under its law too (dual criminality)", "є діяння злочином і за її законом (подвійна злочинність)"),
        new("some offence is a Convention offence or serious crime involving an organised criminal group", "є якесь правопорушення злочином за Конвенцією або серйозним злочином за участю організованої злочинної групи"),
    ];

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var s = CooperationFacts.Name(c);
        var @in = CooperationFacts.In(c);
        var parts = e.Children[0].Children;
        LocalizedText Label(int i) => i == 2 ? Offence : parts[i].Rule.Label!;
        LocalizedText With(Outcome o)
        {
            var labels = Enumerable.Range(0, parts.Length).Where(i => parts[i].Outcome == o).Select(Label).ToList();
            return new(string.Join("; ", labels.Select(l => l.En)), string.Join("; ", labels.Select(l => l.Uk)));
        }

        LocalizedText Whether(Outcome o)
        {
            var clauses = Enumerable.Range(0, parts.Length).Where(i => parts[i].Outcome == o).Select(i => Clauses[i]).ToList();
            return new(Say.Join(clauses.Select(l => l.En), "and whether"), "чи " + Say.Join(clauses.Select(l => l.Uk), "і чи"));
        }

        var text = e.Outcome switch
        {
            Outcome.Met => new LocalizedText(
                $"Extradition of a person located in {s.En} can be requested under art. 16(1): a suspect is located there, the conduct is an offence under its law too, and offence {CooperationFacts.Offences(parts[2], Outcome.Met, c.Case).En} is a Convention offence or serious crime involving an organised criminal group. The request remains subject to {s.En}'s own law and treaties, including a minimum penalty and its grounds for refusal (art. 16(7)).",
                $"Можна звернутися із запитом про видачу особи, яка перебуває {@in.Uk} (ст. 16(1) Конвенції ООН проти транснаціональної організованої злочинності): підозрюваний перебуває там, діяння є злочином і за її законом, а правопорушення {CooperationFacts.Offences(parts[2], Outcome.Met, c.Case).Uk} є злочином за Конвенцією або серйозним злочином за участю організованої злочинної групи. Запит залишається підпорядкованим власному праву і договорам запитуваної держави, зокрема вимозі мінімального покарання та підставам для відмови (ст. 16(7))."),
            Outcome.NotMet => new LocalizedText(
                $"Extradition from {s.En} under art. 16(1) is not open: the case rules out: {With(Outcome.NotMet).En}. The Convention's extradition route needs all three; a treaty with {s.En} is not decided here.",
                $"Видача особи, яка перебуває {@in.Uk}, за ст. 16(1) Конвенції ООН проти транснаціональної організованої злочинності не відкрита: у справі встановлено, що бракує умови — {With(Outcome.NotMet).Uk}. Цей шлях потребує всіх трьох умов; договір із цією державою тут не вирішується."),
            _ => new LocalizedText(
                $"Open: extradition from {s.En} under art. 16(1) depends on whether {Whether(Outcome.Unknown).En}. Even when met, it remains subject to {s.En}'s own conditions (art. 16(7)).",
                $"Не встановлено: видача особи, яка перебуває {@in.Uk}, за ст. 16(1) Конвенції ООН проти транснаціональної організованої злочинності залежить від того, {Whether(Outcome.Unknown).Uk}. Навіть за цих умов вона підпорядкована власним умовам запитуваної держави (ст. 16(7))."),
        };
        return text;
    }
}
