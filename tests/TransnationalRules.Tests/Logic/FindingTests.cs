using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Rendering;
using TransnationalRules.Tests.Support;
using static TransnationalRules.Tests.Support.Evaluate;

namespace TransnationalRules.Tests.Logic;

/// <summary>
/// Leaves record what they found on their evaluation (issue 21, review point 2), and reasons render it: the
/// art. 3(2)(b)/(d) leaf says which States lie outside every committing State and which markers it read; the threshold
/// leaf says which number decided and whether it was the lower bound.
/// </summary>
public class FindingTests
{
    private const string Conduct = "untoc.art3.2.b";
    private const string Effects = "untoc.art3.2.d";

    [Test]
    public void Art_3_2_b_met_records_the_States_outside_every_committing_State_and_says_them()
    {
        var r = ForOffence(Some.Case(Some.Offence().CommittedIn("MD").ConductIn("MD", "UA", "UA")), Conduct);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].substantialConduct[1]", "offences[0].substantialConduct[2]"]);

        var f = r.Evaluation.Found<OutsideCommittingFinding>()!;
        f.Listed.Should().Equal("MD", "UA", "UA");
        f.Committing.Should().Equal("MD");
        f.Outside.Should().Equal("UA", "UA");
        f.CommittingOthers.Should().Be(OtherStates.None);
        r.Reason.En.Should().Be("A substantial part of its preparation, planning, direction or control took place in Ukraine, outside every State where it was committed (in Moldova).");
    }

    [Test]
    public void Art_3_2_d_not_met_records_the_lists_with_nothing_outside_and_says_where_the_effects_were()
    {
        var r = ForOffence(Some.Case(Some.Offence().CommittedIn("MD", "UA").EffectsIn("UA")), Effects);
        r.ShouldBe(Outcome.NotMet, evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]", "offences[0].substantialEffectsIn[0]"]);

        var f = r.Evaluation.Found<OutsideCommittingFinding>()!;
        f.Listed.Should().Equal("UA");
        f.Outside.Should().BeEmpty();
        r.Reason.En.Should().Be("Its substantial effects were only in Ukraine, where it was also committed.");
    }

    [Test]
    public void Art_3_2_d_unknown_records_the_open_committing_marker_and_the_reason_names_it()
    {
        var o = Some.Offence().CommittedIn("MD").EffectsIn("UA") with { CommittedInOthers = OtherStates.Some };
        var r = ForOffence(Some.Case(o), Effects);
        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn"]);

        var f = r.Evaluation.Found<OutsideCommittingFinding>()!;
        f.Outside.Should().Equal("UA");
        f.CommittingOthers.Should().Be(OtherStates.Some);
        r.Reason.En.Should().Contain("in Ukraine, outside the States named where it was committed (in Moldova)")
            .And.Contain("it was also committed in at least one other State not yet named");
    }

    [Test]
    public void An_absent_list_is_recorded_as_absent()
    {
        var r = ForOffence(Some.Case(Some.Offence().CommittedIn("MD")), Conduct);
        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialConduct"]);
        r.Evaluation.Found<OutsideCommittingFinding>()!.Listed.Should().BeNull();
        r.Reason.En.Should().Be("Where a substantial part of its preparation, planning, direction or control took place is not stated.");
    }

    [Test]
    public void The_members_threshold_records_the_lower_bound_when_it_decided()
    {
        var c = Some.Case().With(Some.OrganisedGroup() with { Members = null, MembersAtLeast = 5 });
        var r = CaseLevel(c, CriterionIds.OrganisedCriminalGroup);
        r.ShouldBe(Outcome.Met, evidence: ["group.membersAtLeast", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert", "group.aimsAtSeriousCrime", "group.materialBenefit"]);
        r.Evaluation.Found<ThresholdFinding>().Should().Be(new ThresholdFinding(5, IsLowerBound: true));
        r.Reason.En.Should().Contain("at least 5 members");
    }

    [Test]
    public void The_penalty_threshold_records_the_penalty_read_and_the_reason_quotes_it()
    {
        var r = ForOffence(Some.Case(Some.Offence().Penalty(3.5m)), CriterionIds.SeriousCrime);
        r.ShouldBe(Outcome.NotMet);
        r.Evaluation.Found<ThresholdFinding>().Should().Be(new ThresholdFinding(3.5m, IsLowerBound: false));
        r.Reason.En.Should().StartWith("Punishable by a maximum of 3.5 years' deprivation of liberty, less than four");
    }

    [Test]
    public void A_finding_is_the_leafs_own_not_one_of_a_criterion_it_refers_to()
    {
        // Art. 3(1) refers to art. 2(b), whose threshold leaf found the penalty; art. 3(1)'s own body found nothing.
        var r = ForOffence(Some.Case(Some.Offence().Penalty(12)), CriterionIds.ConventionApplies);
        r.Evaluation.Found<ThresholdFinding>().Should().BeNull();
    }

    [Test]
    public void Outcomes_alone_agree_with_the_evaluation_that_records_the_finding()
    {
        var c = Some.Case(Some.Offence().CommittedIn("MD").ConductIn("UA"));
        var r = ForOffence(c, Conduct);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].substantialConduct[0]"]);
        r.Evaluation.Found<OutsideCommittingFinding>()!.Outside.Should().Equal("UA");
        Default.Outcomes(c).ForOffence(0, Conduct).Should().Be(Outcome.Met);
    }
}

/// <summary>The case-level reason of an offence-level criterion and a report's headline line are made by one piece of code.</summary>
public class HeadlineTests
{
    private static LocalizedText Headline(CaseDescription c) => new(
        CaseReportBuilder.Build(Default.Classify(c), c, Language.En).Transnational.Reason!,
        CaseReportBuilder.Build(Default.Classify(c), c, Language.Uk).Transnational.Reason!);

    private static readonly CaseDescription TwoOffences = Some.Case(
        Some.Offence("fraud").Penalty(12).CommittedIn("MD").ConductIn("UA"),
        Some.Offence("laundering", OffenceKind.MoneyLaundering).Penalty(12).CommittedIn("MD").ConductIn("UA"),
        Some.Offence("petty").Penalty(1).CommittedIn("MD").ConductIn("MD"));

    [Test]
    public void A_met_headline_is_the_count_and_the_first_line_of_the_reason()
    {
        var r = CaseLevel(TwoOffences, CriterionIds.TransnationalInNature);
        var headline = Headline(TwoOffences);
        r.Outcome.Should().Be(Outcome.Met);
        r.Reason.En.Should().Be("Met for 2 of 3 offences; one suffices. Offences 'fraud' and 'laundering': Transnational in nature under art. 3(2)(b).");
        headline.En.Should().Be("Met for 2 of 3 offences. Offences 'fraud' and 'laundering': Transnational in nature under art. 3(2)(b).");
        headline.Uk.Should().Be("Виконано для 2 з 3 правопорушень. Правопорушення «fraud» та «laundering»: Має транснаціональний характер за ст. 3(2)(b).");
    }

    [Test]
    public void A_not_met_headline_is_the_reason_and_never_any_of_of()
    {
        var c = Some.Case(Some.Offence("a").CommittedIn("MD").ConductIn("MD").EffectsIn("MD"), Some.Offence("b").CommittedIn("MD").ConductIn("MD").EffectsIn("MD"))
            .With(Some.OrganisedGroup("MD"));
        var r = CaseLevel(c, CriterionIds.TransnationalInNature);
        var headline = Headline(c);
        r.Outcome.Should().Be(Outcome.NotMet);
        headline.Should().Be(r.Reason);
        headline.En.Should().StartWith("Not met for any of the 2 offences.").And.NotContain("of of");
    }

    [Test]
    public void An_open_headline_in_Ukrainian_does_not_repeat_the_outcome_word_but_the_reason_keeps_it()
    {
        var c = Some.Case(Some.Offence().CommittedIn("MD"));
        var r = CaseLevel(c, CriterionIds.TransnationalInNature);
        var headline = Headline(c);
        r.Outcome.Should().Be(Outcome.Unknown);
        r.Reason.Uk.Should().StartWith("Не встановлено: ст. 3(2)(b)");
        headline.Uk.Should().StartWith("Ст. 3(2)(b)");
        headline.En.Should().Be(r.Reason.En, "the English outcome word is 'unknown', which the reason does not open with");
    }
}
