using TransnationalRules.Logic;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.1</c> — the Convention applies to the offence.</summary>
/// <remarks>
/// <para>UNTOC art. 3(1): "This Convention shall apply, except as otherwise stated herein, to the prevention,
/// investigation and prosecution of: (a) The offences established in accordance with articles 5, 6, 8 and 23 of this
/// Convention; and (b) Serious crime as defined in article 2 of this Convention; where the offence is transnational
/// in nature and involves an organized criminal group."</para>
/// <para>Encoded per offence as AllOf(AnyOf(<c>untoc.art3.1.offence</c>, <c>untoc.art2.b</c>), <c>untoc.art3.2</c>,
/// <c>untoc.art3.1.group</c>): one offence must be all three. Not met is not "no cooperation": art. 18(1) allows
/// mutual legal assistance on reasonable grounds to suspect transnationality, including victims, witnesses, proceeds
/// or evidence located in the requested State.</para>
/// </remarks>
internal static class ConventionApplies
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.1";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 3(1): \"This Convention shall apply, except as otherwise stated herein, to the prevention, investigation and prosecution of: (a) The offences established in accordance with articles 5, 6, 8 and 23 of this Convention; and (b) Serious crime as defined in article 2 of this Convention; where the offence is transnational in nature and involves an organized criminal group.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(1): ця Конвенція, якщо в ній не передбачено іншого, застосовується до запобігання, розслідування і кримінального переслідування: (a) злочинів, визнаних такими відповідно до статей 5, 6, 8 і 23 цієї Конвенції; і (b) серйозних злочинів, як їх визначено у статті 2 цієї Конвенції; якщо ці злочини мають транснаціональний характер і вчинені за участю організованої злочинної групи.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("The Convention applies", "Конвенція застосовується"),
        "UNTOC art. 3(1)",
        Rule.AllOf(
            Rule.Ref(ConventionOffence.Id) | Rule.Ref(SeriousCrime.Id),
            Rule.Ref(TransnationalInNature.Id),
            Rule.Ref(InvolvesOrganisedCriminalGroup.Id)),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var parts = e.Children[0].Children;
        string En(int i) => i switch { 0 => "a Convention offence or serious crime", 1 => "transnational nature", _ => "involvement of an organised criminal group" };
        string Uk(int i) => i switch { 0 => "злочин за Конвенцією або серйозний злочин", 1 => "транснаціональний характер", _ => "участь організованої злочинної групи" };
        IEnumerable<int> With(Outcome o) => Enumerable.Range(0, parts.Length).Where(i => parts[i].Outcome == o);
        return e.Outcome switch
        {
            Outcome.Met => new(
                "The Convention applies: the offence is a Convention offence or serious crime, transnational in nature, and involves an organised criminal group.",
                "Конвенція застосовується: правопорушення є злочином за Конвенцією або серйозним злочином, має транснаціональний характер і вчинене за участю організованої злочинної групи."),
            Outcome.NotMet => new(
                $"The Convention does not apply to this offence: the case rules out: {string.Join("; ", With(Outcome.NotMet).Select(En))}. This does not bar cooperation: art. 18(1) allows mutual legal assistance on reasonable grounds to suspect transnationality.",
                $"Конвенція не застосовується до цього правопорушення: відсутня ознака — {string.Join("; ", With(Outcome.NotMet).Select(Uk))}. Це не виключає співробітництва: ст. 18(1) допускає взаємну правову допомогу за наявності розумних підстав підозрювати транснаціональний характер."),
            _ => new(
                $"Whether the Convention applies is not yet established: still to be established — {string.Join("; ", With(Outcome.Unknown).Select(En))}. Art. 18(1) allows mutual legal assistance on reasonable grounds to suspect transnationality meanwhile.",
                $"Чи застосовується Конвенція, не встановлено: ще потрібно з’ясувати — {string.Join("; ", With(Outcome.Unknown).Select(Uk))}. Тим часом ст. 18(1) допускає взаємну правову допомогу за наявності розумних підстав підозрювати транснаціональний характер."),
        };
    }
}
