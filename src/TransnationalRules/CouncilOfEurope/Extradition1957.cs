using TransnationalRules.Channels;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Untoc;

namespace TransnationalRules.CouncilOfEurope;

/// <summary><c>coe.extradition1957</c> — extradition of a person located in State S under the European Convention on Extradition (1957, ETS No. 024).</summary>
/// <remarks>
/// <para>ETS No. 024 art. 2(1): extradition is granted for offences punishable under the laws of both the requesting
/// and the requested Party by deprivation of liberty or a detention order for a maximum period of at least one year or
/// a more severe penalty (summarised: the wording was read only on copies, so it is not quoted). Ukraine ratified the
/// Convention by Law No. 43/98-ВР with a reservation: extradition only for offences punishable by a maximum of at least
/// one year (<c>reference/COOPERATION.md</c>); it entered into force for Ukraine on 9 June 1998 (UK SI 1999/2035).</para>
/// <para>Encoded per <c>abroad</c> entry as AllOf(S is a party: table <c>coe.ets024</c>; <c>abroad[i].suspects</c>;
/// <c>abroad[i].dualCriminality</c>; some offence has a maximum of at least one year: <c>lifeImprisonment</c> true or
/// <c>maximumPenaltyYears</c> ≥ 1, not met when below one year and life imprisonment is not available, unknown when
/// the maximum is not stated). The maximum is Ukraine's (DESIGN §3); the requested Party's own maximum is part of
/// <c>dualCriminality</c> only as far as the case records it.</para>
/// </remarks>
internal static class Extradition1957
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "coe.extradition1957";

    /// <summary>The provision, cited without quotation: its wording was not verified on an official text.</summary>
    public const string Provision =
        "European Convention on Extradition (ETS No. 024, 1957), art. 2(1): extradition for offences punishable under the laws of both Parties by deprivation of liberty for a maximum period of at least one year or a more severe penalty. A summary: the wording was not verified on an official text and is not quoted.";

    /// <summary>The provision in Ukrainian.</summary>
    public const string ProvisionUk =
        "Європейська конвенція про видачу правопорушників (ETS № 024, 1957), ст. 2(1): видача за правопорушення, які за законами обох Сторін караються позбавленням волі на максимальний строк не менше одного року або суворішим покаранням. Стислий виклад: текст за офіційним джерелом не звірено, тому він не цитується.";

    /// <summary>The offence is punishable by a maximum of at least one year, or by life imprisonment.</summary>
    private static readonly Rule OneYear = Rule.SomeOffence(Rule.AnyOf(
        Leaf.Flag(OffenceField.LifeImprisonment, new("punishable by life imprisonment", "карається довічним позбавленням волі")),
        Leaf.AtLeast(OffenceField.MaximumPenaltyYears, 1, new("punishable by a maximum of at least one year", "карається позбавленням волі на максимальний строк не менше одного року"))));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Extradition under the European Convention of 1957", "Видача за Європейською конвенцією 1957 року"),
        "ETS No. 024 art. 2(1)",
        Rule.AllOf(Parties.Listed("coe.ets024"), CooperationFacts.Suspects, CooperationFacts.DualCriminality, OneYear),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
        UkrainianCitation = "ст. 2(1) Європейської конвенції про видачу правопорушників (ETS № 024)",
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => ChannelReason.Write(e, c,
        new("request from {0} the extradition of a person located there under the European Convention on Extradition (ETS No. 024, art. 2(1))",
            "звернутися із запитом про видачу особи, яка перебуває {1}, за Європейською конвенцією про видачу правопорушників (ETS № 024, ст. 2(1))"),
        [
            new("{0} is a party to it", "{0} є її учасницею"),
            new("a suspect is located there", "підозрюваний перебуває там"),
            new("the conduct is an offence under its law too (dual criminality)", "діяння є злочином і за її законом (подвійна злочинність)"),
            new("some offence is punishable by a maximum of at least one year's deprivation of liberty or by life imprisonment", "якесь кримінальне правопорушення карається позбавленням волі на максимальний строк не менше одного року або довічним позбавленням волі"),
        ],
        "coe.ets024",
        new("Ukraine is a party (in force for it since 9 June 1998) and extradites only for offences punishable by a maximum of at least one year (its reservation). The request remains subject to the Convention's grounds for refusal.",
            "Україна є її учасницею (набуття чинності для України: 9 червня 1998 р.) і видає лише за правопорушення, що караються позбавленням волі на максимальний строк не менше одного року (її застереження). Запит залишається підпорядкованим підставам для відмови, передбаченим Конвенцією."),
        UkrainianBodies.Sender(Id));
}
