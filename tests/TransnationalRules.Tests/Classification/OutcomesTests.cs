using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using Outcome = TransnationalRules.Logic.Outcome;

namespace TransnationalRules.Tests.Classification;

public class OutcomesTests
{
    private static readonly Classifier Classifier = Evaluate.Default;

    private static CaseDescription Moldova() => Some.Case(
            Some.Offence("fraud").Penalty(12).CommittedIn("MD").ConductIn("UA").EffectsIn("UA").WithGroup(),
            Some.Offence("laundering", OffenceKind.MoneyLaundering).WithGroup())
        .With(Some.OrganisedGroup("MD", "UA", "RO"));

    [Test]
    public void Outcomes_of_a_case_are_the_outcomes_of_its_classification()
    {
        var outcomes = Classifier.Outcomes(Moldova());

        outcomes.CaseId.Should().Be("T-1");
        outcomes.OffenceCount.Should().Be(2);
        outcomes.Transnational.Should().Be(Outcome.Met);
        outcomes.ConventionApplies.Should().Be(Outcome.Met);
        outcomes["untoc.art3.2.b"].Should().Be(Outcome.Met);
        outcomes.ForOffence(0, "untoc.art2.b").Should().Be(Outcome.Met);
        outcomes.ForOffence(1, "untoc.art2.b").Should().Be(Outcome.Unknown, "the laundering offence states no penalty");
        outcomes.ForOffence(1, "untoc.art3.1.offence").Should().Be(Outcome.Met);
        outcomes["ua.oc1993.harm-prevention"].Should().Be(Outcome.Unknown);
        ShouldEqualClassification(Moldova());
    }

    [Test]
    public void Criteria_are_addressed_by_id_or_by_their_index_in_the_set()
    {
        var outcomes = Classifier.Outcomes(Moldova());
        var criteria = RuleSet.Default.Criteria;
        for (var k = 0; k < criteria.Length; k++)
        {
            outcomes[k].Should().Be(outcomes[criteria[k].Id]);
            if (criteria[k].Level == RuleScope.Offence)
            {
                outcomes.ForOffence(1, k).Should().Be(outcomes.ForOffence(1, criteria[k].Id));
            }
        }
    }

    [Test]
    public void A_case_level_criterion_has_no_outcome_per_offence_and_an_unknown_id_has_none_at_all()
    {
        var outcomes = Classifier.Outcomes(Moldova());

        FluentActions.Invoking(() => outcomes.ForOffence(0, "untoc.art2.a")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => outcomes["no.such"]).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => outcomes.ForOffence(2, "untoc.art2.b")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => outcomes[RuleSet.Default.Criteria.Length]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void A_set_without_the_UNTOC_criteria_reports_no_transnational_outcome()
    {
        var set = RuleSet.Default;
        foreach (var id in DesignIds.Ukrainian.Reverse())
        {
            set = set.Remove(id);
        }

        var untocOnly = new Classifier(set).Outcomes(Moldova());
        untocOnly.Transnational.Should().Be(Outcome.Met);

        var ukrainianOnly = new Classifier(RuleSet.Create("ua", "1", [global::TransnationalRules.Ukraine.RootCauses.Criterion])).Outcomes(Moldova());
        ukrainianOnly.Transnational.Should().BeNull();
        ukrainianOnly.ConventionApplies.Should().BeNull();
    }

    [Test]
    public void A_user_leaf_declared_from_the_vocabulary_gives_outcomes_and_verdicts_from_one_definition()
    {
        var leaf = Leaf.AtLeast(GroupField.Members, 1, new LocalizedText("members known", "кількість відома"));
        var criterion = new Criterion("my.members-known", RuleScope.Case, new LocalizedText("Members known", "Кількість відома"), "Internal",
            leaf & Rule.Ref("untoc.art2.a"), (e, _) => new LocalizedText(e.Outcome.ToString(), e.Outcome.ToString()));
        var classifier = new Classifier(RuleSet.Default.Add(criterion));

        classifier.Outcomes(Moldova())["my.members-known"].Should().Be(Outcome.Met);
        classifier.Classify(Moldova())["my.members-known"].Outcome.Should().Be(Outcome.Met);
        classifier.Outcomes(Some.Case())["my.members-known"].Should().Be(Outcome.Unknown);
        classifier.Classify(Some.Case())["my.members-known"].MissingFacts.Should().Contain("group.members");
        FluentActions.Invoking(() => Leaf.Flag(GroupField.Members, new LocalizedText("x", "x")))
            .Should().Throw<ArgumentOutOfRangeException>("members is a number, not a flag");
    }

    [Test]
    public void Outcomes_of_a_user_set_with_every_combinator_nested_criteria_and_plain_leaves_equal_its_classification()
    {
        var plainLeaf = Rule.Leaf(new LocalizedText("members stated", "кількість зазначена"), RuleScope.Case,
            c => c.Case.Group?.Members is null ? Verdict.Unknown(FactPath.Group(GroupField.Members)) : Verdict.Met(FactPath.Group(GroupField.Members)));
        var notInSet = new Criterion("my.nested", RuleScope.Offence, new LocalizedText("Nested", "Вкладений"), "Internal",
            Rule.Ref("untoc.art3.2.a") | Rule.Ref("untoc.art3.2.d"), (e, _) => new LocalizedText("n", "n"));
        LocalizedText Reason(Evaluation e, RuleContext c) => new(e.Outcome.ToString(), e.Outcome.ToString());
        var set = RuleSet.Default
            .Add(new Criterion("my.at-least", RuleScope.Offence, new LocalizedText("Two of four", "Два з чотирьох"), "Internal",
                Rule.AtLeast(2, Rule.Ref("untoc.art3.2.a"), Rule.Ref("untoc.art3.2.b"), Rule.Ref("untoc.art3.2.c"), Rule.Ref("untoc.art3.2.d")), Reason))
            .Add(new Criterion("my.case-level", RuleScope.Case, new LocalizedText("Case level", "Рівень справи"), "Internal",
                !Rule.Ref("untoc.art3.1") & plainLeaf & Rule.Ref("my.at-least"), Reason))
            .Add(new Criterion("my.with-nested", RuleScope.Offence, new LocalizedText("With nested", "З вкладеним"), "Internal",
                notInSet & !Rule.Ref("untoc.art2.b"), Reason))
            .Add(new Criterion("my.case-nested", RuleScope.Case, new LocalizedText("Case nested", "Справа з вкладеним"), "Internal",
                Rule.AnyOf(notInSet, Rule.AtLeast(0)), Reason));
        var classifier = new Classifier(set);
        CaseDescription[] cases =
        [
            Moldova(),
            Some.Case(Some.Offence("a").CommittedIn("UA", "PL").EffectsIn("RO"), Some.Offence("b").CommittedIn("UA")),
            Some.Case(Some.Offence("a").Penalty(2).CommittedIn("UA").EffectsIn("UA")).With(Some.OrganisedGroup("UA")),
        ];

        foreach (var c in cases)
        {
            var outcomes = classifier.Outcomes(c);
            var classification = classifier.Classify(c);
            foreach (var result in classification.Criteria)
            {
                outcomes[result.Id].Should().Be(result.Outcome, "{0} at case level", result.Id);
            }

            for (var i = 0; i < classification.Offences.Length; i++)
            {
                foreach (var result in classification.Offences[i].Criteria)
                {
                    outcomes.ForOffence(i, result.Id).Should().Be(result.Outcome, "{0} for offences[{1}]", result.Id, i);
                }
            }
        }

        classifier.Outcomes(cases[1])["my.at-least"].Should().Be(Outcome.Met, "offence a is committed in two states and has effects elsewhere");
        classifier.Outcomes(cases[2]).ForOffence(0, "my.with-nested").Should().Be(Outcome.NotMet);
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property Outcomes_equal_the_classification_s_outcomes_for_every_criterion_and_offence() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), s =>
        {
            ShouldEqualClassification(s.Partial);
            ShouldEqualClassification(s.Full);
        });

    private static void ShouldEqualClassification(CaseDescription c)
    {
        var outcomes = Classifier.Outcomes(c);
        var classification = Classifier.Classify(c);
        foreach (var result in classification.Criteria)
        {
            outcomes[result.Id].Should().Be(result.Outcome, "{0} at case level", result.Id);
        }

        for (var i = 0; i < classification.Offences.Length; i++)
        {
            foreach (var result in classification.Offences[i].Criteria)
            {
                outcomes.ForOffence(i, result.Id).Should().Be(result.Outcome, "{0} for offences[{1}]", result.Id, i);
            }
        }

        outcomes.AbroadCount.Should().Be(classification.Cooperation.Length);
        for (var e = 0; e < classification.Cooperation.Length; e++)
        {
            foreach (var route in classification.Cooperation[e].Routes)
            {
                outcomes.ForState(e, route.Id).Should().Be(route.Outcome, "{0} for abroad[{1}]", route.Id, e);
            }
        }
    }
}
