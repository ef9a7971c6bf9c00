using TransnationalRules.Channels;
using TransnationalRules.Logic;
using TransnationalRules.Untoc;

namespace TransnationalRules.EuropeanUnion;

/// <summary><c>europol</c> — operational exchange with State S through Europol.</summary>
/// <remarks>
/// <para>Regulation (EU) 2016/794 art. 3(1) (Europol's objectives: serious crime affecting two or more Member States,
/// terrorism and forms of crime which affect a common interest covered by a Union policy, as listed in Annex I) and
/// Annex I (the forms of crime). Their English wording was not read on an official text, so it is not quoted; the
/// words above are those of official summaries (EUR-Lex summary of the Regulation; European Parliament Research
/// Service briefing of 2019). Ukraine's Agreement on Operational and Strategic Cooperation with Europol (signed
/// 14 December 2016) was ratified by Law of Ukraine No. 2129-VIII of 12 July 2017 (<c>reference/COOPERATION.md</c>);
/// its own list of areas of crime (its Annex I) was not read.</para>
/// <para>Encoded per <c>abroad</c> entry as AllOf(S exchanges operational data through Europol — an EU Member State in
/// Europol, or a third State with an operational agreement: table <c>europol</c>; some offence meets AllOf(its kind is a
/// form of crime in Europol's competence: table <c>europol.forms</c>, AnyOf(<c>untoc.art2.b</c>,
/// <c>untoc.art3.1.group</c>))). The second alternative reads "serious crime … and forms of crime" of art. 3(1)
/// through the Convention's notions: serious crime, or crime of an organised criminal group.</para>
/// </remarks>
internal static class Europol
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "europol";

    /// <summary>The provision, cited without quotation: its wording was not verified.</summary>
    public const string Provision =
        "Regulation (EU) 2016/794 art. 3(1) and Annex I (forms of crime in Europol's competence); Ukraine's Agreement on Operational and Strategic Cooperation with Europol, ratified by Law of Ukraine No. 2129-VIII of 12 July 2017. The wording of art. 3(1) and Annex I was not verified on an official text and is not quoted.";

    /// <summary>The provision in Ukrainian.</summary>
    public const string ProvisionUk =
        "Ст. 3(1) і додаток I до Регламенту (ЄС) 2016/794 (форми злочинності, віднесені до компетенції Європолу); Угода між Україною та Європейським поліцейським офісом про оперативне та стратегічне співробітництво, ратифікована Законом України № 2129-VIII від 12.07.2017. Текст ст. 3(1) і додатка I за офіційним джерелом не звірено, тому він не цитується.";

    /// <summary>Some offence of a form of crime in Europol's competence that is serious crime or involves an organised criminal group.</summary>
    private static readonly Rule OffenceInCompetence = Rule.SomeOffence(Rule.AllOf(
        new FormLeaf(new("the offence is of a form of crime in Europol's competence (table europol.forms)", "правопорушення належить до форм злочинності, віднесених до компетенції Європолу (таблиця europol.forms)"), "europol.forms"),
        Rule.Ref(SeriousCrime.Id) | Rule.Ref(InvolvesOrganisedCriminalGroup.Id)));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Operational exchange through Europol", "Оперативний обмін інформацією через Європол"),
        "Regulation (EU) 2016/794 art. 3(1), Annex I",
        Rule.AllOf(Parties.Listed("europol"), OffenceInCompetence),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
        UkrainianCitation = "ст. 3(1), додаток I до Регламенту (ЄС) 2016/794",
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => ChannelReason.Write(e, c,
        new("exchange operational information with {0} through Europol (Agreement on Operational and Strategic Cooperation, Law of Ukraine No. 2129-VIII)",
            "обмінюватися оперативною інформацією з компетентними органами {1} через Європол (Угода про оперативне та стратегічне співробітництво, Закон України № 2129-VIII)"),
        [
            new("{0} exchanges operational data through Europol", "{0} обмінюється оперативними даними через Європол"),
            new("some offence is of a form of crime in Europol's competence (Annex I of Regulation (EU) 2016/794) and is serious crime or involves an organised criminal group",
                "якесь кримінальне правопорушення належить до форм злочинності, віднесених до компетенції Європолу (додаток I до Регламенту (ЄС) 2016/794), і є серйозним злочином або вчинене за участю організованої злочинної групи"),
        ],
        "europol",
        new("Whether the areas of crime of Ukraine's own agreement (its Annex I) are the same as Annex I of the Regulation is not verified.",
            "Чи збігаються сфери злочинності за власною угодою України (її додаток I) з додатком I до Регламенту, не перевірено."),
        UkrainianBodies.Sender(Id));
}
