namespace TransnationalRules.Logic;

/// <summary>A reference to a criterion by id, bound to the rule set being classified.</summary>
internal sealed class CriterionReference(string criterionId) : Rule(null)
{
    public string CriterionId { get; } = criterionId;

    /// <summary>The binding to the rule set last evaluated (see <see cref="CriterionBinding"/>).</summary>
    internal CriterionBinding? Binding { get; set; }

    public override RuleScope Scope => RuleScope.Case;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.EvaluateCriterion(context.Session.Index.Bind(this).Target!, context.OffenceIndex);
    }

    internal override Outcome EvaluateOutcome(RuleContext context)
    {
        var session = context.Session;
        var binding = session.Index.Bind(this);
        return session.EvaluateOutcome(binding.Target!, binding.Slot, context.OffenceIndex);
    }
}
