using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Ukraine;

/// <summary><c>ua.drugs1995</c> — Counteracting illicit trafficking in narcotic drugs</summary>
/// <remarks>
/// <para>Law of Ukraine No. 62/95-ВР of 15 February 1995 "On Measures to Counteract Illicit Trafficking in Narcotic Drugs, Psychotropic Substances and Precursors and Their Abuse" (cited by name and number)</para>
/// <para>Encoded as: some offence is of kind drugTrafficking.</para>
/// </remarks>
internal static class DrugTrafficking
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "ua.drugs1995";

    private static readonly LocalizedText Title = new("Counteracting illicit trafficking in narcotic drugs", "Протидія незаконному обігу наркотичних засобів");

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        Title,
        "Law of Ukraine No. 62/95-ВР",
        Leaf.SomeOffenceOfKind(new("an offence is drug trafficking", "правопорушення є незаконним обігом наркотиків"), OffenceKind.DrugTrafficking),
        AreaReasons.For(Title),
        "Law of Ukraine No. 62/95-ВР of 15 February 1995 \"On Measures to Counteract Illicit Trafficking in Narcotic Drugs, Psychotropic Substances and Precursors and Their Abuse\" (cited by name and number)")
    {
        UkrainianProvision = AreaReasons.Translation + "Закон України № 62/95-ВР від 15 лютого 1995 року «Про заходи протидії незаконному обігу наркотичних засобів, психотропних речовин і прекурсорів та зловживанню ними» (цитується за назвою і номером).",
    };
}
