using TransnationalRules.Localization;
using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art13</c> — confiscation of proceeds, property or instrumentalities located in State S.</summary>
/// <remarks>
/// <para>UNTOC art. 13(1)–(2) (summarised): at the request of a State Party "having jurisdiction over an offence
/// covered by this Convention", the requested State Party seeks or gives effect to an order of confiscation of proceeds
/// of crime, property, equipment or other instrumentalities situated in its territory, and identifies, traces and
/// freezes or seizes them "for the purpose of eventual confiscation". 13(3): "The provisions of article 18 of this
/// Convention are applicable, mutatis mutandis, to this article." 13(7): "Cooperation under this article may be refused
/// by a State Party if the offence to which the request relates is not an offence covered by this Convention."</para>
/// <para>Encoded per <c>abroad</c> entry (DESIGN §3.1) as AllOf(<c>abroad[i].proceeds</c>, some offence meets
/// <c>untoc.art3.1</c>).</para>
/// </remarks>
internal static class Confiscation
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art13";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 13(1)–(2) (summarised): at the request of a State Party \"having jurisdiction over an offence covered by this Convention\", the requested State Party seeks or gives effect to an order of confiscation of proceeds of crime, property, equipment or other instrumentalities situated in its territory, and identifies, traces and freezes or seizes them \"for the purpose of eventual confiscation\". Art. 13(7): \"Cooperation under this article may be refused by a State Party if the offence to which the request relates is not an offence covered by this Convention.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 13(1)–(2) (стисло): на прохання держави-учасниці, що має юрисдикцію щодо злочину, охоплюваного цією Конвенцією, запитувана держава-учасниця домагається виконання або виконує постанову про конфіскацію доходів від злочинів, майна, обладнання чи інших знарядь, що перебувають на її території, а також виявляє, відстежує, заморожує або арештовує їх з метою можливої конфіскації. Ст. 13(7): держава-учасниця може відмовити у співробітництві за цією статтею, якщо злочин, якого стосується прохання, не охоплюється цією Конвенцією.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Confiscation of proceeds located in the State", "Конфіскація доходів, що перебувають у цій державі"),
        "UNTOC art. 13(1), 13(7)",
        Rule.AllOf(Parties.Listed("untoc"), Rule.AllOf(CooperationFacts.Proceeds, Rule.SomeOffence(Rule.Ref(ConventionApplies.Id)))),
        Parties.Gated("untoc", Reason),
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var s = CooperationFacts.Name(c);
        var @in = CooperationFacts.In(c);
        var proceeds = e.Children[0].Children[0].Outcome;
        var some = e.Children[0].Children[1];
        var text = e.Outcome switch
        {
            Outcome.Met => new LocalizedText(
                $"{Say.Capitalised(s.En)} can be asked to identify, trace, freeze or seize, and to confiscate, the proceeds, property or instrumentalities located there (art. 13(1), (2)): they are located there, and the Convention applies to offence {CooperationFacts.Offences(some, Outcome.Met, c.Case).En}. Art. 18 applies to the request mutatis mutandis (art. 13(3)).",
                $"Можна звернутися з проханням виявити, відстежити, заморозити або арештувати та конфіскувати доходи, майно чи знаряддя злочину, що перебувають {@in.Uk} (ст. 13(1), (2) Конвенції ООН проти транснаціональної організованої злочинності): вони там перебувають, а Конвенція застосовується до правопорушення {CooperationFacts.Offences(some, Outcome.Met, c.Case).Uk}. До запиту з відповідними змінами застосовується ст. 18 (ст. 13(3))."),
            Outcome.NotMet when proceeds == Outcome.NotMet => new LocalizedText(
                $"Confiscation in {s.En} under art. 13 is not open: no proceeds, property or instrumentalities are located there.",
                $"Конфіскація {@in.Uk} за ст. 13 Конвенції ООН проти транснаціональної організованої злочинності не відкрита: доходи, майно чи знаряддя злочину там не перебувають."),
            Outcome.NotMet => new LocalizedText(
                $"Confiscation in {s.En} under art. 13 is not open: the Convention applies to no offence of the case, and {s.En} may refuse cooperation for an offence it does not cover (art. 13(7)).",
                $"Конфіскація {@in.Uk} за ст. 13 Конвенції ООН проти транснаціональної організованої злочинності не відкрита: Конвенція не застосовується до жодного правопорушення справи, а запитувана держава може відмовити у співробітництві щодо правопорушення, на яке Конвенція не поширюється (ст. 13(7))."),
            _ => new LocalizedText(
                $"Open: confiscation in {s.En} under art. 13 needs proceeds, property or instrumentalities located there and an offence the Convention applies to; {(proceeds == Outcome.Unknown ? "where the proceeds are is not stated" : "the proceeds are there")}{(some.Outcome == Outcome.Unknown ? (proceeds == Outcome.Unknown ? ", and whether the Convention applies is open" : ", but whether the Convention applies is open") : ", although the Convention applies")}.",
                $"Не встановлено: конфіскація {@in.Uk} за ст. 13 Конвенції ООН проти транснаціональної організованої злочинності потребує доходів, майна чи знарядь злочину в цій державі та правопорушення, до якого застосовується Конвенція; {(proceeds == Outcome.Unknown ? "де перебувають доходи, не зазначено" : "доходи там перебувають")}{(some.Outcome == Outcome.Unknown ? (proceeds == Outcome.Unknown ? ", а чи застосовується Конвенція, не встановлено" : ", але чи застосовується Конвенція, не встановлено") : ", хоча Конвенція застосовується")}."),
        };
        return text;
    }
}
