using TransnationalRules.Classification;
using TransnationalRules.Interviews;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Interviews;

public class InterviewTests
{
    private static Interview Fraud(InterviewGoal goal = InterviewGoal.ConventionApplies) =>
        Interview.Start(InterviewRun.Default, Some.Case(Some.Offence()), goal);

    [Test]
    public void A_bare_fraud_case_is_asked_where_before_the_group_for_transnationality()
    {
        var interview = Fraud(InterviewGoal.Transnational);

        interview.OpenQuestions.Should().Equal(CriterionIds.TransnationalInNature);
        var first = interview.Next!;
        first.Path.Should().Be("offences[0].committedIn");
        first.Kind.Should().Be(InterviewQuestion.States);
        first.OpenList.Should().BeTrue();
        first.Label.En.Should().Be("where the offence was committed");
        first.Label.Uk.Should().Be("де вчинено правопорушення");
        first.Decides.Should().Equal(CriterionIds.TransnationalInNature);
        first.ReadBy.Should().Equal(CriterionIds.TransnationalInNature);
        interview.Questions.Select(q => q.Path).Should().NotContain(p => p.StartsWith("facts.", StringComparison.Ordinal), "no fact of another question is asked");
    }

    [Test]
    public void Committed_in_two_States_decides_transnationality_at_once()
    {
        var interview = Fraud(InterviewGoal.Transnational).Answer("offences[0].committedIn", ["UA", "PL"]);

        interview.Case.Offences[0].CommittedIn.Should().Equal("UA", "PL");
        interview.Classification.Transnational.Should().Be(Outcome.Met);
        interview.IsDecided.Should().BeTrue();
        interview.Next.Should().BeNull();
        interview.Answered.Should().Equal("offences[0].committedIn");
    }

    [Test]
    public void The_group_is_asked_about_only_after_whether_it_took_part()
    {
        var paths = Fraud().Questions.Select(q => q.Path).ToList();

        paths.Should().Contain("offences[0].involvesGroup");
        paths.IndexOf("offences[0].involvesGroup").Should().BeLessThan(paths.FindIndex(p => p.StartsWith("group.", StringComparison.Ordinal)));
    }

    [Test]
    public void No_group_decides_that_the_Convention_does_not_apply()
    {
        var interview = Fraud().Answer("offences[0].involvesGroup", false);

        interview.Classification.ConventionApplies.Should().Be(Outcome.NotMet);
        interview.Classification.Offences[0].Criteria.Single(c => c.Id == CriterionIds.InvolvesOrganisedCriminalGroup).Evidence
            .Should().Equal("offences[0].involvesGroup");
        interview.Next.Should().BeNull();
    }

    [Test]
    public void An_unknown_answer_is_not_asked_again_and_is_carried_for_a_host()
    {
        var interview = Fraud().AnswerUnknown("offences[0].maximumPenaltyYears");

        interview.Unknown.Should().Equal("offences[0].maximumPenaltyYears");
        interview.Questions.Select(q => q.Path).Should().NotContain("offences[0].maximumPenaltyYears");
        interview.Classification.ConventionApplies.Should().Be(Outcome.Unknown);
        interview.Classification["untoc.art2.b"].MissingFacts.Should().Contain("offences[0].maximumPenaltyYears", "the fact is still missing, only not asked again");

        var restarted = Interview.Start(InterviewRun.Default, interview.Case, InterviewGoal.ConventionApplies, interview.Unknown);
        restarted.Questions.Select(q => q.Path).Should().Equal(interview.Questions.Select(q => q.Path));
    }

    [Test]
    public void A_lower_bound_answers_the_members_question_and_it_is_not_asked_again()
    {
        var interview = Fraud().AnswerAtLeast("group.members", 5);

        interview.Case.Group!.MembersAtLeast.Should().Be(5);
        interview.Case.Group.Members.Should().BeNull();
        interview.Questions.Select(q => q.Path).Should().NotContain("group.members");
        interview.Question("group.members")!.Known.Should().Be(">=5");
    }

    [TestCase("y", true)]
    [TestCase("так", true)]
    [TestCase("N", false)]
    public void Text_answers_a_yes_no_question(string text, bool expected)
    {
        Fraud().TryAnswerText("offences[0].involvesGroup", text, out var next, out var error).Should().BeTrue();

        error.Should().BeNull();
        next.Case.Offences[0].InvolvesGroup.Should().Be(expected);
    }

    [Test]
    public void Text_answers_an_open_list_with_its_marker()
    {
        Fraud().TryAnswerText("offences[0].committedIn", "ua +", out var next, out _).Should().BeTrue();

        next.Case.Offences[0].CommittedIn.Should().Equal("UA");
        next.Case.Offences[0].CommittedInOthers.Should().Be(OtherStates.Some);
        next.Classification["untoc.art3.2.a"].Outcome.Should().Be(Outcome.Met);
    }

    [TestCase("offences[0].committedIn", "XX", "not a State code")]
    [TestCase("offences[0].involvesGroup", "maybe", "y (yes)")]
    [TestCase("offences[0].maximumPenaltyYears", "101", "from 0 to 100")]
    [TestCase("offences[0].substantialConduct", "UA", "UA:direction")]
    [TestCase("offences[0].committedIn", "", "? for unknown")]
    public void Bad_text_is_refused_with_a_clear_message_and_the_interview_unchanged(string path, string text, string message)
    {
        var interview = Fraud();

        interview.TryAnswerText(path, text, out var next, out var error).Should().BeFalse();

        error!.En.Should().Contain(message);
        error.Uk.Should().NotBeNullOrWhiteSpace();
        next.Should().BeSameAs(interview);
    }

    [Test]
    public void An_answer_that_makes_the_case_invalid_is_refused_naming_the_field()
    {
        var interview = Fraud().Answer("offences[0].committedIn", ["UA", "PL"]).Answer("offences[0].involvesGroup", true);

        var act = () => interview.Answer("group.activeIn", ["UA"]);

        act.Should().Throw<CaseValidationException>().Which.Errors.Select(e => e.Path).Should().Contain("group.activeIn");
    }

    [Test]
    public void A_path_that_is_no_fact_is_misuse()
    {
        var act = () => Fraud().Answer("offences[3].involvesGroup", true);
        act.Should().Throw<ArgumentException>();
        var kind = () => Fraud().Answer("offences[0].committedIn", true);
        kind.Should().Throw<ArgumentException>().WithMessage("*states*");
    }

    [Test]
    public void An_abroad_fact_names_its_State()
    {
        var @case = Some.Case(Some.Offence()) with { Abroad = [new ForeignState { State = "PL" }] };
        var question = Interview.Start(InterviewRun.Default, @case, InterviewGoal.Routes).Question("abroad[0].evidence")!;

        question.State.Should().Be("PL");
        question.Label.En.Should().Be("whether evidence is located in Poland");
        question.Label.Uk.Should().Be("чи перебувають докази в Польщі");
    }

    [Test]
    public void The_routes_goal_first_asks_which_foreign_States()
    {
        var interview = Fraud(InterviewGoal.Routes);

        interview.OpenQuestions.Should().Equal("abroad");
        interview.Next!.Path.Should().Be("abroad");
        var next = interview.Answer("abroad", ["PL"]);
        next.Case.Abroad!.Select(a => a.State).Should().Equal("PL");
        next.OpenQuestions.Should().Contain("untoc.art18@PL");
    }

    [Test]
    public void A_user_rule_set_gets_the_same_behaviour_for_its_own_question()
    {
        var sanctions = new Criterion("npu.sanctioned-group", RuleScope.Case,
            new LocalizedText("Sanctioned organised group", "Організована група під санкціями"), "Internal order 12",
            Rule.Ref(CriterionIds.OrganisedCriminalGroup) & Leaf.Flag(FactsField.PublicOfficialsInvolved, new("officials involved", "залучено посадових осіб")),
            (evaluation, _) => new LocalizedText($"{evaluation.Outcome}", $"{evaluation.Outcome}"));
        var classifier = new Classifier(RuleSet.Default.Add(sanctions).WithQuestions("npu.sanctioned-group"));

        var interview = Interview.Start(classifier, Some.Case(Some.Offence()), InterviewGoal.All);

        interview.OpenQuestions.Should().Contain("npu.sanctioned-group");
        var officials = interview.Question("facts.publicOfficialsInvolved")!;
        officials.ReadBy.Should().Contain("npu.sanctioned-group");
        officials.Decides.Should().Contain("npu.sanctioned-group", "answering no alone decides it");
        interview.Questions.Select(q => q.Path).Should().Contain("facts.publicOfficialsInvolved");

        var answered = interview.Answer("facts.publicOfficialsInvolved", false);
        answered.Classification["npu.sanctioned-group"].Outcome.Should().Be(Outcome.NotMet);
        answered.OpenQuestions.Should().NotContain("npu.sanctioned-group");
    }

    [Test]
    public void The_paper_form_walks_every_askable_field_in_document_order()
    {
        var interview = Interview.Start(InterviewRun.Default, Some.Case(Some.Offence()), InterviewGoal.All, documentOrder: true);

        interview.Questions.Select(q => q.Path).Should().Equal(
            "offences[0].maximumPenaltyYears", "offences[0].committedIn", "offences[0].substantialConduct", "offences[0].substantialEffectsIn",
            "offences[0].involvesGroup", "group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert",
            "group.aimsAtSeriousCrime", "group.materialBenefit", "group.activeIn", "facts.harmThreatened", "facts.damage.individuals",
            "facts.damage.legalEntities", "facts.damage.state", "facts.publicOfficialsInvolved", "facts.civilAssociationsOrMediaUsed",
            "facts.businessEntitiesUsed", "facts.proceedsLaundered", "facts.groupBeingFormed", "facts.socialConditionsExploited",
            "facts.internationalCooperation", "stage", "abroad");
        var withAbroad = Interview.Start(InterviewRun.Default, Some.Case(Some.Offence()) with { Abroad = [new ForeignState { State = "PL" }] }, InterviewGoal.All, documentOrder: true);
        withAbroad.Questions.Select(q => q.Path).Should().EndWith(["stage", "abroad[0].suspects", "abroad[0].victims", "abroad[0].witnesses",
            "abroad[0].proceeds", "abroad[0].evidence", "abroad[0].proceedings", "abroad[0].dualCriminality"]);
    }

    [Test]
    public void For_the_Convention_where_is_asked_before_the_group_and_whether_it_took_part_before_what_it_is()
    {
        var paths = Fraud().Questions.Select(q => q.Path).ToList();

        paths.IndexOf("offences[0].committedIn").Should().BeLessThan(paths.IndexOf("group.members"));
        paths.IndexOf("offences[0].involvesGroup").Should().BeLessThan(paths.IndexOf("group.members"));
        Fraud().Question("offences[0].committedIn")!.Decides.Should().Equal(CriterionIds.TransnationalInNature);
        Fraud().Question("offences[0].maximumPenaltyYears")!.Decides.Should().Contain(CriterionIds.ConventionApplies);
    }

    [Test]
    public void The_penalty_question_takes_life_imprisonment_which_is_never_a_missing_fact_of_its_own()
    {
        var question = Fraud().Question("offences[0].maximumPenaltyYears")!;
        question.Choices.Should().Equal("life");

        Fraud().TryAnswerText(question.Path, "life", out var next, out _).Should().BeTrue();

        next.Case.Offences[0].LifeImprisonment.Should().BeTrue();
        next.Case.Offences[0].MaximumPenaltyYears.Should().BeNull();
        next.Classification.Offences[0].Criteria.Single(c => c.Id == CriterionIds.SeriousCrime).Outcome.Should().Be(Outcome.Met);
        next.Questions.Select(q => q.Path).Should().NotContain(question.Path);
    }
}
