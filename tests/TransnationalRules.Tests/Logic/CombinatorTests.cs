using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Logic;

public class CombinatorTests
{
    private static readonly Outcome[] All = [Outcome.Met, Outcome.NotMet, Outcome.Unknown];
    private static readonly Classifier Classifier = new(RuleSet.Default);
    private static readonly CaseDescription AnyCase = Some.Case();

    /// <summary>A constant leaf whose fact is facts.&lt;field&gt;.</summary>
    private static Rule Const(Outcome outcome, FactsField field)
    {
        var path = FactPath.Facts(field);
        return Rule.Leaf(new LocalizedText(outcome + " " + field, outcome + " " + field), RuleScope.Case, _ => outcome switch
        {
            Outcome.Met => Verdict.Met(path),
            Outcome.NotMet => Verdict.NotMet(path),
            _ => Verdict.Unknown(path),
        });
    }

    private static Evaluation Eval(Rule rule) => Classifier.Evaluate(rule, AnyCase);

    public static IEnumerable<TestCaseData> Pairs() =>
        from a in All from b in All select new TestCaseData(a, b).SetArgDisplayNames(a.ToString(), b.ToString());

    [TestCaseSource(nameof(Pairs))]
    public void AllOf_follows_the_Kleene_table(Outcome a, Outcome b)
    {
        var expected = a == Outcome.NotMet || b == Outcome.NotMet ? Outcome.NotMet
            : a == Outcome.Unknown || b == Outcome.Unknown ? Outcome.Unknown : Outcome.Met;
        var rule = Rule.AllOf(Const(a, FactsField.HarmThreatened), Const(b, FactsField.GroupBeingFormed));
        var e = Eval(rule);
        e.Outcome.Should().Be(expected);
        (Eval(Const(a, FactsField.HarmThreatened) & Const(b, FactsField.GroupBeingFormed)).Outcome).Should().Be(expected, "& is AllOf");
        e.Children.Select(c => c.Outcome).Should().Equal([a, b], "both children are evaluated and reported");
        AssertWhy(e, [a, b]);
    }

    [TestCaseSource(nameof(Pairs))]
    public void AnyOf_follows_the_Kleene_table(Outcome a, Outcome b)
    {
        var expected = a == Outcome.Met || b == Outcome.Met ? Outcome.Met
            : a == Outcome.Unknown || b == Outcome.Unknown ? Outcome.Unknown : Outcome.NotMet;
        var e = Eval(Rule.AnyOf(Const(a, FactsField.HarmThreatened), Const(b, FactsField.GroupBeingFormed)));
        e.Outcome.Should().Be(expected);
        (Eval(Const(a, FactsField.HarmThreatened) | Const(b, FactsField.GroupBeingFormed)).Outcome).Should().Be(expected, "| is AnyOf");
        e.Children.Select(c => c.Outcome).Should().Equal([a, b], "no short circuit hides a met alternative");
        AssertWhy(e, [a, b]);
    }

    [TestCase(Outcome.Met, Outcome.NotMet)]
    [TestCase(Outcome.NotMet, Outcome.Met)]
    [TestCase(Outcome.Unknown, Outcome.Unknown)]
    public void Not_swaps_met_and_not_met_and_keeps_unknown(Outcome a, Outcome expected)
    {
        var e = Eval(Rule.Not(Const(a, FactsField.HarmThreatened)));
        e.Outcome.Should().Be(expected);
        Eval(!Const(a, FactsField.HarmThreatened)).Outcome.Should().Be(expected, "! is Not");
        if (a == Outcome.Unknown)
        {
            e.MissingFacts.Select(p => p.Value).Should().Equal("facts.harmThreatened");
        }
        else
        {
            e.Evidence.Select(p => p.Value).Should().Equal("facts.harmThreatened");
        }
    }

    public static IEnumerable<TestCaseData> Triples() =>
        from n in new[] { 0, 1, 2, 3, 4 } from a in All from b in All from c in All
        select new TestCaseData(n, a, b, c).SetArgDisplayNames(n.ToString(System.Globalization.CultureInfo.InvariantCulture), a.ToString(), b.ToString(), c.ToString());

    [TestCaseSource(nameof(Triples))]
    public void AtLeast_follows_its_table(int n, Outcome a, Outcome b, Outcome c)
    {
        Outcome[] outcomes = [a, b, c];
        var m = outcomes.Count(o => o == Outcome.Met);
        var u = outcomes.Count(o => o == Outcome.Unknown);
        var expected = m >= n ? Outcome.Met : m + u < n ? Outcome.NotMet : Outcome.Unknown;
        var e = Eval(Rule.AtLeast(n, Const(a, FactsField.HarmThreatened), Const(b, FactsField.GroupBeingFormed), Const(c, FactsField.ProceedsLaundered)));
        e.Outcome.Should().Be(expected);
        AssertWhy(e, outcomes);
    }

    [Test]
    public void Empty_combinators_follow_DESIGN()
    {
        Eval(Rule.AllOf()).Outcome.Should().Be(Outcome.Met);
        Eval(Rule.AnyOf()).Outcome.Should().Be(Outcome.NotMet);
        Eval(Rule.AtLeast(0)).Outcome.Should().Be(Outcome.Met);
        Eval(Rule.AtLeast(1)).Outcome.Should().Be(Outcome.NotMet);
    }

    [Test]
    public void AtLeast_with_a_negative_count_is_misuse()
    {
        var act = () => Rule.AtLeast(-1, Const(Outcome.Met, FactsField.HarmThreatened));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Null_children_are_misuse()
    {
        FluentActions.Invoking(() => Rule.AllOf(null!, Const(Outcome.Met, FactsField.HarmThreatened))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Rule.Not(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Missing_facts_descend_only_through_unknown_children()
    {
        // AnyOf(unknown a, notMet b) lists a's facts, not b's; AllOf(unknown a, unknown b) lists both in document order.
        var e = Eval(Rule.AnyOf(Const(Outcome.Unknown, FactsField.ProceedsLaundered), Const(Outcome.NotMet, FactsField.HarmThreatened)));
        e.MissingFacts.Select(p => p.Value).Should().Equal("facts.proceedsLaundered");
        var both = Eval(Rule.AllOf(Const(Outcome.Unknown, FactsField.ProceedsLaundered), Const(Outcome.Unknown, FactsField.HarmThreatened), Const(Outcome.Unknown, FactsField.HarmThreatened)));
        both.MissingFacts.Select(p => p.Value).Should().Equal(["facts.harmThreatened", "facts.proceedsLaundered"], "deduplicated, in document order");
    }

    /// <summary>Decided outcomes carry the evidence of the children that agree with them; unknown ones the missing facts of unknown children.</summary>
    private static void AssertWhy(Evaluation e, Outcome[] children)
    {
        FactsField[] fields = [FactsField.HarmThreatened, FactsField.GroupBeingFormed, FactsField.ProceedsLaundered];
        if (e.Outcome == Outcome.Unknown)
        {
            e.Evidence.Should().BeEmpty();
            var expected = Enumerable.Range(0, children.Length).Where(i => children[i] == Outcome.Unknown).Select(i => FactPath.Facts(fields[i])).Order().Select(p => p.Value);
            e.MissingFacts.Select(p => p.Value).Should().Equal(expected);
        }
        else
        {
            e.MissingFacts.Should().BeEmpty();
            var expected = Enumerable.Range(0, children.Length).Where(i => children[i] == e.Outcome).Select(i => FactPath.Facts(fields[i])).Order().Select(p => p.Value);
            e.Evidence.Select(p => p.Value).Should().Equal(expected);
        }
    }
}
