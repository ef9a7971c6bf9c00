using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Classification;

public class RuleSetTests
{
    /// <summary>A user's own criterion: the case's group is large (20 or more members).</summary>
    private static Criterion LargeGroup() => new(
        "npu.large-group",
        RuleScope.Case,
        new LocalizedText("Large organised group", "Велика організована група"),
        "NPU internal order 1",
        Rule.Ref("untoc.art2.a") & Rule.Leaf(new LocalizedText("20 or more members", "20 або більше учасників"), RuleScope.Case,
            c => c.Case.Group?.Members is int n ? Verdict.Decided(n >= 20, FactPath.Group(GroupField.Members)) : Verdict.Unknown(FactPath.Group(GroupField.Members))),
        (e, _) => new LocalizedText("Large group: " + e.Outcome, "Велика група: " + e.Outcome));

    [Test]
    public void The_default_set_holds_DESIGN_section_3_in_its_order()
    {
        RuleSet.Default.Id.Should().Be("default");
        RuleSet.Default.Version.Should().Be("1.0.0");
        RuleSet.Default.Criteria.Select(c => c.Id).Should().Equal(DesignIds.DefaultSet);
        RuleSet.Default.Criteria.Where(c => c.Level == RuleScope.State).Select(c => c.Id).Should().Equal(DesignIds.Routes);
    }

    [Test]
    public void A_user_rule_composes_with_built_in_ones_in_a_custom_set()
    {
        var set = RuleSet.Default.Add(LargeGroup());
        set.Version.Should().Be("1.0.0+modified", "a derived set never claims to be the default rules");
        var classifier = new Classifier(set);

        var big = classifier.Classify(Some.Case().With(Some.OrganisedGroup() with { Members = 400 }));
        big["npu.large-group"].ShouldBe(Outcome.Met);
        big["npu.large-group"].Evidence.Should().Contain("group.members");
        big.Criteria.Select(c => c.Id).Should().EndWith("npu.large-group");

        var small = classifier.Classify(Some.Case().With(Some.OrganisedGroup() with { Members = 5 }));
        small["npu.large-group"].ShouldBe(Outcome.NotMet, evidence: ["group.members"]);

        var unknown = classifier.Classify(Some.Case());
        unknown["npu.large-group"].ShouldBe(Outcome.Unknown);
        unknown["npu.large-group"].MissingFacts.Should().Contain("group.members");
    }

    [Test]
    public void Replacing_a_criterion_changes_every_criterion_that_refers_to_it()
    {
        // A stricter national reading: an organised group needs five or more members.
        var strict = new Criterion("untoc.art2.a", RuleScope.Case, new LocalizedText("Strict group", "Сувора група"), "UNTOC art. 2(a)",
            Rule.Leaf(new LocalizedText("five or more", "п’ять або більше"), RuleScope.Case,
                c => c.Case.Group?.Members is int n ? Verdict.Decided(n >= 5, FactPath.Group(GroupField.Members)) : Verdict.Unknown(FactPath.Group(GroupField.Members))),
            (e, _) => new LocalizedText(e.Outcome.ToString(), e.Outcome.ToString()));
        var classifier = new Classifier(RuleSet.Default.Replace(strict));
        var c = Some.Case(Some.Offence().WithGroup()).With(Some.OrganisedGroup() with { Members = 4 });

        Evaluate.Default.Classify(c)["untoc.art3.1.group"].Outcome.Should().Be(Outcome.Met);
        classifier.Classify(c)["untoc.art3.1.group"].ShouldBe(Outcome.NotMet, evidence: ["group.members"]);
        classifier.RuleSet.Criteria.Select(x => x.Id).Should().Equal(DesignIds.DefaultSet, "a replacement keeps its place");
    }

    [Test]
    public void Ids_are_unique()
    {
        FluentActions.Invoking(() => RuleSet.Default.Add(RuleSet.Default.Criteria[0])).Should().Throw<ArgumentException>().WithMessage("*untoc.art2.a*");
        FluentActions.Invoking(() => RuleSet.Create("x", "1", [LargeGroup(), LargeGroup()])).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Replacing_or_removing_an_absent_id_is_misuse()
    {
        FluentActions.Invoking(() => RuleSet.Default.Replace(LargeGroup())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => RuleSet.Default.Remove("no.such")).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Removing_a_criterion_others_refer_to_is_a_contradictory_set()
    {
        var set = RuleSet.Default.Remove("untoc.art2.a");
        FluentActions.Invoking(() => new Classifier(set)).Should().Throw<ArgumentException>().WithMessage("*untoc.art2.a*");
    }

    [Test]
    public void Removing_a_leaf_criterion_is_fine_and_the_headline_goes_with_it()
    {
        // The routes that refer to untoc.art3.1 go first: a reference to a removed criterion is refused.
        var set = RuleSet.Default.Remove("ua.drugs1995").Remove("untoc.art27").Remove("untoc.art13").Remove("untoc.art19").Remove("untoc.art3.1")
            .WithIdentity("slim", "0.1.0");
        var result = new Classifier(set).Classify(Some.Case());
        result.RuleSetId.Should().Be("slim");
        result.RuleSetVersion.Should().Be("0.1.0");
        result.ConventionApplies.Should().BeNull();
        result.Transnational.Should().Be(Outcome.Unknown);
        result.Criteria.Should().HaveCount(19);
    }

    [Test]
    public void Criteria_that_refer_to_each_other_in_a_cycle_are_refused()
    {
        var a = new Criterion("x.a", RuleScope.Case, new("a", "a"), "c", Rule.Ref("x.b"), (e, _) => new("a", "a"));
        var b = new Criterion("x.b", RuleScope.Case, new("b", "b"), "c", Rule.Not(Rule.Ref("x.a")), (e, _) => new("b", "b"));
        FluentActions.Invoking(() => new Classifier(RuleSet.Create("cyclic", "1", [a, b]))).Should().Throw<ArgumentException>().WithMessage("*cycle*x.a*");
    }

    [Test]
    public void A_case_level_criterion_cannot_read_an_offence()
    {
        FluentActions.Invoking(() => new Criterion("x.bad", RuleScope.Case, new("a", "a"), "c", SeriousCritereonBody(), (e, _) => new("a", "a")))
            .Should().Throw<ArgumentException>().WithMessage("*reads an offence*");

        static Rule SeriousCritereonBody() => TransnationalRules.Untoc.SeriousCrime.AtLeastFourYears;
    }

    [TestCase("")]
    [TestCase("Upper.Case")]
    [TestCase("has space")]
    [TestCase("trailing.")]
    public void Malformed_ids_are_refused(string id)
    {
        FluentActions.Invoking(() => new Criterion(id, RuleScope.Case, new("a", "a"), "c", Rule.AllOf(), (e, _) => new("a", "a")))
            .Should().Throw<ArgumentException>();
    }
}
