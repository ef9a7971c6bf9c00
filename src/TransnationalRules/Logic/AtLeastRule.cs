using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>Threshold: met when at least n children are met, not met when fewer than n can still be, else unknown.</summary>
internal sealed class AtLeastRule(int required, ImmutableArray<Rule> rules, LocalizedText? label) : Rule(label)
{
    public int Required { get; } = required;

    public override RuleScope Scope { get; } = ScopeOf(rules);

    public override ImmutableArray<Rule> Children => rules;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var children = EvaluateAll(rules, context);
        int met = 0, unknown = 0;
        foreach (var child in children)
        {
            if (child.Outcome == Outcome.Met) { met++; }
            else if (child.Outcome == Outcome.Unknown) { unknown++; }
        }

        var outcome = Kleene.AtLeast(Required, met, unknown);
        return Evaluation.Combine(this, outcome, context.OffenceIndex, children, evidenceFrom: outcome);
    }

    internal override Outcome EvaluateOutcome(RuleContext context)
    {
        int met = 0, unknown = 0;
        foreach (var rule in rules)
        {
            var outcome = rule.EvaluateOutcome(context);
            if (outcome == Outcome.Met) { met++; }
            else if (outcome == Outcome.Unknown) { unknown++; }
        }

        return Kleene.AtLeast(Required, met, unknown);
    }
}
