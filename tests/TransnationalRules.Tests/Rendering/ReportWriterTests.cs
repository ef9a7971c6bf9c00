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
        .Abroad(new ForeignState { State = "PL", Evidence = true, Proceeds = false })
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
        // Text summarises the set's areas by title ("areas engaged / open") and lists every other criterion by id.
        var expected = format == ReportFormat.Text
            ? RuleSet.Default.Criteria.Select(c => c.Id).Except(RuleSet.Default.Areas)
            : RuleSet.Default.Criteria.Select(c => c.Id);
        foreach (var id in expected)
        {
            report.Should().Contain(id);
        }

        report.Should().Contain("bad-1").And.Contain("cases.jsonl:3").And.Contain("1 classified, 1 invalid");
    }

    [TestCase(ReportFormat.Text)]
    [TestCase(ReportFormat.Markdown)]
    [TestCase(ReportFormat.Html)]
    public void A_users_criterion_appears_with_its_outcome_and_reason_in_every_report_format(ReportFormat format)
    {
        var set = RuleSet.Default.Add(UserCriterion);
        using var text = new StringWriter();
        using (var writer = new ReportWriter(text, format, Language.En))
        {
            writer.WriteCase(new Classifier(set).Classify(Case), Case);
        }

        var report = text.ToString();
        report.Should().Contain("my.sanctions").And.Contain("Group under sanctions").And.Contain("Internal policy 7")
            .And.Contain("Sanctions screening: open until the group is established.");
        report.Should().MatchRegex("(?i)unknown.*my\\.sanctions|my\\.sanctions.*unknown", "its outcome is shown beside it");
    }

    [Test]
    public void A_users_criterion_appears_in_the_json_at_both_detail_levels()
    {
        var classification = new Classifier(RuleSet.Default.Add(UserCriterion)).Classify(Case);

        var full = System.Text.Json.Nodes.JsonNode.Parse(global::TransnationalRules.Json.CaseJson.WriteClassification(classification))!;
        var criterion = full["criteria"]!.AsArray().Single(c => (string?)c!["id"] == "my.sanctions")!;
        ((string?)criterion["outcome"]).Should().Be("unknown");
        ((string?)criterion["reason"]!["en"]).Should().Be("Sanctions screening: open until the group is established.");
        criterion["missingFacts"]!.AsArray().Select(p => (string?)p).Should().Equal("group.materialBenefit", "facts.publicOfficialsInvolved");

        var summary = System.Text.Json.Nodes.JsonNode.Parse(global::TransnationalRules.Json.CaseJson.WriteClassification(classification, global::TransnationalRules.Json.ClassificationDetail.Summary))!;
        ((string?)summary["outcomes"]!["my.sanctions"]).Should().Be("unknown");
    }

    /// <summary>A user's own route (state scope): a bilateral treaty with Poland for serious crime with evidence there.</summary>
    private static readonly Criterion UserRoute = new(
        "my.treaty-pl", RuleScope.State, new LocalizedText("Bilateral treaty with Poland", "Двосторонній договір з Польщею"), "Treaty UA-PL 1993 art. 1",
        Rule.AllOf(
            Rule.Leaf(new("the State is Poland", "держава — Польща"), RuleScope.State,
                c => Verdict.Decided(c.RequireAbroad().State == "PL", FactPath.Abroad(c.AbroadIndex!.Value, AbroadField.State))),
            Rule.SomeOffence(Rule.Ref(CriterionIds.SeriousCrime)),
            Leaf.Flag(AbroadField.Evidence, new("evidence is in the State", "докази в цій державі"))),
        (e, c) => new LocalizedText($"Treaty route with {c.RequireAbroad().State}: {e.Outcome}.", $"Договірний шлях з {c.RequireAbroad().State}: {e.Outcome}."));

    [TestCase(ReportFormat.Text)]
    [TestCase(ReportFormat.Markdown)]
    [TestCase(ReportFormat.Html)]
    public void A_users_route_appears_with_its_outcome_and_reason_in_every_report_format(ReportFormat format)
    {
        var classifier = new Classifier(RuleSet.Default.Add(UserRoute));
        using var text = new StringWriter();
        using (var writer = new ReportWriter(text, format, Language.En))
        {
            writer.WriteCase(classifier.Classify(Case), Case);
        }

        var report = text.ToString();
        report.Should().Contain("my.treaty-pl").And.Contain("Bilateral treaty with Poland").And.Contain("Treaty UA-PL 1993 art. 1")
            .And.Contain("Treaty route with PL: Met.");
        report.Should().MatchRegex(@"(?i)met[^\n]*my\.treaty-pl", "its outcome is shown beside it");
        report.Should().MatchRegex("(?i)open routes: [^\n]*Bilateral treaty with Poland", "it is an open route for Poland");
    }

    [Test]
    public void A_users_route_appears_in_the_json_at_both_detail_levels_under_cooperation_only()
    {
        var classification = new Classifier(RuleSet.Default.Add(UserRoute)).Classify(Case);
        classification.Criteria.Select(r => r.Id).Should().NotContain("my.treaty-pl");
        classification.Cooperation[0]["my.treaty-pl"].ShouldBe(Outcome.Met,
            evidence: ["offences[0].maximumPenaltyYears", "abroad[0].state", "abroad[0].evidence"]);

        var full = System.Text.Json.Nodes.JsonNode.Parse(global::TransnationalRules.Json.CaseJson.WriteClassification(classification))!;
        var routes = full["cooperation"]![0]!["routes"]!.AsArray();
        routes.Select(r => (string?)r!["id"]).Should().Equal([.. DesignIds.Routes, "my.treaty-pl"]);
        var route = routes.Single(r => (string?)r!["id"] == "my.treaty-pl")!;
        ((string?)route["outcome"]).Should().Be("met");
        ((string?)route["citation"]).Should().Be("Treaty UA-PL 1993 art. 1");
        ((string?)route["reason"]!["en"]).Should().Be("Treaty route with PL: Met.");
        full["criteria"]!.AsArray().Select(c => (string?)c!["id"]).Should().NotContain("my.treaty-pl");

        var summary = System.Text.Json.Nodes.JsonNode.Parse(global::TransnationalRules.Json.CaseJson.WriteClassification(classification, global::TransnationalRules.Json.ClassificationDetail.Summary))!;
        ((string?)summary["cooperation"]![0]!["outcomes"]!["my.treaty-pl"]).Should().Be("met");
        summary["outcomes"]!.AsObject().Select(p => p.Key).Should().NotContain("my.treaty-pl");
    }

    [Test]
    public void The_cooperation_section_lists_open_routes_first_and_what_the_others_still_need()
    {
        var report = Render(ReportFormat.Text, Language.En);
        report.Should().Contain("Cooperation with foreign States (routes of the Convention and other channels):");
        report.Should().Contain("Poland (PL): open routes: Police information exchange through Interpol's National Central Bureaus (ICPO-INTERPOL Constitution art. 2, 3); Mutual assistance under the European Convention of 1959 (ETS No. 030 art. 1(1))",
            "Poland is an Interpol member and an ETS 030 party by the tables; no route of the Convention is open yet");
        report.Should().Contain("still needed: whether the group took part in the offence (offences[1].involvesGroup); whether the group acts for a financial or other material benefit (group.materialBenefit)",
            "art. 18 waits on the group alone: evidence in Poland stands in for the laundering offence's transnationality");
        report.IndexOf("untoc.art19", StringComparison.Ordinal).Should().BeLessThan(report.IndexOf("untoc.art13", StringComparison.Ordinal),
            "a route still to decide comes before one not open");

        var uk = Render(ReportFormat.Markdown, Language.Uk);
        uk.Should().Contain("#### Польща (PL)").And.Contain("ще потрібно встановити")
            .And.Contain("чи перебуває підозрюваний у цій державі — Польща (`abroad[0].suspects`)", "a fact of an abroad entry is shown by its label, its State and its path");
    }

    /// <summary>A user's own criterion, in no group of the default set: reports must show it as they show the Convention's.</summary>
    private static readonly Criterion UserCriterion = new(
        "my.sanctions", RuleScope.Case, new LocalizedText("Group under sanctions", "Угруповання під санкціями"), "Internal policy 7",
        Rule.Ref(CriterionIds.OrganisedCriminalGroup) & Leaf.Flag(FactsField.PublicOfficialsInvolved, new("officials involved", "залучено посадових осіб")),
        (e, _) => e.Outcome == Outcome.Unknown
            ? new LocalizedText("Sanctions screening: open until the group is established.", "Перевірка санкцій: відкрита, доки не встановлено групу.")
            : new LocalizedText("Sanctions screening: decided.", "Перевірка санкцій: вирішено."));

    [Test]
    public void Text_names_the_areas_engaged_and_what_to_ask_first()
    {
        var report = Render(ReportFormat.Text, Language.En);
        report.Should().Contain("Areas of counteraction engaged: Legal framework and international cooperation");
        // Tied on tier and count (art. 3(1), detection-and-prosecution and four routes read each), document order decides.
        report.Should().Contain("Ask first (the facts that decide the open questions: transnational, the Convention, the routes, the Ukrainian areas):\n"
            + "    1. whether the group took part in the offence (offences[1].involvesGroup)\n"
            + "    2. whether the group acts for a financial or other material benefit (group.materialBenefit)\n");
        report.Should().Contain("Transnational in nature (UNTOC art. 3(2)): MET — Met for 1 of 2 offences. Offence 'fraud': Transnational in nature under art. 3(2)(b).",
            "the headline carries a one-line reason");
        report.Should().Contain("The Convention applies (UNTOC art. 3(1)): UNKNOWN — Open for 2 of 2 offences.")
            .And.Contain("Ask first: whether the group took part in the offence (offences[1].involvesGroup).", "an unknown headline names the first fact to ask for");
    }

    [Test]
    public void Ukrainian_reports_are_in_Ukrainian_with_state_names()
    {
        var report = Render(ReportFormat.Html, Language.Uk);
        report.Should().Contain("<html lang=\"uk\">").And.Contain("Транснаціональний характер").And.Contain("в Україні");
        report.Should().NotContain(">met<");
        report.Should().Contain("✓ так</span>").And.Contain("? не встановлено</span>", "the outcome words of DESIGN §8");
        report.Should().Contain("ст. 2(b) Конвенції").And.NotContain("UNTOC");
        System.Net.WebUtility.HtmlDecode(report).Should().Contain("«\"серйозний злочин\" означає злочин, який карається позбавленням волі на максимальний строк не менше чотирьох років", "art. 2(b) is quoted in its official Ukrainian text");
        System.Net.WebUtility.HtmlDecode(report).Should().Contain("Переклад (офіційний український текст не звірено). Ст. 3(2):", "a provision with no checked Ukrainian text is marked as a translation");
    }

    [TestCase(ReportFormat.Text, Language.Uk)]
    [TestCase(ReportFormat.Text, Language.En)]
    [TestCase(ReportFormat.Markdown, Language.Uk)]
    [TestCase(ReportFormat.Html, Language.Uk)]
    public void A_headline_does_not_repeat_its_outcome_word_after_the_badge(ReportFormat format, Language language)
    {
        // The case's transnationality is open: its reason begins «Не встановлено: …», which the badge already says.
        var c = Some.Case(Some.Offence("fraud").Penalty(12).CommittedIn("MD").WithGroup()).With(Some.OrganisedGroup("MD") with { MaterialBenefit = null });
        using var text = new StringWriter();
        using (var writer = new ReportWriter(text, format, language))
        {
            writer.WriteCase(Evaluate.Default.Classify(c), c);
        }

        var report = System.Net.WebUtility.HtmlDecode(text.ToString());
        report.Should().NotContainAny("НЕ ВСТАНОВЛЕНО — Не встановлено", "не встановлено</span> <span class=\"because\">Не встановлено", "UNKNOWN — Unknown");
        report.Should().Contain(language == Language.Uk ? "не встановлено" : "unknown");
    }

    [Test]
    public void Html_is_one_well_formed_self_contained_page_with_criteria_trees()
    {
        var html = Render(ReportFormat.Html, Language.En);
        var doc = XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));
        doc.Descendants("script").Should().BeEmpty("free text is encoded, never markup");
        doc.Descendants().Where(e => e.Attribute("src") is not null || (e.Name == "link")).Should().BeEmpty("no external assets");
        doc.Descendants("li").Where(e => (string?)e.Attribute("data-id") is not null).Select(e => (string)e.Attribute("data-id")!)
            .Should().Equal(DesignIds.All);
        // Routes per State: the open ones first, then those still to decide, then those not open.
        doc.Descendants("li").Where(e => (string?)e.Attribute("data-route") is not null).Select(e => (string)e.Attribute("data-route")!)
            .Should().Equal("interpol.ncb", "coe.mla1959", "untoc.art27", "untoc.art18", "untoc.art16", "untoc.art19", "europol", "eurojust", "coe.extradition1957", "coe.jit2001", "untoc.art13");
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
        md.Should().Contain("1. whether the group took part in the offence (`offences[1].involvesGroup`)")
            .And.Contain("2. whether the group acts for a financial or other material benefit (`group.materialBenefit`)");
        md.Should().Contain("  > **Provision (UNTOC art. 2(b)):** Art. 2(b): \"'Serious crime' shall mean", "the provision is quoted under its criterion");
    }
}
