using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using static TransnationalRules.Tests.Support.Evaluate;

namespace TransnationalRules.Tests.Untoc;

public class OrganisedCriminalGroupTests
{
    private const string Id = "untoc.art2.a";

    [Test]
    public void A_group_with_every_element_is_an_organised_criminal_group()
    {
        CaseLevel(Some.Case().With(Some.OrganisedGroup()), Id).ShouldBe(Outcome.Met,
            evidence: ["group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert", "group.aimsAtSeriousCrime", "group.materialBenefit"]);
    }

    [Test]
    public void Two_members_are_not_enough()
    {
        var r = CaseLevel(Some.Case().With(Some.OrganisedGroup() with { Members = 2 }), Id);
        r.ShouldBe(Outcome.NotMet, evidence: ["group.members"]);
        r.Reason.En.Should().Contain("three or more members");
    }

    [Test]
    public void Exactly_three_members_are_enough()
    {
        CaseLevel(Some.Case().With(Some.OrganisedGroup() with { Members = 3 }), Id).ShouldBe(Outcome.Met);
    }

    [Test]
    public void A_randomly_formed_group_is_not_structured_even_when_other_facts_are_unknown()
    {
        var group = new CriminalGroup { Structured = false };
        CaseLevel(Some.Case().With(group), Id).ShouldBe(Outcome.NotMet, evidence: ["group.structured"]);
    }

    [Test]
    public void No_group_leaves_every_element_missing()
    {
        CaseLevel(Some.Case(), Id).ShouldBe(Outcome.Unknown,
            missing: ["group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert", "group.aimsAtSeriousCrime", "group.materialBenefit"]);
    }

    [Test]
    public void One_unknown_element_is_the_only_missing_fact()
    {
        var r = CaseLevel(Some.Case().With(Some.OrganisedGroup() with { MaterialBenefit = null }), Id);
        r.ShouldBe(Outcome.Unknown, missing: ["group.materialBenefit"]);
        r.Reason.En.Should().Contain("material benefit");
        r.Reason.Uk.Should().Contain("матеріальної вигоди");
    }
}

public class SeriousCrimeTests
{
    private const string Id = "untoc.art2.b";

    [TestCase(4.0, Outcome.Met, TestName = "Exactly four years is serious crime")]
    [TestCase(12.0, Outcome.Met, TestName = "Twelve years is serious crime")]
    [TestCase(3.99, Outcome.NotMet, TestName = "3.99 years is not serious crime")]
    [TestCase(0.0, Outcome.NotMet, TestName = "No deprivation of liberty is not serious crime")]
    public void The_maximum_penalty_decides(double years, Outcome expected)
    {
        var r = ForOffence(Some.Case(Some.Offence().Penalty((decimal)years)), Id);
        r.ShouldBe(expected, evidence: expected == Outcome.Met
            ? ["offences[0].maximumPenaltyYears"]
            : ["offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
    }

    [Test]
    public void Life_imprisonment_is_a_more_serious_penalty_even_without_a_term()
    {
        var r = ForOffence(Some.Case(Some.Offence().Penalty(null, life: true)), Id);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].lifeImprisonment"]);
        r.Reason.En.Should().Contain("life imprisonment");
    }

    [Test]
    public void An_unknown_term_without_life_imprisonment_is_unknown()
    {
        ForOffence(Some.Case(Some.Offence()), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].maximumPenaltyYears"]);
    }

    [Test]
    public void The_case_level_outcome_is_any_offence()
    {
        var c = Some.Case(Some.Offence("petty").Penalty(1), Some.Offence("grave").Penalty(10));
        CaseLevel(c, Id).ShouldBe(Outcome.Met, evidence: ["offences[1].maximumPenaltyYears"]);
        ForOffence(c, Id, 0).Outcome.Should().Be(Outcome.NotMet);
    }
}

public class CommittedInMoreThanOneStateTests
{
    private const string Id = "untoc.art3.2.a";

    [Test]
    public void Two_states_are_more_than_one()
    {
        var r = ForOffence(Some.Case(Some.Offence().CommittedIn("UA", "PL")), Id);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]"]);
        r.Reason.En.Should().Contain("Ukraine and Poland");
        r.Reason.Uk.Should().Contain("Україні та Польщі");
    }

    [Test]
    public void One_state_is_not_more_than_one()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("MD")), Id).ShouldBe(Outcome.NotMet, evidence: ["offences[0].committedIn[0]"]);
    }

    [Test]
    public void A_state_listed_twice_counts_once()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("UA", "UA")), Id).ShouldBe(Outcome.NotMet);
    }

    [Test]
    public void Unknown_committing_states_are_unknown()
    {
        ForOffence(Some.Case(Some.Offence()), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn"]);
    }
}

public class SubstantialConductInAnotherStateTests
{
    private const string Id = "untoc.art3.2.b";

    [Test]
    public void Direction_from_another_state_is_met_with_the_matching_entry_as_evidence()
    {
        var r = ForOffence(Some.Case(Some.Offence().CommittedIn("MD").ConductIn("MD", "UA")), Id);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].substantialConduct[1]"]);
        r.Reason.En.Should().Contain("Ukraine").And.NotContain("committed in one State");
    }

    [Test]
    public void The_other_state_must_be_outside_every_committing_state()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("MD", "UA").ConductIn("UA")), Id).ShouldBe(Outcome.NotMet);
    }

    [Test]
    public void With_two_committing_states_a_third_state_still_counts()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("MD", "UA").ConductIn("RO")), Id).ShouldBe(Outcome.Met);
    }

    [Test]
    public void No_recorded_conduct_is_not_met_even_when_committing_states_are_unknown()
    {
        ForOffence(Some.Case(Some.Offence().ConductIn()), Id).ShouldBe(Outcome.NotMet, evidence: ["offences[0].substantialConduct"]);
    }

    [Test]
    public void Unknown_conduct_is_unknown()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("MD")), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialConduct"]);
    }

    [Test]
    public void Conduct_with_unknown_committing_states_is_unknown()
    {
        ForOffence(Some.Case(Some.Offence().ConductIn("UA")), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn"]);
    }

    [Test]
    public void Both_unknown_name_both_in_document_order()
    {
        ForOffence(Some.Case(Some.Offence()), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn", "offences[0].substantialConduct"]);
    }
}

public class GroupActiveInMoreThanOneStateTests
{
    private const string Id = "untoc.art3.2.c";

    [Test]
    public void An_organised_group_active_in_two_states_is_met()
    {
        var c = Some.Case(Some.Offence().CommittedIn("MD").WithGroup()).With(Some.OrganisedGroup("MD", "UA"));
        var r = ForOffence(c, Id);
        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().Contain(["offences[0].involvesGroup", "group.members", "group.activeIn[0]", "group.activeIn[1]"]);
    }

    [Test]
    public void A_group_active_in_one_state_is_not_met()
    {
        var c = Some.Case(Some.Offence().CommittedIn("MD").WithGroup()).With(Some.OrganisedGroup("MD", "MD"));
        ForOffence(c, Id).ShouldBe(Outcome.NotMet, evidence: ["group.activeIn[0]", "group.activeIn[1]"]);
    }

    [Test]
    public void An_offence_without_the_group_is_not_met()
    {
        var c = Some.Case(Some.Offence().WithGroup(false)).With(Some.OrganisedGroup("MD", "UA"));
        ForOffence(c, Id).ShouldBe(Outcome.NotMet, evidence: ["offences[0].involvesGroup"]);
    }

    [Test]
    public void Unknown_activity_states_are_unknown()
    {
        var c = Some.Case(Some.Offence().WithGroup()).With(Some.OrganisedGroup());
        ForOffence(c, Id).ShouldBe(Outcome.Unknown, missing: ["group.activeIn"]);
    }

    [Test]
    public void No_group_at_all_names_every_missing_group_fact()
    {
        ForOffence(Some.Case(Some.Offence()), Id).ShouldBe(Outcome.Unknown, missing:
        [
            "offences[0].involvesGroup", "group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert",
            "group.aimsAtSeriousCrime", "group.materialBenefit", "group.activeIn",
        ]);
    }
}

public class SubstantialEffectsInAnotherStateTests
{
    private const string Id = "untoc.art3.2.d";

    [Test]
    public void Effects_outside_the_committing_state_are_met()
    {
        var r = ForOffence(Some.Case(Some.Offence().CommittedIn("MD").EffectsIn("UA")), Id);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].substantialEffectsIn[0]"]);
        r.Reason.Uk.Should().Contain("Україні");
    }

    [Test]
    public void Effects_only_where_committed_are_not_met()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("MD").EffectsIn("MD")), Id)
            .ShouldBe(Outcome.NotMet, evidence: ["offences[0].committedIn[0]", "offences[0].substantialEffectsIn[0]"]);
    }

    [Test]
    public void No_effects_are_not_met()
    {
        ForOffence(Some.Case(Some.Offence().EffectsIn()), Id).ShouldBe(Outcome.NotMet, evidence: ["offences[0].substantialEffectsIn"]);
    }

    [Test]
    public void Effects_with_unknown_committing_states_are_unknown()
    {
        ForOffence(Some.Case(Some.Offence().EffectsIn("UA")), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn"]);
    }

    [Test]
    public void Unknown_effects_are_unknown()
    {
        ForOffence(Some.Case(Some.Offence().CommittedIn("MD")), Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialEffectsIn"]);
    }
}

public class TransnationalInNatureTests
{
    private const string Id = "untoc.art3.2";

    [Test]
    public void Any_one_test_suffices_and_every_test_is_reported()
    {
        var c = Some.Case(Some.Offence().CommittedIn("UA", "PL").ConductIn("DE").EffectsIn());
        var r = ForOffence(c, Id);
        r.ShouldBe(Outcome.Met, evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]", "offences[0].substantialConduct[0]"]);
        r.Reason.En.Should().Contain("(a), (b)");
        r.Evaluation.Children[0].Children.Select(e => e.Outcome).Should().Equal(Outcome.Met, Outcome.Met, Outcome.Unknown, Outcome.NotMet);
    }

    [Test]
    public void All_four_tests_failing_is_not_met()
    {
        var c = Some.Case(Some.Offence().CommittedIn("UA").ConductIn("UA").EffectsIn("UA").WithGroup(false));
        var r = ForOffence(c, Id);
        r.ShouldBe(Outcome.NotMet);
        r.Evidence.Should().Contain("offences[0].involvesGroup");
    }

    [Test]
    public void Open_tests_name_only_their_missing_facts()
    {
        var c = Some.Case(Some.Offence().CommittedIn("UA").ConductIn().EffectsIn("UA").WithGroup(false));
        ForOffence(c, Id).ShouldBe(Outcome.NotMet);
        var open = Some.Case(Some.Offence().CommittedIn("UA").ConductIn().WithGroup(false));
        ForOffence(open, Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialEffectsIn"]);
    }
}

public class ConventionOffenceTests
{
    private const string Id = "untoc.art3.1.offence";

    [TestCase(OffenceKind.ParticipationInOrganisedCriminalGroup, Outcome.Met)]
    [TestCase(OffenceKind.MoneyLaundering, Outcome.Met)]
    [TestCase(OffenceKind.Bribery, Outcome.Met)]
    [TestCase(OffenceKind.ObstructionOfJustice, Outcome.Met)]
    [TestCase(OffenceKind.TraffickingInPersons, Outcome.Met)]
    [TestCase(OffenceKind.SmugglingOfMigrants, Outcome.Met)]
    [TestCase(OffenceKind.FirearmsTrafficking, Outcome.Met)]
    [TestCase(OffenceKind.Fraud, Outcome.NotMet)]
    [TestCase(OffenceKind.DrugTrafficking, Outcome.NotMet)]
    [TestCase(OffenceKind.OtherCorruption, Outcome.NotMet)]
    [TestCase(OffenceKind.Cybercrime, Outcome.NotMet)]
    [TestCase(OffenceKind.Other, Outcome.NotMet)]
    public void The_kind_decides(OffenceKind kind, Outcome expected)
    {
        var r = ForOffence(Some.Case(Some.Offence(kind: kind)), Id);
        r.ShouldBe(expected, evidence: ["offences[0].kind"]);
    }

    [Test]
    public void Protocol_offences_are_said_to_count_between_parties()
    {
        ForOffence(Some.Case(Some.Offence(kind: OffenceKind.SmugglingOfMigrants)), Id).Reason.En.Should().Contain("between its parties");
    }
}

public class InvolvesOrganisedCriminalGroupTests
{
    private const string Id = "untoc.art3.1.group";

    [Test]
    public void Met_when_the_offence_involves_an_organised_criminal_group()
    {
        var c = Some.Case(Some.Offence().WithGroup()).With(Some.OrganisedGroup());
        var r = ForOffence(c, Id);
        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().StartWith("offences[0].involvesGroup");
    }

    [Test]
    public void Not_met_when_the_group_is_not_organised()
    {
        var c = Some.Case(Some.Offence().WithGroup()).With(Some.OrganisedGroup() with { Members = 2 });
        ForOffence(c, Id).ShouldBe(Outcome.NotMet, evidence: ["group.members"]);
    }

    [Test]
    public void Unknown_involvement_is_unknown()
    {
        var c = Some.Case(Some.Offence()).With(Some.OrganisedGroup());
        ForOffence(c, Id).ShouldBe(Outcome.Unknown, missing: ["offences[0].involvesGroup"]);
    }
}

public class ConventionAppliesTests
{
    private const string Id = "untoc.art3.1";

    private static CaseDescription Full(Offence o) => Some.Case(o).With(Some.OrganisedGroup("MD", "UA"));

    [Test]
    public void Serious_transnational_offence_of_an_organised_group_is_met()
    {
        var r = ForOffence(Full(Some.Offence().Penalty(12).CommittedIn("MD").ConductIn("UA").WithGroup()), Id);
        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().Contain(["offences[0].maximumPenaltyYears", "offences[0].substantialConduct[0]", "offences[0].involvesGroup"]);
    }

    [Test]
    public void A_Convention_offence_need_not_be_serious()
    {
        var o = Some.Offence(kind: OffenceKind.MoneyLaundering).Penalty(2).CommittedIn("MD", "UA").WithGroup();
        ForOffence(Full(o), Id).ShouldBe(Outcome.Met);
    }

    [Test]
    public void A_minor_non_Convention_offence_is_not_met_and_the_reason_keeps_art_18_open()
    {
        var r = ForOffence(Full(Some.Offence().Penalty(2).CommittedIn("MD", "UA").WithGroup()), Id);
        r.ShouldBe(Outcome.NotMet, evidence: ["offences[0].kind", "offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
        r.Reason.En.Should().Contain("art. 18(1)");
        r.Reason.Uk.Should().Contain("ст. 18(1)");
    }

    [Test]
    public void Unknown_penalty_leaves_it_open()
    {
        var r = ForOffence(Full(Some.Offence().CommittedIn("MD", "UA").WithGroup()), Id);
        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].maximumPenaltyYears"]);
    }

    [Test]
    public void One_offence_must_meet_all_three_parts_on_its_own()
    {
        // Offence 0 is serious but not transnational; offence 1 is transnational but minor and no Convention offence.
        var c = Some.Case(
                Some.Offence("a").Penalty(10).CommittedIn("UA").ConductIn().EffectsIn().WithGroup(),
                Some.Offence("b").Penalty(1).CommittedIn("UA", "PL").WithGroup())
            .With(Some.OrganisedGroup("UA", "PL", "UA") with { ActiveIn = ["UA"] });
        var classification = Default.Classify(c);
        classification["untoc.art2.b"].Outcome.Should().Be(Outcome.Met);
        classification["untoc.art3.2"].Outcome.Should().Be(Outcome.Met);
        classification["untoc.art3.1.group"].Outcome.Should().Be(Outcome.Met);
        classification[Id].ShouldBe(Outcome.NotMet);
        classification.ConventionApplies.Should().Be(Outcome.NotMet);
    }
}
