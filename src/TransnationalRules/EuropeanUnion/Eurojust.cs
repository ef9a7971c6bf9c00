using TransnationalRules.Channels;
using TransnationalRules.Logic;
using TransnationalRules.Untoc;

namespace TransnationalRules.EuropeanUnion;

/// <summary><c>eurojust</c> — judicial coordination with State S through Eurojust.</summary>
/// <remarks>
/// <para>Regulation (EU) 2018/1727 art. 3(1) and Annex I (the forms of serious crime in Eurojust's competence), and
/// art. 3(5) on a case affecting one Member State and a third country with a cooperation agreement. Their wording was
/// not read on an official text, so it is not quoted. The EUR-Lex summary of the Regulation (official) says Eurojust
/// supports coordination in serious crime that "affects either one Member State and a non-EU country or one Member
/// State and an international organisation, provided that a cooperation agreement or arrangement has been concluded
/// with that country or organisation"; Eurojust's annual report 2023 lists Ukraine among the 13 third countries with
/// such an agreement, and Eurojust lists Ukraine among the third countries that have seconded a liaison prosecutor.</para>
/// <para>Encoded per <c>abroad</c> entry as AllOf(S is an EU Member State taking part in Eurojust: table
/// <c>eurojust</c>; some offence meets AllOf(its kind is a form of serious crime in Eurojust's competence: table
/// <c>eurojust.forms</c>, <c>untoc.art2.b</c>)). Denmark, an EU Member State outside the Regulation, is marked in the
/// table as not taking part.</para>
/// </remarks>
internal static class Eurojust
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "eurojust";

    /// <summary>The provision, cited without quotation: its wording was not verified.</summary>
    public const string Provision =
        "Regulation (EU) 2018/1727 art. 3(1), 3(5) and Annex I (forms of serious crime in Eurojust's competence); the Agreement on Cooperation between Eurojust and Ukraine (2016). The wording of art. 3 and Annex I was not verified on an official text and is not quoted. EUR-Lex summary of the Regulation: Eurojust's competence covers serious crime that \"affects either one Member State and a non-EU country or one Member State and an international organisation, provided that a cooperation agreement or arrangement has been concluded with that country or organisation\".";

    /// <summary>The provision in Ukrainian.</summary>
    public const string ProvisionUk =
        "Ст. 3(1), 3(5) і додаток I до Регламенту (ЄС) 2018/1727 (форми серйозних злочинів, віднесені до компетенції Євроюсту); Угода про співробітництво між Україною та Євроюстом (2016). Текст ст. 3 і додатка I за офіційним джерелом не звірено, тому він не цитується. Переклад (офіційний український текст не звірено) офіційного резюме EUR-Lex: компетенція Євроюсту охоплює серйозні злочини, що стосуються однієї держави-члена і третьої країни, якщо з цією країною укладено угоду чи домовленість про співробітництво.";

    /// <summary>Some offence of a form of serious crime in Eurojust's competence that is serious crime (art. 2(b)).</summary>
    private static readonly Rule OffenceInCompetence = Rule.SomeOffence(Rule.AllOf(
        new FormLeaf(new("the offence is of a form of serious crime in Eurojust's competence (table eurojust.forms)", "правопорушення належить до форм серйозних злочинів, віднесених до компетенції Євроюсту (таблиця eurojust.forms)"), "eurojust.forms"),
        Rule.Ref(SeriousCrime.Id)));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.State,
        new LocalizedText("Judicial coordination through Eurojust", "Судова координація через Євроюст"),
        "Regulation (EU) 2018/1727 art. 3(1), 3(5), Annex I",
        Rule.AllOf(Parties.Listed("eurojust"), OffenceInCompetence),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
        UkrainianCitation = "ст. 3(1), 3(5), додаток I до Регламенту (ЄС) 2018/1727",
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c) => ChannelReason.Write(e, c,
        new("coordinate the investigation and prosecution with {0} through Eurojust (Agreement on Cooperation between Eurojust and Ukraine)",
            "координувати розслідування і кримінальне переслідування з органами {1} через Євроюст (Угода про співробітництво між Україною та Євроюстом)"),
        [
            new("{0} is an EU Member State taking part in Eurojust", "{0} є державою — членом ЄС, що бере участь у Євроюсті"),
            new("some offence is of a form of serious crime in Eurojust's competence (Annex I of Regulation (EU) 2018/1727) and is serious crime (UNTOC art. 2(b))",
                "якесь кримінальне правопорушення належить до форм серйозних злочинів, віднесених до компетенції Євроюсту (додаток I до Регламенту (ЄС) 2018/1727), і є серйозним злочином (ст. 2(b) Конвенції ООН проти транснаціональної організованої злочинності)"),
        ],
        "eurojust",
        new("Ukraine is among the third countries with a cooperation agreement with Eurojust (Eurojust annual report 2023: https://eurojust.europa.eu/annual-report-2023/cooperation-third-countries).",
            "Україна — серед третіх країн, що мають угоду про співробітництво з Євроюстом (річний звіт Євроюсту за 2023 р.: https://eurojust.europa.eu/annual-report-2023/cooperation-third-countries)."),
        UkrainianBodies.Sender(Id));
}
