using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>Kleene conjunction: not met if any child is, else unknown if any is, else met. Empty: met.</summary>
internal sealed class AllOfRule(ImmutableArray<Rule> rules, LocalizedText? label) : Rule(label)
{
    public override RuleScope Scope { get; } = ScopeOf(rules);

    public override ImmutableArray<Rule> Children => rules;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var children = EvaluateAll(rules, context);
        var outcome = Outcome.Met;
        foreach (var child in children)
        {
            outcome = Kleene.And(outcome, child.Outcome);
        }

        return Evaluation.Combine(this, outcome, context.OffenceIndex, children, evidenceFrom: outcome);
    }

    internal override Outcome EvaluateOutcome(RuleContext context)
    {
        var outcome = Outcome.Met;
        foreach (var rule in rules)
        {
            outcome = Kleene.And(outcome, rule.EvaluateOutcome(context));
        }

        return outcome;
    }
}
