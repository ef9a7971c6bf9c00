using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.EuropeanUnion;

/// <summary><c>europol</c> and <c>eurojust</c>: the State by its table, and some offence of a listed form that is serious (or, for Europol, of a group).</summary>
public class EuropolEurojustTests
{
    private static readonly TreatyTables Tables = TreatyTables.Default
        .WithParties("europol", [("PL", true, null, "https://example.org/pl"), ("TR", false, null, "https://example.org/tr")])
        .WithParties("eurojust", [("PL", true, null, "https://example.org/pl"), ("DK", false, null, "https://example.org/dk")]);

    private static readonly Classifier Classifier = new(RuleSet.Default.WithTreaties(Tables));

    private static CaseDescription Drugs(string state, decimal? years, bool? group = true) =>
        Some.Case(Some.Offence("labs", OffenceKind.DrugTrafficking).Penalty(years).CommittedIn("UA", "PL").WithGroup(group))
            .With(Some.OrganisedGroup())
            .Abroad(Some.Foreign(state));

    [Test]
    public void Both_met_for_a_serious_drug_offence_of_a_group_with_Poland()
    {
        var c = Classifier.Classify(Drugs("PL", 12)).Cooperation[0];
        c[CriterionIds.Europol].Outcome.Should().Be(Outcome.Met);
        c[CriterionIds.Europol].Evidence.Should().Contain(["abroad[0].state", "offences[0].kind", "offences[0].maximumPenaltyYears"]);
        c[CriterionIds.Europol].Reason.En.Should().Contain("Ukraine can exchange operational information with Poland through Europol").And.Contain("National Police of Ukraine").And.Contain("not verified");
        c[CriterionIds.Eurojust].ShouldBe(Outcome.Met, evidence: ["offences[0].kind", "offences[0].maximumPenaltyYears", "abroad[0].state"]);
        c[CriterionIds.Eurojust].Reason.Uk.Should().Contain("прокурор зв’язку України при Євроюсті");
    }

    [Test]
    public void Europol_is_met_through_the_group_when_the_offence_is_not_serious_but_Eurojust_is_not()
    {
        var c = Classifier.Classify(Drugs("PL", 2)).Cooperation[0];
        c[CriterionIds.Europol].Outcome.Should().Be(Outcome.Met, "AnyOf(serious crime, involves an organised criminal group)");
        c[CriterionIds.Eurojust].ShouldBe(Outcome.NotMet, evidence: ["offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
    }

    [Test]
    public void Not_met_by_the_table_and_for_a_kind_not_in_the_list()
    {
        Classifier.Classify(Drugs("TR", 12)).Cooperation[0][CriterionIds.Europol].ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        Classifier.Classify(Drugs("DK", 12)).Cooperation[0][CriterionIds.Eurojust].ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        var other = Some.Case(Some.Offence("x", OffenceKind.Other).Penalty(12).CommittedIn("UA", "PL").WithGroup()).With(Some.OrganisedGroup()).Abroad(Some.Foreign("PL"));
        var r = Classifier.Classify(other).Cooperation[0][CriterionIds.Eurojust];
        r.ShouldBe(Outcome.NotMet, evidence: ["offences[0].kind"]);
        r.Reason.En.Should().Contain("the case or the tables rule out");
    }

    [Test]
    public void Unknown_with_the_penalty_as_missing_fact_or_a_form_gap_without_one()
    {
        var r = Classifier.Classify(Drugs("PL", null, group: false)).Cooperation[0][CriterionIds.Europol];
        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].maximumPenaltyYears"]);

        var fraud = Some.Case(Some.Offence("f", OffenceKind.Fraud).Penalty(12).CommittedIn("UA", "PL").WithGroup()).With(Some.OrganisedGroup()).Abroad(Some.Foreign("PL"));
        var classification = Classifier.Classify(fraud);
        classification.Cooperation[0][CriterionIds.Europol].Outcome.Should().Be(Outcome.Unknown, "fraud's entry in Europol's list is not verified");
        classification.Cooperation[0][CriterionIds.Europol].MissingFacts.Should().BeEmpty();
        classification.DataGaps.Should().Contain(("PL", "europol.forms"));
    }
}
