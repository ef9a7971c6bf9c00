using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art27</c> — law-enforcement cooperation with State S, the Convention as its basis where no agreement with S exists.</summary>
/// <remarks>
/// <para>UNTOC art. 27(1): States Parties "shall cooperate closely with one another … to enhance the effectiveness of
/// law enforcement action", in particular (a) channels of communication for the secure and rapid exchange of
/// information; (b) inquiries into the identity, whereabouts and activities of suspects and the movement of proceeds
/// and instrumentalities. Art. 27(2): "In the absence of such agreements or arrangements between the States Parties
/// concerned, the Parties may consider this Convention as the basis for mutual law enforcement cooperation in respect
/// of the offences covered by this Convention."</para>
/// <para>Encoded per <c>abroad</c> entry (DESIGN §3.1) as: some offence meets <c>untoc.art3.1</c>. Existing agreements
/// (Europol, Interpol, bilateral) are informational, not conditions; S's party status is assumed, not checked.</para>
/// </remarks>
internal static class LawEnforcementCooperation
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art27";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 27(2): \"In the absence of such agreements or arrangements between the States Parties concerned, the Parties may consider this Convention as the basis for mutual law enforcement cooperation in respect of the offences covered by this Convention.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 27(2): за відсутності таких угод чи домовленостей між відповідними державами-учасницями ці держави можуть розглядати цю Конвенцію як основу для взаємного співробітництва між правоохоронними органами щодо злочинів, охоплюваних цією Конвенцією.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Law-enforcement cooperation, the Convention as its basis", "Співробітництво між правоохоронними органами на основі Конвенції"),
        "UNTOC art. 27(2)",
        Rule.AllOf(Parties.Listed("untoc"), Rule.SomeOffence(Rule.Ref(ConventionApplies.Id))),
        Parties.Gated("untoc", Reason),
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var s = CooperationFacts.Name(c);
        var @in = CooperationFacts.In(c);
        var some = e.Children[0];
        var text = e.Outcome switch
        {
            Outcome.Met => new LocalizedText(
                $"Where Ukraine and {s.En} have no agreement or arrangement on law-enforcement cooperation, the Convention can be its basis (art. 27(2)): the Convention applies to offence {CooperationFacts.Offences(some, Outcome.Met, c.Case).En} (art. 3(1)). This covers channels for the rapid exchange of information and inquiries into suspects and the movement of proceeds (art. 27(1)); it is not a request for evidence, which is mutual legal assistance (art. 18).",
                $"Якщо Україна та {s.Uk} не мають угоди чи домовленості про співробітництво правоохоронних органів, його основою може бути Конвенція (ст. 27(2) Конвенції ООН проти транснаціональної організованої злочинності): Конвенція застосовується до правопорушення {CooperationFacts.Offences(some, Outcome.Met, c.Case).Uk} (ст. 3(1)). Це канали швидкого обміну інформацією та з’ясування відомостей про підозрюваних і рух доходів (ст. 27(1)); це не запит про докази, для якого є взаємна правова допомога (ст. 18)."),
            Outcome.NotMet => new LocalizedText(
                $"The Convention cannot be the basis of law-enforcement cooperation with {s.En} under art. 27(2): it applies to no offence of the case (art. 3(1)). Cooperation on another basis (an agreement with {s.En}, Interpol channels) is not decided here.",
                $"Конвенція не може бути основою співробітництва з правоохоронними органами {@in.Uk} за ст. 27(2) Конвенції ООН проти транснаціональної організованої злочинності: вона не застосовується до жодного правопорушення справи (ст. 3(1)). Співробітництво на іншій основі (угода з цією державою, канали Інтерполу) тут не вирішується."),
            _ => new LocalizedText(
                $"Open: whether the Convention applies to some offence (art. 3(1)), and so whether it can be the basis of law-enforcement cooperation with {s.En} (art. 27(2)), is not yet established.",
                $"Не встановлено: чи застосовується Конвенція до якогось правопорушення (ст. 3(1)), а отже, чи може вона бути основою співробітництва з правоохоронними органами {@in.Uk} (ст. 27(2) Конвенції ООН проти транснаціональної організованої злочинності)."),
        };
        return text;
    }
}
