using System.Xml.Linq;
using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Rendering;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Rendering;

public class ReportWriterTests
{
    private static readonly CaseDescription Case = Some.Case(
            Some.Offence("fraud").Penalty(12).CommittedIn("MD").ConductIn("UA").WithGroup(),
            Some.Offence("laundering", OffenceKind.MoneyLaundering))
        .With(Some.OrganisedGroup("MD", "UA") with { MaterialBenefit = null })
        with
    { Title = "Call centres <script>alert(1)</script> & co" };

    private static string Render(ReportFormat format, Language language)
    {
        using var text = new StringWriter();
        using (var writer = new ReportWriter(text, format, language))
        {
            writer.WriteCase(Evaluate.Default.Classify(Case), Case);
            writer.WriteInvalid("bad-1", "cases.jsonl:3", [("offences[0].kind", "unknownValue", "Unknown offence kind.")]);
        }

        return text.ToString();
    }

    [TestCase(ReportFormat.Text)]
    [TestCase(ReportFormat.Markdown)]
    [TestCase(ReportFormat.Html)]
    public void Every_criterion_id_appears_in_every_format(ReportFormat format)
    {
        var report = Render(format, Language.En);
        var expected = format == ReportFormat.Text
            ? CriterionIds.Untoc
            : CriterionIds.All;
        foreach (var id in expected)
        {
            report.Should().Contain(id);
        }

        report.Should().Contain("bad-1").And.Contain("cases.jsonl:3").And.Contain("1 classified, 1 invalid");
    }

    [Test]
    public void Text_names_the_areas_engaged_and_what_to_ask_first()
    {
        var report = Render(ReportFormat.Text, Language.En);
        report.Should().Contain("Areas of counteraction engaged: Legal framework and international cooperation");
        report.Should().Contain("Ask first (facts that would decide the most open criteria): group.materialBenefit");
        report.Should().Contain("Transnational in nature (UNTOC art. 3(2)): MET");
    }

    [Test]
    public void Ukrainian_reports_are_in_Ukrainian_with_state_names()
    {
        var report = Render(ReportFormat.Html, Language.Uk);
        report.Should().Contain("<html lang=\"uk\">").And.Contain("Транснаціональний характер").And.Contain("в Україні");
        report.Should().NotContain(">met<");
    }

    [Test]
    public void Html_is_one_well_formed_self_contained_page_with_criteria_trees()
    {
        var html = Render(ReportFormat.Html, Language.En);
        var doc = XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));
        doc.Descendants("script").Should().BeEmpty("free text is encoded, never markup");
        doc.Descendants().Where(e => e.Attribute("src") is not null || (e.Name == "link")).Should().BeEmpty("no external assets");
        doc.Descendants("li").Where(e => (string?)e.Attribute("data-id") is not null).Select(e => (string)e.Attribute("data-id")!)
            .Should().Equal(RuleSet.Default.Criteria.Select(c => c.Id));
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        html.Should().Contain("<blockquote>", "the quoted provision is available on demand");
        html.Should().Contain("name=\"viewport\"");
        var tree = doc.Descendants("li").First(e => (string?)e.Attribute("data-id") == "untoc.art2.a").Descendants("ul").First(e => (string?)e.Attribute("class") == "tree");
        tree.Descendants("li").Count().Should().BeGreaterThan(6, "art. 2(a) shows its six elements under 'all of'");
    }

    [Test]
    public void Markdown_nests_each_composite_with_its_children()
    {
        var md = Render(ReportFormat.Markdown, Language.En);
        md.Should().Contain("  - ❔ all of: *unknown*");
        md.Should().Contain("    - ✅ three or more members: *met* (facts: group.members)");
        md.Should().Contain("    - ❔ to obtain a financial or other material benefit: *unknown* (missing: group.materialBenefit)");
        md.Should().Contain("1. `group.materialBenefit`");
    }
}
