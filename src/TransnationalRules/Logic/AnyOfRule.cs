using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>Kleene disjunction: met if any child is, else unknown if any is, else not met. Empty: not met.</summary>
internal sealed class AnyOfRule(ImmutableArray<Rule> rules, LocalizedText? label) : Rule(label)
{
    public override RuleScope Scope { get; } = ScopeOf(rules);

    public override ImmutableArray<Rule> Children => rules;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var children = EvaluateAll(rules, context);
        var outcome = Outcome.NotMet;
        foreach (var child in children)
        {
            outcome = Kleene.Or(outcome, child.Outcome);
        }

        return Evaluation.Combine(this, outcome, context.OffenceIndex, children, evidenceFrom: outcome);
    }

    internal override Outcome EvaluateOutcome(RuleContext context)
    {
        var outcome = Outcome.NotMet;
        foreach (var rule in rules)
        {
            outcome = Kleene.Or(outcome, rule.EvaluateOutcome(context));
        }

        return outcome;
    }
}
