using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.CouncilOfEurope;

/// <summary><c>coe.mla1959</c> — mutual assistance from State S under the European Convention on Mutual Assistance in Criminal Matters (1959, ETS No. 030).</summary>
/// <remarks>
/// <para>ETS No. 030 art. 1(1): the Parties undertake to afford each other the widest measure of mutual assistance in
/// proceedings in respect of offences whose punishment falls within the jurisdiction of the judicial authorities of the
/// requesting Party (summarised: the wording was read only on copies, so it is not quoted; between parties to the
/// Second Additional Protocol the article reads as replaced by its art. 1). In force for Ukraine since 9 June 1998
/// (<c>reference/COOPERATION.md</c>).</para>
/// <para>Encoded per <c>abroad</c> entry as: S (as folded) is a party by the table <c>coe.ets030</c>. The Convention
/// needs neither transnationality nor an organised criminal group: it is the usual basis of Ukraine's requests to
/// European States, beside UNTOC art. 18.</para>
/// </remarks>
internal static class MutualAssistance1959
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "coe.mla1959";

    /// <summary>The provision, cited without quotation: its wording was not verified on an official text.</summary>
    public const string Provision =
        "European Convention on Mutual Assistance in Criminal Matters (ETS No. 030, 1959), art. 1(1): mutual assistance in proceedings in respect of offences whose punishment falls within the jurisdiction of the judicial authorities of the requesting Party. A summary: the wording was not verified on an official text and is not quoted.";

    /// <summary>The provision in Ukrainian.</summary>
    public const string ProvisionUk =
        "Європейська конвенція про взаємну допомогу у кримінальних справах (ETS № 030, 1959), ст. 1(1): взаємна допомога у провадженнях щодо правопорушень, покарання за які належить до юрисдикції судових органів запитуючої Сторони. Стислий виклад: текст за офіційним джерелом не звірено, тому він не цитується.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Mutual assistance under the European Convention of 1959", "Взаємна допомога за Європейською конвенцією 1959 року"),
        "ETS No. 030 art. 1(1)",
        Parties.Listed("coe.ets030"),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
        UkrainianCitation = "ст. 1(1) Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 030)",
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => ChannelReason.Write(e, c,
        new("request mutual assistance in criminal matters from {0} under the European Convention on Mutual Assistance in Criminal Matters (ETS No. 030, art. 1(1))",
            "звернутися із запитом про взаємну допомогу у кримінальних справах до компетентних органів {1} за Європейською конвенцією про взаємну допомогу у кримінальних справах (ETS № 030, ст. 1(1))"),
        [new("{0} is a party to it", "{0} є її учасницею")],
        "coe.ets030",
        new("Ukraine is a party: the Convention has been in force for it since 9 June 1998. It needs neither transnationality nor an organised criminal group.",
            "Україна є її учасницею: Конвенція набула чинності для України 9 червня 1998 р. Вона не вимагає ні транснаціонального характеру, ні участі організованої злочинної групи."),
        UkrainianBodies.Sender(Id, c.Case.Stage));
}
