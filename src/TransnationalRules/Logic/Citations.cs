using System.Text.RegularExpressions;

namespace TransnationalRules.Logic;

/// <summary>
/// Ukrainian short forms of the citations of <c>reference/LEGAL-SOURCES.md</c> (DESIGN §8): «ст. 3(2)(b) Конвенції» for
/// "UNTOC art. 3(2)(b)" — the Convention's full name, «Конвенція ООН проти транснаціональної організованої
/// злочинності», stands once in each report's headlines — and «п. 5 ст. 6 Закону України № 3341-XII» for
/// "Law of Ukraine No. 3341-XII art. 6, item 5".
/// </summary>
internal static partial class Citations
{
    /// <summary>The Convention's name in the genitive, for the headlines.</summary>
    public const string ConventionUk = "Конвенції ООН проти транснаціональної організованої злочинності";

    /// <summary>The Ukrainian short form of <paramref name="citation"/>, or the citation itself when its form is not one of the reference file's.</summary>
    public static string ToUkrainian(string citation)
    {
        if (Untoc().Match(citation) is { Success: true } u)
        {
            return $"ст. {u.Groups[1].Value} Конвенції";
        }

        if (LawItem().Match(citation) is { Success: true } i)
        {
            return $"п. {i.Groups[3].Value} ст. {i.Groups[2].Value} Закону України № {i.Groups[1].Value}";
        }

        if (LawArticle().Match(citation) is { Success: true } a)
        {
            return $"ст. {a.Groups[2].Value} Закону України № {a.Groups[1].Value}";
        }

        return Law().Match(citation) is { Success: true } l ? $"Закон України № {l.Groups[1].Value}" : citation;
    }

    [GeneratedRegex(@"^UNTOC art\. (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Untoc();

    [GeneratedRegex(@"^Law of Ukraine No\. (\S+) art\. (\d+), item (\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LawItem();

    [GeneratedRegex(@"^Law of Ukraine No\. (\S+) art\. (\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LawArticle();

    [GeneratedRegex(@"^Law of Ukraine No\. (\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Law();
}
