using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Logic;

public class CombinatorTests
{
    private const Outcome M = Outcome.Met;
    private const Outcome N = Outcome.NotMet;
    private const Outcome U = Outcome.Unknown;

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

    // DESIGN §2, AllOf: notMet if any child is notMet; else unknown if any is unknown; else met.
    [TestCase(M, M, M)]
    [TestCase(M, N, N)]
    [TestCase(M, U, U)]
    [TestCase(N, M, N)]
    [TestCase(N, N, N)]
    [TestCase(N, U, N)]
    [TestCase(U, M, U)]
    [TestCase(U, N, N)]
    [TestCase(U, U, U)]
    public void AllOf_follows_the_Kleene_table(Outcome a, Outcome b, Outcome expected)
    {
        var rule = Rule.AllOf(Const(a, FactsField.HarmThreatened), Const(b, FactsField.GroupBeingFormed));
        var e = Eval(rule);
        e.Outcome.Should().Be(expected);
        (Eval(Const(a, FactsField.HarmThreatened) & Const(b, FactsField.GroupBeingFormed)).Outcome).Should().Be(expected, "& is AllOf");
        e.Children.Select(c => c.Outcome).Should().Equal([a, b], "both children are evaluated and reported");
        AssertWhy(e, [a, b]);
    }

    // DESIGN §2, AnyOf: met if any child is met; else unknown if any is unknown; else notMet.
    [TestCase(M, M, M)]
    [TestCase(M, N, M)]
    [TestCase(M, U, M)]
    [TestCase(N, M, M)]
    [TestCase(N, N, N)]
    [TestCase(N, U, U)]
    [TestCase(U, M, M)]
    [TestCase(U, N, U)]
    [TestCase(U, U, U)]
    public void AnyOf_follows_the_Kleene_table(Outcome a, Outcome b, Outcome expected)
    {
        var e = Eval(Rule.AnyOf(Const(a, FactsField.HarmThreatened), Const(b, FactsField.GroupBeingFormed)));
        e.Outcome.Should().Be(expected);
        (Eval(Const(a, FactsField.HarmThreatened) | Const(b, FactsField.GroupBeingFormed)).Outcome).Should().Be(expected, "| is AnyOf");
        e.Children.Select(c => c.Outcome).Should().Equal([a, b], "no short circuit hides a met alternative");
        AssertWhy(e, [a, b]);
    }

    // DESIGN §2, Not: swaps met and notMet; unknown stays.
    [TestCase(M, N)]
    [TestCase(N, M)]
    [TestCase(U, U)]
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

    /// <summary>
    /// DESIGN §2, AtLeast(n) over three children, written out row by row: with m children met and u unknown, met if
    /// m ≥ n; notMet if m + u &lt; n; else unknown.
    /// </summary>
    private static readonly Outcome[][] AtLeastTable =
    [
        // a  b  c     n=0 n=1 n=2 n=3 n=4
        [M, M, M, /**/ M, M, M, M, N],
        [M, M, N, /**/ M, M, M, N, N],
        [M, M, U, /**/ M, M, M, U, N],
        [M, N, M, /**/ M, M, M, N, N],
        [M, N, N, /**/ M, M, N, N, N],
        [M, N, U, /**/ M, M, U, N, N],
        [M, U, M, /**/ M, M, M, U, N],
        [M, U, N, /**/ M, M, U, N, N],
        [M, U, U, /**/ M, M, U, U, N],
        [N, M, M, /**/ M, M, M, N, N],
        [N, M, N, /**/ M, M, N, N, N],
        [N, M, U, /**/ M, M, U, N, N],
        [N, N, M, /**/ M, M, N, N, N],
        [N, N, N, /**/ M, N, N, N, N],
        [N, N, U, /**/ M, U, N, N, N],
        [N, U, M, /**/ M, M, U, N, N],
        [N, U, N, /**/ M, U, N, N, N],
        [N, U, U, /**/ M, U, U, N, N],
        [U, M, M, /**/ M, M, M, U, N],
        [U, M, N, /**/ M, M, U, N, N],
        [U, M, U, /**/ M, M, U, U, N],
        [U, N, M, /**/ M, M, U, N, N],
        [U, N, N, /**/ M, U, N, N, N],
        [U, N, U, /**/ M, U, U, N, N],
        [U, U, M, /**/ M, M, U, U, N],
        [U, U, N, /**/ M, U, U, N, N],
        [U, U, U, /**/ M, U, U, U, N],
    ];

    public static IEnumerable<TestCaseData> Triples() =>
        from n in Enumerable.Range(0, 5)
        from row in AtLeastTable
        select new TestCaseData(n, row[0], row[1], row[2], row[3 + n])
            .SetArgDisplayNames(n.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0].ToString(), row[1].ToString(), row[2].ToString(), row[3 + n].ToString());

    [Test]
    public void The_AtLeast_table_has_every_triple_once() =>
        AtLeastTable.Select(r => (r[0], r[1], r[2])).Should().OnlyHaveUniqueItems().And.HaveCount(27);

    [TestCaseSource(nameof(Triples))]
    public void AtLeast_follows_its_table(int n, Outcome a, Outcome b, Outcome c, Outcome expected)
    {
        Outcome[] outcomes = [a, b, c];
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
