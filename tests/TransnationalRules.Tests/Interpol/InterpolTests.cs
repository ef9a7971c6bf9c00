using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Interpol;

/// <summary><c>interpol.ncb</c>: met, notMet and unknown by the table, with evidence, the art. 3 note and the sender.</summary>
public class InterpolTests
{
    private static readonly TreatyTables Tables = TreatyTables.Default.WithParties("interpol",
        [("PL", true, new DateOnly(1923, 9, 7), "https://www.interpol.int/en/Member-countries/Europe/Poland"), ("XK", false, null, "https://example.org/xk")]);

    private static CriterionResult Route(string state) =>
        new Classifier(RuleSet.Default.WithTreaties(Tables)).Classify(Some.Case(Some.Offence().Penalty(5)).Abroad(Some.Foreign(state))).Cooperation[0][CriterionIds.InterpolNationalCentralBureaus];

    [Test]
    public void Met_for_a_member_naming_art_3_and_the_National_Central_Bureau()
    {
        var r = Route("PL");
        r.ShouldBe(Outcome.Met, evidence: ["abroad[0].state"]);
        r.Reason.En.Should().Contain("Poland is a member of Interpol (since 7 September 1923; source: https://www.interpol.int/")
            .And.Contain("political, military, religious or racial character")
            .And.Contain("Department of International Police Cooperation of the National Police of Ukraine");
        r.Reason.Uk.Should().Contain("Польща є членом Інтерполу").And.Contain("Департамент міжнародного поліцейського співробітництва Національної поліції України")
            .And.NotContain("держава Польща");
        r.Criterion.Provision.Should().Contain("It is strictly forbidden for the Organization to undertake any intervention or activities of a political, military, religious or racial character.");
    }

    [Test]
    public void Not_met_for_a_State_the_table_marks_as_no_member()
    {
        var r = Route("XK");
        r.ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        r.Reason.En.Should().StartWith("Not open").And.Contain("Kosovo is not a member of Interpol");
    }

    [Test]
    public void Unknown_for_a_State_the_table_does_not_hold_with_no_missing_fact()
    {
        var r = Route("MD");
        r.Outcome.Should().Be(Outcome.Unknown);
        r.MissingFacts.Should().BeEmpty();
        r.Evidence.Should().BeEmpty();
        r.Reason.En.Should().StartWith("Open").And.Contain("no verified entry for Moldova");
    }
}
