using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>Kleene negation: swaps met and not met; unknown stays unknown. The evidence is the child's.</summary>
internal sealed class NotRule(Rule rule, LocalizedText? label) : Rule(label)
{
    public override RuleScope Scope => rule.Scope;

    public override ImmutableArray<Rule> Children { get; } = [rule];

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var child = rule.Evaluate(context);
        return new Evaluation(this, Kleene.Not(child.Outcome), context.OffenceIndex, [child], child.Evidence, child.MissingFacts);
    }

    internal override Outcome EvaluateOutcome(RuleContext context) => Kleene.Not(rule.EvaluateOutcome(context));
}
