using System.Net;
using System.Text.RegularExpressions;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Rendering;
using TransnationalRules.Tests.Cli;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Rendering;

/// <summary>The wording rules of DESIGN §8, as tables of real phrases.</summary>
public partial class WordingTests
{
    private static string CasesFolder => Path.Combine(CliRunner.RepositoryRoot, "samples", "cases");

    [TestCase(1, "1 учасник")]
    [TestCase(2, "2 учасники")]
    [TestCase(3, "3 учасники")]
    [TestCase(4, "4 учасники")]
    [TestCase(5, "5 учасників")]
    [TestCase(11, "11 учасників")]
    [TestCase(12, "12 учасників")]
    [TestCase(14, "14 учасників")]
    [TestCase(21, "21 учасник")]
    [TestCase(22, "22 учасники")]
    [TestCase(25, "25 учасників")]
    [TestCase(101, "101 учасник")]
    [TestCase(111, "111 учасників")]
    public void Members_agree_with_their_number(int count, string phrase) =>
        Say.Members(count, atLeast: false).Uk.Should().Be(phrase);

    [TestCase(1, "1 member")]
    [TestCase(3, "3 members")]
    [TestCase(21, "21 members")]
    public void Members_agree_with_their_number_in_English(int count, string phrase) =>
        Say.Members(count, atLeast: false).En.Should().Be(phrase);

    [TestCase(1, "1 правопорушення")]
    [TestCase(2, "2 правопорушення")]
    [TestCase(4, "4 правопорушення")]
    [TestCase(5, "5 правопорушень")]
    [TestCase(11, "11 правопорушень")]
    [TestCase(21, "21 правопорушення")]
    public void Offences_agree_with_their_number(int count, string phrase) =>
        $"{count} {Say.UkPlural(count, "правопорушення", "правопорушення", "правопорушень")}".Should().Be(phrase);

    [TestCase(new[] { "UA" }, "в Україні")]
    [TestCase(new[] { "CY" }, "на Кіпрі")]
    [TestCase(new[] { "MT" }, "на Мальті")]
    [TestCase(new[] { "GB" }, "у Великій Британії")]
    [TestCase(new[] { "FR" }, "у Франції")]
    [TestCase(new[] { "SE" }, "у Швеції")]
    [TestCase(new[] { "GR" }, "у Греції")]
    [TestCase(new[] { "IT" }, "в Італії")]
    [TestCase(new[] { "PL" }, "в Польщі")]
    [TestCase(new[] { "UA", "PL" }, "в Україні та Польщі")]
    [TestCase(new[] { "MD", "UA" }, "в Молдові та Україні")]
    [TestCase(new[] { "UA", "CY" }, "в Україні та на Кіпрі")]
    [TestCase(new[] { "CY", "MT" }, "на Кіпрі та Мальті")]
    [TestCase(new[] { "GB", "US", "NL" }, "у Великій Британії, Сполучених Штатах Америки та Нідерландах")]
    [TestCase(new[] { "PH" }, "на Філіппінах")]
    public void Ukrainian_states_take_their_preposition(string[] codes, string phrase) =>
        Say.InStates(codes).Uk.Should().Be(phrase);

    [TestCase(new[] { "GB", "US", "NL" }, "in the United Kingdom, the United States and the Netherlands")]
    [TestCase(new[] { "UA", "PL" }, "in Ukraine and Poland")]
    [TestCase(new[] { "CY" }, "in Cyprus")]
    [TestCase(new[] { "PH", "AE" }, "in the Philippines and the United Arab Emirates")]
    public void English_states_take_their_article(string[] codes, string phrase) =>
        Say.InStates(codes).En.Should().Be(phrase);

    [Test]
    public void A_state_at_the_start_of_a_sentence_is_capitalised() =>
        Say.Capitalised(Say.En("NL")).Should().Be("The Netherlands");

    [Test]
    public void Every_fact_field_has_a_label_in_both_languages()
    {
        var paths = Enum.GetValues<OffenceField>().Select(f => FactPath.Offence(0, f).Value)
            .Concat(Enum.GetValues<GroupField>().Select(f => FactPath.Group(f).Value))
            .Concat(Enum.GetValues<FactsField>().Select(f => FactPath.Facts(f).Value))
            .Concat(Enum.GetValues<AbroadField>().Select(f => FactPath.Abroad(0, f).Value))
            .Append(FactPath.Stage().Value)
            .ToList();
        foreach (var path in paths)
        {
            var label = FactNames.Of(path);
            label.Should().NotBeNull(path);
            label!.En.Should().NotBeNullOrWhiteSpace(path);
            label.Uk.Should().MatchRegex(@"^[^A-Za-z]+$", $"the Ukrainian label of {path} is in Ukrainian");
        }

        FactNames.Of("offences[3].committedIn")!.Uk.Should().Be("де вчинено правопорушення");
        FactNames.Of("offences[0].substantialConduct[1]")!.En.Should().StartWith("where a substantial part");
    }

    [Test]
    public void Serious_crime_is_never_titled_a_grave_crime()
    {
        var criterion = RuleSet.Default.Criteria.Single(c => c.Id == CriterionIds.SeriousCrime);
        criterion.Title.Uk.Should().Be("Серйозний злочин");
        foreach (var c in RuleSet.Default.Criteria)
        {
            c.Title.Uk.Should().NotContainEquivalentOf("тяжк");
        }
    }

    [TestCase("UNTOC art. 3(2)(b)", "ст. 3(2)(b) Конвенції")]
    [TestCase("UNTOC art. 13(1), 13(7)", "ст. 13(1), 13(7) Конвенції")]
    [TestCase("Law of Ukraine No. 3341-XII art. 6, item 5", "п. 5 ст. 6 Закону України № 3341-XII")]
    [TestCase("Law of Ukraine No. 3739-VI", "Закон України № 3739-VI")]
    [TestCase("Internal policy 7", "Internal policy 7")]
    public void Citations_have_a_Ukrainian_short_form(string citation, string uk) =>
        Citations.ToUkrainian(citation).Should().Be(uk);

    public static IEnumerable<TestCaseData> UkrainianReports()
    {
        foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Html })
        {
            yield return new TestCaseData(format).SetArgDisplayNames(format.ToString());
        }
    }

    /// <summary>
    /// DESIGN §8: a Ukrainian report of any sample case holds no Latin-script word except codes, ids, paths shown beside
    /// labels and the case's own free text (title and notes).
    /// </summary>
    [TestCaseSource(nameof(UkrainianReports))]
    public void Ukrainian_reports_of_the_samples_hold_no_English(ReportFormat format)
    {
        foreach (var file in Directory.GetFiles(CasesFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var @case = CaseJson.Read(File.ReadAllBytes(file)).Case!;
            using var text = new StringWriter();
            using (var writer = new ReportWriter(text, format, Language.Uk))
            {
                writer.WriteCase(Evaluate.Default.Classify(@case), @case);
            }

            var report = text.ToString();
            if (format == ReportFormat.Html)
            {
                report = Style().Replace(report, " ");
                report = Tag().Replace(report, " ");
                report = WebUtility.HtmlDecode(report);
            }

            // The case's own free text and id, then codes, criterion ids and paths, then the offences' ids.
            report = Remove(report, new[] { @case.Title, @case.Notes, @case.CaseId }.OfType<string>());
            report = Allowed().Replace(report, " ");
            report = Remove(report, @case.Offences.Select(o => o.Id));

            var latin = LatinWord().Matches(report).Select(m => m.Value).Distinct().ToList();
            latin.Should().BeEmpty($"{Path.GetFileName(file)} in {format} shows no English in Ukrainian; context: {Context(report)}");
        }
    }

    private static string Remove(string report, IEnumerable<string> texts)
    {
        foreach (var free in texts.OrderByDescending(s => s.Length))
        {
            report = report.Replace(free, " ", StringComparison.Ordinal)
                .Replace(free.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal), " ", StringComparison.Ordinal);
        }

        return report;
    }

    private static string Context(string report) =>
        LatinWord().Match(report) is { Success: true } m ? report.Substring(Math.Max(0, m.Index - 80), Math.Min(160, report.Length - Math.Max(0, m.Index - 80))) : string.Empty;

    [GeneratedRegex(@"<style>.*?</style>|<title>.*?</title>", RegexOptions.Singleline)]
    private static partial Regex Style();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    // Ids (untoc.art3.2.b, ua.oc1993.harm-prevention, the channels and tables of issue 19: interpol.ncb, coe.ets030,
    // europol.forms), sources (URLs, reference files), the European Treaty Series' ETS, fact paths, State codes,
    // subparagraph letters, law numbers.
    [GeneratedRegex(@"https?://\S+|\bEUR-Lex\b|\breference/[A-Za-z\-]+\.md\b|\bETS\b|\b(interpol|europol|eurojust|coe)(\.[a-z0-9\-]+)*\b|\b(untoc|ua)(\.[a-z0-9\-]+)*\b|\b(offences|group|facts|abroad|stage)(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*|\b[A-Z]{2}\b|\([a-d]\)|\d+-[IVXLC]+\b")]
    private static partial Regex Allowed();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
