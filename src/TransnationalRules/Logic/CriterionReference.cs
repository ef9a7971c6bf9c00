namespace TransnationalRules.Logic;

/// <summary>A reference to a criterion by id, resolved to a slot when a classifier compiles its rule set.</summary>
internal sealed class CriterionReference(string criterionId) : Rule(null)
{
    public string CriterionId { get; } = criterionId;

    public override RuleScope Scope => RuleScope.Case;
}
