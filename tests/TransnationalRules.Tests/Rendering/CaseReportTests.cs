using System.Collections.Immutable;
using System.Xml.Linq;
using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Rendering;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Rendering;

/// <summary>The format-neutral report model, built from the classification's objects, and its three emitters (issue 21, review point 3).</summary>
public class CaseReportTests
{
    private static readonly CaseDescription Case = Some.Case(
            Some.Offence("fraud").Penalty(12).CommittedIn("MD").ConductIn("UA").WithGroup(),
            Some.Offence("laundering", OffenceKind.MoneyLaundering))
        .With(Some.OrganisedGroup("MD", "UA") with { MaterialBenefit = null })
        .Abroad(new ForeignState { State = "PL", Evidence = true, Proceeds = false }, new ForeignState { State = "GB" });

    private static CaseReport Build(Language language, Classifier? classifier = null) =>
        CaseReportBuilder.Build((classifier ?? Evaluate.Default).Classify(Case), Case, language);

    [Test]
    public void A_fact_of_an_abroad_entry_is_labelled_with_its_State_from_its_path_not_its_text()
    {
        var report = Build(Language.Uk);
        var gb = report.Cooperation.Single(s => s.Code == "GB");
        var needed = gb.Routes.Where(r => r.Outcome == Outcome.Unknown).SelectMany(r => r.Missing).ToList();
        needed.Should().Contain(new FactItem("чи перебувають докази в цій державі — Велика Британія", "abroad[1].evidence"));
        needed.Should().NotContain(f => f.Path.StartsWith("abroad[0]", StringComparison.Ordinal), "Britain's routes read Britain's entry only");
    }

    [Test]
    public void The_headlines_carry_the_one_line_reason_and_the_first_fact_to_ask_from_the_ranked_list()
    {
        var report = Build(Language.En);
        report.Transnational.Outcome.Should().Be(Outcome.Met);
        report.Transnational.Reason.Should().Be("Met for 1 of 2 offences. Offence 'fraud': Transnational in nature under art. 3(2)(b).");
        report.Transnational.AskFirst.Should().BeNull("a decided headline asks nothing");
        report.ConventionApplies.Outcome.Should().Be(Outcome.Unknown);
        report.ConventionApplies.AskFirst.Should().Be(report.AskFirst[0], "the first fact to ask is the first of the ranked list it reads");
        report.Offences.Select(o => o.Id).Should().Equal("fraud", "laundering");
        report.Parts.Select(p => p.Heading).Should().Equal(
            ["Data gaps (tables with no verified entry; not facts of the case)"], "the one further part is the data gaps of the routes left unknown by a table");
        report.Parts[0].Lines.Should().OnlyContain(line => line.Text.Contains("no verified entry in the table", StringComparison.Ordinal) && line.Facts.IsEmpty,
            "a data gap is not a fact of the case");
    }

    [Test]
    public void The_cooperation_part_holds_every_state_level_criterion_of_the_set_open_routes_first()
    {
        var route = new Criterion("my.treaty", RuleScope.State, new LocalizedText("Bilateral treaty", "Двосторонній договір"), "Treaty 1",
            Leaf.Flag(AbroadField.Witnesses, new("witnesses there", "свідки там")), (e, _) => new LocalizedText($"Treaty: {e.Outcome}.", $"Договір: {e.Outcome}."));
        var report = Build(Language.En, new Classifier(RuleSet.Default.Add(route)));
        var states = RuleSet.Default.Add(route).Criteria.Where(c => c.Level == RuleScope.State).Select(c => c.Id).ToList();
        foreach (var state in report.Cooperation)
        {
            state.Routes.Select(r => r.Id).Should().BeEquivalentTo(states);
            state.Routes.Select(r => r.Outcome == Outcome.Met ? 0 : r.Outcome == Outcome.Unknown ? 1 : 2).Should().BeInAscendingOrder();
            state.Open.Should().Equal(state.Routes.Where(r => r.Outcome == Outcome.Met));
        }

        report.Cooperation.Single(s => s.Code == "PL").Routes.Single(r => r.Id == "my.treaty").Missing
            .Should().Equal(new FactItem("whether witnesses are located in that State — Poland", "abroad[0].witnesses"));
    }

    public static IEnumerable<TestCaseData> Formats() =>
        Enum.GetValues<ReportFormat>().Select(f => new TestCaseData(f).SetArgDisplayNames(f.ToString()));

    [TestCaseSource(nameof(Formats))]
    public void A_further_part_of_a_case_is_written_by_every_emitter(ReportFormat format)
    {
        var report = Build(Language.En) with
        {
            Parts = [new ReportPart("Data gaps <b>", [new PartLine("Victims in Poland: not recorded", [new FactItem("whether victims are located in that State — Poland", "abroad[0].victims")])])],
        };
        using var text = new StringWriter();
        var emitter = ReportEmitter.For(format, text, Language.En);
        emitter.Begin("Report");
        emitter.Case(report);
        emitter.End("1 classified, 0 invalid");

        var output = text.ToString();
        output.Should().Contain("Victims in Poland: not recorded").And.Contain("abroad[0].victims").And.Contain("whether victims are located in that State — Poland");
        output.IndexOf("Victims in Poland", StringComparison.Ordinal).Should().BeGreaterThan(output.IndexOf("abroad[1]", StringComparison.Ordinal), "a further part follows the ask-first list");
        if (format == ReportFormat.Html)
        {
            output.Should().Contain("Data gaps &lt;b&gt;", "headings are encoded like every other text");
            XDocument.Parse(output.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal)).Descendants("ul")
                .Where(e => (string?)e.Attribute("class") == "part").Should().ContainSingle();
        }
    }

    [TestCaseSource(nameof(Formats))]
    public void The_facade_writes_what_the_emitter_writes_for_the_model(ReportFormat format)
    {
        var classification = Evaluate.Default.Classify(Case);
        using var viaFacade = new StringWriter();
        using (var writer = new ReportWriter(viaFacade, format, Language.Uk))
        {
            writer.WriteCase(classification, Case);
        }

        using var direct = new StringWriter();
        var emitter = ReportEmitter.For(format, direct, Language.Uk);
        emitter.Begin("Транснаціональна організована злочинність: класифікація справ");
        emitter.Case(CaseReportBuilder.Build(classification, Case, Language.Uk));
        emitter.End("класифіковано: 1, недійсних: 0");

        viaFacade.ToString().Should().Be(direct.ToString());
    }

    [Test]
    public void Every_fact_field_is_labelled_alike_from_its_path_and_from_its_text()
    {
        var paths = Enum.GetValues<OffenceField>().Select(f => FactPath.Offence(2, f, 1))
            .Concat(Enum.GetValues<GroupField>().Select(f => FactPath.Group(f)))
            .Concat(Enum.GetValues<FactsField>().Select(f => FactPath.Facts(f)))
            .Concat(Enum.GetValues<AbroadField>().Select(f => FactPath.Abroad(3, f)))
            .Append(FactPath.Stage())
            .ToImmutableArray();
        foreach (var path in paths)
        {
            FactNames.Of(path).Should().NotBeNull(path.Value).And.Be(FactNames.Of(path.Value), path.Value);
        }
    }
}
