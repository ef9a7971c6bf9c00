using System.Collections.Immutable;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// The third way of running a plan (STYLE 13): every criterion's outcome with the missing facts of an unknown one,
/// and nothing else — no evaluation trees, no evidence. What the <c>summary</c> level needs to rank a case's missing
/// facts (DESIGN §5), computed by the same walk over the same nodes as evaluations, with the same unions.
/// </summary>
internal sealed partial class Plan
{
    /// <summary>An outcome and, when it is unknown, the absent facts that could still change it (document order).</summary>
    public readonly record struct Open(Outcome Outcome, ImmutableArray<FactPath> MissingFacts);

    /// <summary>Every criterion's outcome and missing facts for a case: slot + row × slots (<see cref="Row"/>); default where not evaluated.</summary>
    public Open[] RunMissingFacts(CaseDescription @case)
    {
        var offences = @case.Offences.Count;
        var entries = @case.Abroad?.Count ?? 0;
        var n = slots.Length;
        var results = new Open[Rows(@case) * n];
        var stack = new Open[MaxStack];
        var found = new List<FactPath>();
        foreach (var step in steps)
        {
            if (step.Level == RuleScope.Case)
            {
                var mode = new MissingMode(this, @case, -1, -1, results, found);
                results[step.Slot] = Walk(step.Body, ref mode, stack.AsSpan());
                continue;
            }

            var count = step.Level == RuleScope.Offence ? offences : entries;
            var each = new Open[count];
            for (var i = 0; i < count; i++)
            {
                var mode = step.Level == RuleScope.Offence ? new MissingMode(this, @case, i, -1, results, found) : new MissingMode(this, @case, -1, i, results, found);
                each[i] = results[step.Slot + Row(step.Level, offences, i, i) * n] = Walk(step.Body, ref mode, stack.AsSpan());
            }

            results[step.Slot] = MissingMode.Any(each);
        }

        return results;
    }

    /// <summary>Outcomes with missing facts: an unknown leaf's absent facts, unioned up through unknown children as <see cref="Evaluation.Combine"/> does.</summary>
    private readonly struct MissingMode(Plan plan, CaseDescription @case, int offence, int abroad, Open[] results, List<FactPath> found) : IMode<Open>
    {
        public Open Fact(FactLeaf leaf)
        {
            var outcome = plan.Decide(leaf, @case, offence, abroad, null);
            if (outcome != Outcome.Unknown)
            {
                return new Open(outcome, []);
            }

            found.Clear();
            plan.Decide(leaf, @case, offence, abroad, found);
            return new Open(outcome, Paths.Normalize(found));
        }

        public Open Delegate(LeafRule leaf)
        {
            var verdict = leaf.Verdict(Context(@case, offence, abroad, leaf, plan.Territories));
            return new Open(verdict.Outcome, verdict.Outcome == Outcome.Unknown ? verdict.MissingFacts : []);
        }

        public Open Slot(int slot, RuleScope level) => results[slot + Row(level, @case.Offences.Count, offence, abroad) * plan.SlotCount];

        public Open Combine(Combinator combinator, ReadOnlySpan<Open> children)
        {
            Span<Outcome> outcomes = children.Length <= 32 ? stackalloc Outcome[32] : new Outcome[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                outcomes[i] = children[i].Outcome;
            }

            var outcome = combinator.Combine(outcomes[..children.Length]);
            return new Open(outcome, outcome == Outcome.Unknown ? Union(children) : []);
        }

        public Open SomeOffence(SomeOffenceRule rule, int body, Span<Open> stack)
        {
            var each = new Open[@case.Offences.Count];
            for (var i = 0; i < each.Length; i++)
            {
                var mode = new MissingMode(plan, @case, i, abroad, results, found);
                each[i] = Walk(plan.someOffenceBodies[body], ref mode, stack);
            }

            return Any(each);
        }

        /// <summary>AnyOf over offences or <c>abroad</c> entries, as the case-level evaluation of a criterion of that level.</summary>
        public static Open Any(ReadOnlySpan<Open> each)
        {
            var any = Outcome.NotMet;
            foreach (var e in each)
            {
                any = Kleene.Or(any, e.Outcome);
            }

            return new Open(any, any == Outcome.Unknown ? Union(each) : []);
        }

        /// <summary>The union of the missing facts of the unknown ones, as <see cref="Paths.MissingFactsOf"/>.</summary>
        private static ImmutableArray<FactPath> Union(ReadOnlySpan<Open> children)
        {
            ImmutableArray<FactPath>? single = null;
            var count = 0;
            var all = new List<FactPath>();
            foreach (var child in children)
            {
                if (child.Outcome == Outcome.Unknown && !child.MissingFacts.IsDefaultOrEmpty)
                {
                    single ??= child.MissingFacts;
                    count++;
                    all.AddRange(child.MissingFacts);
                }
            }

            return count switch
            {
                0 => [],
                1 => single!.Value,
                _ => Paths.Normalize(all),
            };
        }
    }
}
