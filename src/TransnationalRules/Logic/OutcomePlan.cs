using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>
/// The criteria of a compiled rule set as a plan for outcomes alone: each criterion's body with its references
/// resolved to slots, in an order where every criterion comes after those it refers to. Evaluating the plan fills
/// every slot once, case level and per offence, without lookups, caches or evaluation trees.
/// </summary>
/// <remarks>
/// Equivalent to evaluating <see cref="Rule.EvaluateOutcome"/> through an <see cref="EvaluationSession"/>: a reference
/// reads the outcome its target has where it is evaluated (per offence, or the case-level AnyOf), and a criterion
/// nested in a body but not in the set is evaluated through the session as before.
/// </remarks>
internal sealed class OutcomePlan
{
    private readonly Step[] steps;
    private readonly int count;

    public OutcomePlan(IReadOnlyList<Criterion> criteria, CriterionIndex index)
    {
        count = index.Count;
        var order = new List<Step>(criteria.Count);
        var state = new byte[criteria.Count]; // 0 new, 1 visiting, 2 done
        void Visit(Criterion criterion)
        {
            var slot = index.IndexOf(criterion);
            if (state[slot] != 0)
            {
                return; // the classifier has already refused cycles
            }

            state[slot] = 1;
            foreach (var dependency in Dependencies(criterion.Body, index))
            {
                Visit(dependency);
            }

            state[slot] = 2;
            order.Add(new Step(slot, criterion.Level == RuleScope.Offence, Compile(criterion.Body, index)));
        }

        foreach (var criterion in criteria)
        {
            Visit(criterion);
        }

        steps = [.. order];
    }

    /// <summary>Evaluates every criterion into <paramref name="outcomes"/> (slot + (offence + 1) * criteria; outcome + 1).</summary>
    public void Run(EvaluationSession session, byte[] outcomes)
    {
        var offences = session.Case.Offences.Count;
        var caseContext = session.Context(null);
        foreach (var step in steps)
        {
            if (!step.OffenceLevel)
            {
                outcomes[step.Slot] = (byte)(step.Body.Evaluate(caseContext, outcomes, count) + 1);
                continue;
            }

            var any = Outcome.NotMet;
            for (var i = 0; i < offences; i++)
            {
                var outcome = step.Body.Evaluate(session.Context(i), outcomes, count);
                outcomes[step.Slot + (i + 1) * count] = (byte)(outcome + 1);
                any = Kleene.Or(any, outcome);
            }

            outcomes[step.Slot] = (byte)(any + 1);
        }
    }

    private static IEnumerable<Criterion> Dependencies(Rule rule, CriterionIndex index)
    {
        switch (rule)
        {
            case CriterionReference reference:
                yield return index.Find(reference.CriterionId)!;
                yield break;
            case Criterion nested when index.IndexOf(nested) >= 0:
                yield return nested;
                yield break;
        }

        foreach (var child in rule.Children)
        {
            foreach (var dependency in Dependencies(child, index))
            {
                yield return dependency;
            }
        }
    }

    private static Node Compile(Rule rule, CriterionIndex index) => rule switch
    {
        CriterionReference reference => Slot(index.Find(reference.CriterionId)!, index),
        Criterion nested when index.IndexOf(nested) >= 0 => Slot(nested, index),
        AllOfRule all => new AllOfNode(CompileAll(all.Children, index)),
        AnyOfRule any => new AnyOfNode(CompileAll(any.Children, index)),
        NotRule not => new NotNode(Compile(not.Children[0], index)),
        AtLeastRule atLeast => new AtLeastNode(atLeast.Required, CompileAll(atLeast.Children, index)),
        // Bodies of case-level criteria read no offence (Criterion refuses them), so a leaf here always has its scope.
        LeafRule { OutcomeFunction: { } outcome } => new LeafNode(outcome),
        _ => new RuleNode(rule), // a leaf without an outcome function, or a criterion outside the set
    };

    private static Node[] CompileAll(ImmutableArray<Rule> rules, CriterionIndex index) => [.. rules.Select(r => Compile(r, index))];

    private static SlotNode Slot(Criterion target, CriterionIndex index) =>
        new SlotNode(index.IndexOf(target), target.Level == RuleScope.Offence);

    private sealed record Step(int Slot, bool OffenceLevel, Node Body);

    private abstract class Node
    {
        public abstract Outcome Evaluate(RuleContext context, byte[] outcomes, int count);
    }

    /// <summary>The outcome of a criterion already evaluated: its own for this offence, or the case-level one.</summary>
    private sealed class SlotNode(int slot, bool offenceLevel) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count) =>
            (Outcome)(outcomes[offenceLevel && context.OffenceIndex is int i ? slot + (i + 1) * count : slot] - 1);
    }

    /// <summary>A leaf's outcome function.</summary>
    private sealed class LeafNode(Func<RuleContext, Outcome> outcome) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count) => outcome(context);
    }

    /// <summary>Any other rule, through its own outcome evaluation (scope checks and the session included).</summary>
    private sealed class RuleNode(Rule rule) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count) => rule.EvaluateOutcome(context);
    }

    private sealed class AllOfNode(Node[] children) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count)
        {
            var outcome = Outcome.Met;
            foreach (var child in children)
            {
                outcome = Kleene.And(outcome, child.Evaluate(context, outcomes, count));
            }

            return outcome;
        }
    }

    private sealed class AnyOfNode(Node[] children) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count)
        {
            var outcome = Outcome.NotMet;
            foreach (var child in children)
            {
                outcome = Kleene.Or(outcome, child.Evaluate(context, outcomes, count));
            }

            return outcome;
        }
    }

    private sealed class NotNode(Node child) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count) => Kleene.Not(child.Evaluate(context, outcomes, count));
    }

    private sealed class AtLeastNode(int required, Node[] children) : Node
    {
        public override Outcome Evaluate(RuleContext context, byte[] outcomes, int count)
        {
            int met = 0, unknown = 0;
            foreach (var child in children)
            {
                var outcome = child.Evaluate(context, outcomes, count);
                if (outcome == Outcome.Met) { met++; }
                else if (outcome == Outcome.Unknown) { unknown++; }
            }

            return Kleene.AtLeast(required, met, unknown);
        }
    }
}
