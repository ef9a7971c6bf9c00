using TransnationalRules.Localization;
using TransnationalRules.Channels;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art18</c> — mutual legal assistance from State S.</summary>
/// <remarks>
/// <para>UNTOC art. 18(1): "States Parties shall afford one another the widest measure of mutual legal assistance in
/// investigations, prosecutions and judicial proceedings in relation to the offences covered by this Convention as
/// provided for in article 3 and shall reciprocally extend to one another similar assistance where the requesting
/// State Party has reasonable grounds to suspect that the offence referred to in article 3, paragraph 1 a) or b), is
/// transnational in nature, including that victims, witnesses, proceeds, instrumentalities or evidence of such
/// offences are located in the requested State Party and that the offence involves an organized criminal group."
/// 18(8): "States Parties shall not decline to render mutual legal assistance pursuant to this article on the ground
/// of bank secrecy." 18(9): "States Parties may decline to render mutual legal assistance pursuant to this article on
/// the ground of absence of dual criminality."</para>
/// <para>Encoded per <c>abroad</c> entry (DESIGN §3.1) as: some offence meets AllOf(AnyOf(<c>untoc.art3.1.offence</c>,
/// <c>untoc.art2.b</c>), AnyOf(<c>untoc.art3.2</c>, victims, witnesses, proceeds or evidence located in S),
/// <c>untoc.art3.1.group</c>). The second alternative is the ground art. 18(1) names for suspecting transnationality,
/// so assistance can be open while <c>untoc.art3.1</c> is unknown. Dual criminality is not a condition: S may decline
/// without it (18(9)). Ukraine's central authorities under its declaration to art. 18(13): the Office of the Prosecutor
/// General (proceedings during the investigation) and the Ministry of Justice (judicial decisions); the reason names
/// the one for <c>stage</c>, or both.</para>
/// </remarks>
internal static class MutualLegalAssistance
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art18";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 18(1): \"States Parties shall afford one another the widest measure of mutual legal assistance in investigations, prosecutions and judicial proceedings in relation to the offences covered by this Convention as provided for in article 3 and shall reciprocally extend to one another similar assistance where the requesting State Party has reasonable grounds to suspect that the offence referred to in article 3, paragraph 1 a) or b), is transnational in nature, including that victims, witnesses, proceeds, instrumentalities or evidence of such offences are located in the requested State Party and that the offence involves an organized criminal group.\" Art. 18(9): \"States Parties may decline to render mutual legal assistance pursuant to this article on the ground of absence of dual criminality.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 18(1): держави-учасниці надають одна одній найширшу взаємну правову допомогу в розслідуваннях, кримінальному переслідуванні та судовому розгляді у зв’язку зі злочинами, охоплюваними цією Конвенцією, як це передбачено статтею 3, і на взаємній основі надають одна одній подібну допомогу, якщо запитуюча держава-учасниця має розумні підстави підозрювати, що злочин, зазначений у підпункті (a) або (b) пункту 1 статті 3, має транснаціональний характер, зокрема що потерпілі, свідки, доходи, знаряддя злочину або докази таких злочинів перебувають у запитуваній державі-учасниці і що злочин вчинено за участю організованої злочинної групи. Ст. 18(9): держави-учасниці можуть відмовити в наданні взаємної правової допомоги згідно з цією статтею через відсутність подвійної злочинності.";

    /// <summary>Transnational in nature, or a ground to suspect it: victims, witnesses, proceeds or evidence located in S.</summary>
    private static readonly Rule TransnationalOrGround = new AnyOfRule([Rule.Ref(TransnationalInNature.Id), CooperationFacts.LocatedIn],
        new("transnational in nature, or victims, witnesses, proceeds or evidence located in the State", "транснаціональний характер або потерпілі, свідки, доходи чи докази в цій державі"));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Mutual legal assistance", "Взаємна правова допомога"),
        "UNTOC art. 18(1)",
        Rule.AllOf(
            Parties.Listed("untoc"),
            Rule.SomeOffence(Rule.AllOf(
                Rule.Ref(ConventionOffence.Id) | Rule.Ref(SeriousCrime.Id),
                TransnationalOrGround,
                Rule.Ref(InvolvesOrganisedCriminalGroup.Id)))),
        Parties.Gated("untoc", Reason),
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var s = CooperationFacts.Name(c);
        var some = e.Children[0];
        LocalizedText text;
        if (e.Outcome == Outcome.Met)
        {
            // Met for some offence: say whether on transnationality itself or on the location ground alone.
            var met = some.Children.Where(o => o.Outcome == Outcome.Met).ToList();
            var transnational = met.Any(o => o.Children[1].Children[0].Outcome == Outcome.Met);
            var offences = CooperationFacts.Offences(some, Outcome.Met, c.Case);
            var located = Located(met[0].Children[1].Children[1]);
            text = transnational
                ? new(
                    $"Mutual legal assistance can be requested from {s.En} (art. 18(1)): offence {offences.En} is a Convention offence or serious crime, transnational in nature, and involves an organised criminal group.",
                    $"{s.Uk} може надати Україні взаємну правову допомогу на її запит (ст. 18(1) Конвенції ООН проти транснаціональної організованої злочинності): правопорушення {offences.Uk} є злочином за Конвенцією або серйозним злочином, має транснаціональний характер і вчинене за участю організованої злочинної групи.")
                : new(
                    $"Mutual legal assistance can be requested from {s.En} (art. 18(1)) although transnationality is not established: offence {offences.En} is a Convention offence or serious crime involving an organised criminal group, and the location in {s.En} of its {located.En} is a reasonable ground to suspect it is transnational, as art. 18(1) provides.",
                    $"{s.Uk} може надати Україні взаємну правову допомогу на її запит (ст. 18(1) Конвенції ООН проти транснаціональної організованої злочинності), хоча транснаціональний характер не встановлено: правопорушення {offences.Uk} є злочином за Конвенцією або серйозним злочином за участю організованої злочинної групи, а те, що в цій державі перебувають {located.Uk}, — названа у ст. 18(1) розумна підстава підозрювати транснаціональний характер.");
            text = CooperationFacts.Join(text, new(
                $"{Say.Capitalised(s.En)} may still decline for absence of dual criminality (art. 18(9)), but not on the ground of bank secrecy (art. 18(8)).",
                "Запитувана держава може відмовити через відсутність подвійної злочинності (ст. 18(9)), але не з мотивів банківської таємниці (ст. 18(8))."));
        }
        else if (e.Outcome == Outcome.NotMet)
        {
            text = new(
                $"Mutual legal assistance under the Convention is not open with {s.En}: no offence is at once a Convention offence or serious crime, involving an organised criminal group, and transnational in nature or with victims, witnesses, proceeds or evidence located in {s.En} (art. 18(1)). Assistance on another basis (a treaty with {s.En}, the European Convention on Mutual Assistance in Criminal Matters) is not decided here.",
                $"Взаємна правова допомога за Конвенцією тут не відкрита: жодне правопорушення не є водночас злочином за Конвенцією або серйозним злочином, вчиненим за участю організованої злочинної групи, з транснаціональним характером або з потерпілими, свідками, доходами чи доказами в цій державі (ст. 18(1) Конвенції ООН проти транснаціональної організованої злочинності). Допомога на іншій основі (договір із цією державою, Європейська конвенція про взаємну допомогу у кримінальних справах) тут не вирішується.");
        }
        else
        {
            text = new(
                $"Open: for no offence is it yet established that it is a Convention offence or serious crime, involving an organised criminal group, and transnational in nature or with victims, witnesses, proceeds or evidence located in {s.En} (art. 18(1)). Either the offence's transnationality or one of those located in {s.En} would do.",
                $"Не встановлено: для жодного правопорушення ще не встановлено, що воно є злочином за Конвенцією або серйозним злочином за участю організованої злочинної групи, з транснаціональним характером або з потерпілими, свідками, доходами чи доказами в цій державі (ст. 18(1) Конвенції ООН проти транснаціональної організованої злочинності). Достатньо або транснаціонального характеру, або одного з цих зв’язків із цією державою.");
        }

        return CooperationFacts.Join(text, Authority(c.Case.Stage));
    }

    /// <summary>What is located in the State, from the evaluation of the location ground: "evidence and proceeds".</summary>
    private static LocalizedText Located(Evaluation locatedIn)
    {
        string[] en = ["victims", "witnesses", "proceeds", "evidence"];
        string[] uk = ["потерпілі", "свідки", "доходи", "докази"];
        var met = Enumerable.Range(0, locatedIn.Children.Length).Where(i => locatedIn.Children[i].Outcome == Outcome.Met).ToList();
        return new(string.Join(" and ", met.Select(i => en[i])), string.Join(" та ", met.Select(i => uk[i])));
    }

    /// <summary>Ukraine's central authority under its declaration to art. 18(13), by <c>stage</c>; both when it is unknown.</summary>
    internal static LocalizedText Authority(CaseStage? stage) => stage switch
    {
        CaseStage.Pretrial => new(
            "Ukraine's central authority for the request (declaration to art. 18(13)): the Office of the Prosecutor General, for proceedings during the investigation.",
            "Центральний орган України для запиту (заява до ст. 18(13)): Офіс Генерального прокурора — щодо проваджень на стадії досудового розслідування."),
        CaseStage.Trial => new(
            "Ukraine's central authority for the request (declaration to art. 18(13)): the Ministry of Justice of Ukraine, for judicial decisions.",
            "Центральний орган України для запиту (заява до ст. 18(13)): Міністерство юстиції України — щодо судових рішень."),
        _ => new(
            "Ukraine's central authorities (declaration to art. 18(13)): the Office of the Prosecutor General for proceedings during the investigation, the Ministry of Justice of Ukraine for judicial decisions; the stage is not stated.",
            "Центральні органи України (заява до ст. 18(13)): Офіс Генерального прокурора — щодо проваджень на стадії досудового розслідування, Міністерство юстиції України — щодо судових рішень; стадію не зазначено."),
    };
}
