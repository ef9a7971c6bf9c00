using TransnationalRules.Channels;
using TransnationalRules.Logic;

namespace TransnationalRules.CouncilOfEurope;

/// <summary><c>coe.jit2001</c> — a joint investigation team with State S under the Second Additional Protocol (2001, ETS No. 182) art. 20.</summary>
/// <remarks>
/// <para>ETS No. 182 art. 20(1): by mutual agreement, the competent authorities of two or more Parties may set up a
/// joint investigation team for a specific purpose and a limited period, to carry out criminal investigations in one
/// or more of the Parties setting up the team (summarised: the wording was read only on copies, so it is not
/// quoted). Ukraine ratified the Protocol by Law No. 3449-VI of 1 June 2011; in force for it since 1 January 2012
/// (<c>reference/COOPERATION.md</c>).</para>
/// <para>Encoded per <c>abroad</c> entry as: S (as folded) is a party by the table <c>coe.ets182</c>. The team needs
/// both Parties' agreement; the case cannot decide that.</para>
/// </remarks>
internal static class JointInvestigationTeams2001
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "coe.jit2001";

    /// <summary>The provision, cited without quotation: its wording was not verified on an official text.</summary>
    public const string Provision =
        "Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182, 2001), art. 20(1): by mutual agreement, the competent authorities of two or more Parties may set up a joint investigation team for a specific purpose and a limited period. A summary: the wording was not verified on an official text and is not quoted.";

    /// <summary>The provision in Ukrainian.</summary>
    public const string ProvisionUk =
        "Другий додатковий протокол до Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 182, 2001), ст. 20(1): за взаємною згодою компетентні органи двох або більше Сторін можуть створити спільну слідчу групу з конкретною метою і на обмежений строк. Стислий виклад: текст за офіційним джерелом не звірено, тому він не цитується.";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Joint investigation team under the Second Additional Protocol of 2001", "Спільна слідча група за Другим додатковим протоколом 2001 року"),
        "ETS No. 182 art. 20",
        Parties.Listed("coe.ets182"),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
        UkrainianCitation = "ст. 20 Другого додаткового протоколу до Європейської конвенції про взаємну допомогу у кримінальних справах (ETS № 182)",
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => ChannelReason.Write(e, c,
        new("set up a joint investigation team with {0} by mutual agreement (ETS No. 182, art. 20)",
            "створити спільну слідчу групу з компетентними органами {1} за взаємною згодою (ETS № 182, ст. 20)"),
        [new("{0} is a party to the Protocol", "{0} є учасницею Протоколу")],
        "coe.ets182",
        new("Ukraine is a party: the Protocol has been in force for it since 1 January 2012. The team needs the agreement of both; it is not an obligation.",
            "Україна є учасницею: Протокол набув чинності для України 1 січня 2012 р. Для створення групи потрібна згода обох сторін; це не обов’язок."),
        UkrainianBodies.Sender(Id));
}
