namespace TransnationalRules.Logic;

/// <summary>A reference to a criterion by id, bound to the rule set being classified.</summary>
internal sealed class CriterionReference(string criterionId) : Rule(null)
{
    public string CriterionId { get; } = criterionId;

    public override RuleScope Scope => RuleScope.Case;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.EvaluateCriterion(CriterionId);
    }

    internal override Outcome EvaluateOutcome(RuleContext context) => context.Session.EvaluateOutcome(CriterionId, context.OffenceIndex);
}
