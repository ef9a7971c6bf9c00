using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using Outcome = TransnationalRules.Logic.Outcome;

namespace TransnationalRules.Tests.Properties;

/// <summary>
/// The laws of the three-valued combinators (DESIGN §2) over generated leaves that are met, not met or unknown, each
/// reading one fact: equal rules give the same outcome, evidence and missing facts.
/// </summary>
public sealed class CombinatorLawProperties
{
    private static readonly FactPath[] Facts =
    [
        FactPath.Group(GroupField.Members),
        FactPath.Group(GroupField.Structured),
        FactPath.Facts(FactsField.HarmThreatened),
        FactPath.Facts(FactsField.ProceedsLaundered),
        FactPath.Offence(0, OffenceField.CommittedIn),
        FactPath.Offence(0, OffenceField.SubstantialConduct, 1),
    ];

    private static readonly CaseDescription Case = Some.Case();

    private static readonly Gen<Tree> LeafGen =
        from outcome in Gen.Elements(Outcome.Met, Outcome.NotMet, Outcome.Unknown)
        from fact in Gen.Elements(Facts)
        select (Tree)new Leaf(outcome, fact);

    private static readonly Gen<Tree[]> Leaves = from n in Gen.Choose(0, 5) from leaves in Gen.ArrayOf(LeafGen, n) select leaves;

    private static readonly Gen<Tree> Trees = TreeGen(4);

    [ScaledProperty(2000)]
    public Property De_Morgan_not_all_of_is_any_of_nots() =>
        Prop.ForAll(Leaves.ToArbitrary(), xs =>
            Same(Rule.Not(Rule.AllOf(Rules(xs))), Rule.AnyOf(Rules(xs).Select(Rule.Not))));

    [ScaledProperty(2000)]
    public Property De_Morgan_not_any_of_is_all_of_nots() =>
        Prop.ForAll(Leaves.ToArbitrary(), xs =>
            Same(Rule.Not(Rule.AnyOf(Rules(xs))), Rule.AllOf(Rules(xs).Select(Rule.Not))));

    [ScaledProperty(2000)]
    public Property At_least_one_is_any_of() =>
        Prop.ForAll(Leaves.ToArbitrary(), xs => Same(Rule.AtLeast(1, Rules(xs)), Rule.AnyOf(Rules(xs))));

    [ScaledProperty(2000)]
    public Property At_least_all_is_all_of() =>
        Prop.ForAll(Leaves.ToArbitrary(), xs => Same(Rule.AtLeast(xs.Length, Rules(xs)), Rule.AllOf(Rules(xs))));

    [ScaledProperty(2000)]
    public Property At_least_zero_is_met_and_more_than_all_is_not_met() =>
        Prop.ForAll(Leaves.ToArbitrary(), xs =>
            Run(Rule.AtLeast(0, Rules(xs))).Outcome == Outcome.Met
            && Run(Rule.AtLeast(xs.Length + 1, Rules(xs))).Outcome == Outcome.NotMet);

    [ScaledProperty(2000)]
    public Property Double_negation_is_the_rule_itself() =>
        Prop.ForAll(Trees.ToArbitrary(), t => Same(Rule.Not(Rule.Not(t.ToRule())), t.ToRule()));

    [ScaledProperty(2000)]
    public Property Operators_are_the_combinators() =>
        Prop.ForAll(Trees.ToArbitrary(), Trees.ToArbitrary(), (a, b) =>
            Same(a.ToRule() & b.ToRule(), Rule.AllOf(a.ToRule(), b.ToRule()))
            && Same(a.ToRule() | b.ToRule(), Rule.AnyOf(a.ToRule(), b.ToRule()))
            && Same(!a.ToRule(), Rule.Not(a.ToRule())));

    [ScaledProperty(2000)]
    public Property Order_of_children_does_not_matter() =>
        Prop.ForAll(Leaves.ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (xs, n) =>
        {
            var reversed = xs.Reverse().ToArray();
            return Same(Rule.AllOf(Rules(xs)), Rule.AllOf(Rules(reversed)))
                && Same(Rule.AnyOf(Rules(xs)), Rule.AnyOf(Rules(reversed)))
                && Same(Rule.AtLeast(n, Rules(xs)), Rule.AtLeast(n, Rules(reversed)));
        });

    /// <summary>Any tree of combinators evaluates as DESIGN §2's table says, with evidence and missing facts as in §2.</summary>
    [ScaledProperty(3000)]
    public Property A_tree_of_combinators_evaluates_as_the_truth_tables_say() =>
        Prop.ForAll(Trees.ToArbitrary(), t =>
        {
            var actual = Run(t.ToRule());
            var expected = t.Reference();
            return (actual.Outcome == expected.Outcome).Label($"outcome {actual.Outcome}, table says {expected.Outcome}")
                .And(actual.Evidence.SequenceEqual(expected.Evidence).Label("evidence"))
                .And(actual.MissingFacts.SequenceEqual(expected.Missing).Label("missing facts"));
        });

    /// <summary>Soundness at the level of rules: deciding an unknown leaf never changes a decided outcome.</summary>
    [ScaledProperty(3000)]
    public Property Deciding_an_unknown_leaf_never_changes_a_decided_outcome() =>
        Prop.ForAll(Trees.ToArbitrary(), Gen.Elements(Outcome.Met, Outcome.NotMet).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (t, decided, pick) =>
        {
            var before = Run(t.ToRule()).Outcome;
            var unknowns = t.UnknownLeaves().ToList();
            if (before == Outcome.Unknown || unknowns.Count == 0)
            {
                return true.Label("nothing to decide");
            }

            var after = Run(t.Decide(unknowns[pick % unknowns.Count], decided).ToRule()).Outcome;
            return (after == before).Label($"{before} became {after}");
        });

    private static IEnumerable<Rule> Rules(IEnumerable<Tree> trees) => trees.Select(t => t.ToRule());

    private static Evaluation Run(Rule rule) => Evaluate.Default.Evaluate(rule, Case);

    private static bool Same(Rule a, Rule b)
    {
        var x = Run(a);
        var y = Run(b);
        return x.Outcome == y.Outcome && x.Evidence.SequenceEqual(y.Evidence) && x.MissingFacts.SequenceEqual(y.MissingFacts);
    }

    private static Gen<Tree> TreeGen(int depth)
    {
        if (depth == 0)
        {
            return LeafGen;
        }

        var sub = TreeGen(depth - 1);
        var children = from n in Gen.Choose(0, 4) from xs in Gen.ArrayOf(sub, n) select xs;
        return Gen.Frequency(
            (4, LeafGen),
            (1, children.Select(xs => (Tree)new Combinator("all", 0, xs))),
            (1, children.Select(xs => (Tree)new Combinator("any", 0, xs))),
            (1, sub.Select(x => (Tree)new Combinator("not", 0, [x]))),
            (1, from xs in children from n in Gen.Choose(0, xs.Length + 1) select (Tree)new Combinator("atLeast", n, xs)));
    }

    /// <summary>A rule as data, with a reference evaluation written straight from DESIGN §2.</summary>
    internal abstract record Tree
    {
        public abstract Rule ToRule();

        public abstract (Outcome Outcome, SortedSet<FactPath> Evidence, SortedSet<FactPath> Missing) Reference();

        public abstract IEnumerable<Leaf> UnknownLeaves();

        public abstract Tree Decide(Leaf leaf, Outcome outcome);
    }

    internal sealed record Leaf(Outcome Outcome, FactPath Fact) : Tree
    {
        private static readonly LocalizedText Label = new("generated leaf", "згенерований лист");

        public override Rule ToRule()
        {
            var verdict = Outcome switch
            {
                Outcome.Met => Verdict.Met(Fact),
                Outcome.NotMet => Verdict.NotMet(Fact),
                _ => Verdict.Unknown(Fact),
            };
            return Rule.Leaf(Label, RuleScope.Case, _ => verdict);
        }

        public override (Outcome Outcome, SortedSet<FactPath> Evidence, SortedSet<FactPath> Missing) Reference() =>
            Outcome == Outcome.Unknown ? (Outcome, [], [Fact]) : (Outcome, [Fact], []);

        public override IEnumerable<Leaf> UnknownLeaves() => Outcome == Outcome.Unknown ? [this] : [];

        public override Tree Decide(Leaf leaf, Outcome outcome) => ReferenceEquals(this, leaf) ? this with { Outcome = outcome } : this;
    }

    internal sealed record Combinator(string Kind, int Required, Tree[] Children) : Tree
    {
        public override Rule ToRule() => Kind switch
        {
            "all" => Rule.AllOf(Rules(Children)),
            "any" => Rule.AnyOf(Rules(Children)),
            "not" => Rule.Not(Children[0].ToRule()),
            _ => Rule.AtLeast(Required, Rules(Children)),
        };

        public override (Outcome Outcome, SortedSet<FactPath> Evidence, SortedSet<FactPath> Missing) Reference()
        {
            var children = Children.Select(c => c.Reference()).ToList();
            if (Kind == "not")
            {
                var (o, e, m) = children[0];
                return (KleeneTables.Not[o], e, m);
            }

            var outcomes = children.Select(c => c.Outcome).ToArray();
            var outcome = Kind switch
            {
                "all" => outcomes.Aggregate(Outcome.Met, (x, y) => KleeneTables.And[(x, y)]),
                "any" => outcomes.Aggregate(Outcome.NotMet, (x, y) => KleeneTables.Or[(x, y)]),
                _ => AtLeast(Required, outcomes),
            };

            // Evidence: the facts of the children that decided it (those with the same outcome); missing facts: those
            // of the unknown children. Deduplicated, in document order.
            return outcome == Outcome.Unknown
                ? (outcome, [], new SortedSet<FactPath>(children.Where(c => c.Outcome == Outcome.Unknown).SelectMany(c => c.Missing)))
                : (outcome, new SortedSet<FactPath>(children.Where(c => c.Outcome == outcome).SelectMany(c => c.Evidence)), []);
        }

        public override IEnumerable<Leaf> UnknownLeaves() => Children.SelectMany(c => c.UnknownLeaves());

        /// <summary>
        /// AtLeast(n) from the two-operand tables alone: at least n of (x, rest) means x and at least n − 1 of rest,
        /// or at least n of rest (a monotone formula, so its Kleene value is DESIGN §2's m/u rule).
        /// </summary>
        private static Outcome AtLeast(int n, ReadOnlySpan<Outcome> xs) =>
            n == 0 ? Outcome.Met
            : xs.IsEmpty ? Outcome.NotMet
            : KleeneTables.Or[(KleeneTables.And[(xs[0], AtLeast(n - 1, xs[1..]))], AtLeast(n, xs[1..]))];

        public override Tree Decide(Leaf leaf, Outcome outcome) => this with { Children = [.. Children.Select(c => c.Decide(leaf, outcome))] };
    }
}
