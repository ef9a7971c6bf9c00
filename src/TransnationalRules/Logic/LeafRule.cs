namespace TransnationalRules.Logic;

/// <summary>A rule that reads facts through a pure function of the context.</summary>
internal sealed class LeafRule(LocalizedText label, RuleScope scope, Func<RuleContext, Verdict> evaluate) : Rule(label)
{
    public override RuleScope Scope => scope;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (scope == RuleScope.Offence && context.OffenceIndex is null)
        {
            throw new InvalidOperationException(
                $"The rule '{Label!.En}' reads an offence and cannot be evaluated for the case as a whole; use it inside an offence-level criterion.");
        }

        var verdict = evaluate(context) ?? throw new InvalidOperationException($"The rule '{Label!.En}' returned no verdict.");
        return new Evaluation(this, verdict.Outcome, context.OffenceIndex, [], verdict.Evidence, verdict.MissingFacts);
    }
}
