using TransnationalRules.Localization;
using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art19</c> — a joint investigation with State S.</summary>
/// <remarks>
/// <para>UNTOC art. 19: "States Parties shall consider concluding bilateral or multilateral agreements or arrangements
/// whereby, in relation to matters that are the subject of investigations, prosecutions or judicial proceedings in one
/// or more States, the competent authorities concerned may establish joint investigative bodies. In the absence of
/// such agreements or arrangements, joint investigations may be undertaken by agreement on a case-by-case basis."</para>
/// <para>Encoded per <c>abroad</c> entry (DESIGN §3.1) as: some offence meets <c>untoc.art3.1</c>. "In one or more
/// States" means proceedings in S are not a condition; the reason says whether S has proceedings open.</para>
/// </remarks>
internal static class JointInvestigation
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art19";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 19: \"States Parties shall consider concluding bilateral or multilateral agreements or arrangements whereby, in relation to matters that are the subject of investigations, prosecutions or judicial proceedings in one or more States, the competent authorities concerned may establish joint investigative bodies. In the absence of such agreements or arrangements, joint investigations may be undertaken by agreement on a case-by-case basis.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 19: держави-учасниці розглядають можливість укладення двосторонніх або багатосторонніх угод чи домовленостей, згідно з якими щодо справ, які є предметом розслідування, кримінального переслідування або судового розгляду в одній або декількох державах, відповідні компетентні органи можуть створювати органи для проведення спільних розслідувань. За відсутності таких угод чи домовленостей спільні розслідування можуть проводитися за згодою в кожному окремому випадку.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Joint investigation", "Спільне розслідування"),
        "UNTOC art. 19",
        Rule.AllOf(Parties.Listed("untoc"), Rule.SomeOffence(Rule.Ref(ConventionApplies.Id))),
        Parties.Gated("untoc", Reason),
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var abroad = c.RequireAbroad();
        var s = CooperationFacts.Name(c);
        var @in = CooperationFacts.In(c);
        var some = e.Children[0];
        var text = e.Outcome switch
        {
            Outcome.Met => new LocalizedText(
                $"A joint investigation with {s.En} can be set up under an agreement or arrangement, or by agreement case by case (art. 19): the Convention applies to offence {CooperationFacts.Offences(some, Outcome.Met, c.Case).En}. It needs {s.En}'s agreement; it is not an obligation.",
                $"Спільне розслідування з компетентними органами {@in.Uk} можна створити на підставі угоди чи домовленості або за згодою в кожному окремому випадку (ст. 19 Конвенції ООН проти транснаціональної організованої злочинності): Конвенція застосовується до правопорушення {CooperationFacts.Offences(some, Outcome.Met, c.Case).Uk}. Для цього потрібна згода запитуваної держави; це не обов’язок."),
            Outcome.NotMet => new LocalizedText(
                $"A joint investigation with {s.En} under art. 19 is not open: the Convention applies to no offence of the case. One under another agreement is not decided here.",
                $"Спільне розслідування з компетентними органами {@in.Uk} за ст. 19 Конвенції ООН проти транснаціональної організованої злочинності не відкрите: Конвенція не застосовується до жодного правопорушення справи. Спільне розслідування на підставі іншої угоди тут не вирішується."),
            _ => new LocalizedText(
                $"Open: a joint investigation with {s.En} under art. 19 waits on whether the Convention applies to some offence (art. 3(1)).",
                $"Не встановлено: спільне розслідування з компетентними органами {@in.Uk} за ст. 19 Конвенції ООН проти транснаціональної організованої злочинності залежить від того, чи застосовується Конвенція до якогось правопорушення (ст. 3(1))."),
        };
        var proceedings = abroad.Proceedings switch
        {
            true => new LocalizedText(
                $"{Say.Capitalised(s.En)} has proceedings open on the matter.",
                "У цій державі відкрито кримінальне провадження у цій справі."),
            false => new LocalizedText(
                $"{Say.Capitalised(s.En)} has no proceedings open on the matter; art. 19 does not require them (matters under investigation \"in one or more States\").",
                "У цій державі кримінального провадження у цій справі не відкрито; ст. 19 цього не вимагає (розслідування «в одній або кількох державах»)."),
            null => new LocalizedText(
                $"Whether {s.En} has proceedings open on the matter is not stated; art. 19 does not require them.",
                "Чи відкрито кримінальне провадження в цій державі, не зазначено; ст. 19 цього не вимагає."),
        };
        return CooperationFacts.Join(text, proceedings);
    }
}
