using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.CouncilOfEurope;

/// <summary><c>coe.mla1959</c>, <c>coe.extradition1957</c>, <c>coe.jit2001</c>: met, notMet and unknown with evidence and missing facts.</summary>
public class CouncilOfEuropeTests
{
    private static readonly TreatyTables Tables = TreatyTables.Default
        .WithParties("coe.ets030", [("PL", true, null, "https://example.org/pl"), ("BY", false, null, "https://example.org/by")])
        .WithParties("coe.ets024", [("PL", true, null, "https://example.org/pl"), ("BY", false, null, "https://example.org/by")])
        .WithParties("coe.ets182", [("PL", true, new DateOnly(2004, 2, 1), "https://example.org/pl"), ("BY", false, null, "https://example.org/by")]);

    private static readonly Classifier Classifier = new(RuleSet.Default.WithTreaties(Tables));

    private static StateCooperation For(ForeignState state, decimal? years = 3, CaseStage? stage = null) =>
        Classifier.Classify(Some.Case(Some.Offence().Penalty(years)).Abroad(state).With(stage)).Cooperation[0];

    [Test]
    public void Mutual_assistance_1959_by_the_table_naming_the_central_authority_for_the_stage()
    {
        var met = For(Some.Foreign("PL"), stage: CaseStage.Trial)[CriterionIds.MutualAssistance1959];
        met.ShouldBe(Outcome.Met, evidence: ["abroad[0].state"]);
        met.Reason.En.Should().Contain("since 9 June 1998").And.Contain("Ministry of Justice of Ukraine").And.NotContain("Office of the Prosecutor General");
        met.Reason.Uk.Should().Contain("9 червня 1998 р.").And.Contain("Міністерство юстиції України");
        For(Some.Foreign("PL"))[CriterionIds.MutualAssistance1959].Reason.En.Should().Contain("Office of the Prosecutor General").And.Contain("Ministry of Justice", "both when the stage is unknown");
        For(Some.Foreign("BY"))[CriterionIds.MutualAssistance1959].ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        var gap = For(Some.Foreign("MD"))[CriterionIds.MutualAssistance1959];
        gap.Outcome.Should().Be(Outcome.Unknown);
        gap.MissingFacts.Should().BeEmpty();
    }

    [Test]
    public void Extradition_1957_needs_a_party_a_suspect_dual_criminality_and_a_year()
    {
        var all = Some.ForeignAll("PL");
        For(all)[CriterionIds.Extradition1957].ShouldBe(Outcome.Met,
            evidence: ["offences[0].maximumPenaltyYears", "abroad[0].state", "abroad[0].suspects", "abroad[0].dualCriminality"]);
        For(all, years: 0.5m)[CriterionIds.Extradition1957].ShouldBe(Outcome.NotMet, evidence: ["offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
        For(all with { DualCriminality = false })[CriterionIds.Extradition1957].ShouldBe(Outcome.NotMet, evidence: ["abroad[0].dualCriminality"]);
        For(Some.ForeignAll("BY"))[CriterionIds.Extradition1957].ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        var open = For(Some.Foreign("PL"), years: null)[CriterionIds.Extradition1957];
        open.ShouldBe(Outcome.Unknown, missing: ["offences[0].maximumPenaltyYears", "abroad[0].suspects", "abroad[0].dualCriminality"]);
        open.Reason.En.Should().Contain("not yet established").And.Contain("at least one year");
    }

    [Test]
    public void Extradition_1957_is_met_by_life_imprisonment_without_a_stated_maximum()
    {
        var c = Classifier.Classify(Some.Case(Some.Offence().Penalty(null, life: true)).Abroad(Some.ForeignAll("PL"))).Cooperation[0];
        c[CriterionIds.Extradition1957].Outcome.Should().Be(Outcome.Met);
    }

    [Test]
    public void Joint_investigation_team_2001_by_the_table()
    {
        var met = For(Some.Foreign("PL"))[CriterionIds.JointInvestigationTeams2001];
        met.ShouldBe(Outcome.Met, evidence: ["abroad[0].state"]);
        met.Reason.En.Should().Contain("since 1 February 2004").And.Contain("1 January 2012");
        met.Reason.Uk.Should().Contain("спільну слідчу групу").And.Contain("з 1 лютого 2004 р.");
        For(Some.Foreign("BY"))[CriterionIds.JointInvestigationTeams2001].ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        For(Some.Foreign("MD"))[CriterionIds.JointInvestigationTeams2001].MissingFacts.Should().BeEmpty();
    }
}
