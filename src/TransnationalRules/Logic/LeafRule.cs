namespace TransnationalRules.Logic;

/// <summary>A rule that reads facts through a pure function of the context (and, optionally, one for its outcome alone).</summary>
internal sealed class LeafRule(LocalizedText label, RuleScope scope, Func<RuleContext, Verdict> evaluate, Func<RuleContext, Outcome>? outcome) : Rule(label)
{
    public override RuleScope Scope => scope;

    /// <summary>The outcome-only function, when the leaf has one.</summary>
    public Func<RuleContext, Outcome>? OutcomeFunction => outcome;

    public override Evaluation Evaluate(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var verdict = Verdict(context);
        return new Evaluation(this, verdict.Outcome, context.OffenceIndex, [], verdict.Evidence, verdict.MissingFacts);
    }

    internal override Outcome EvaluateOutcome(RuleContext context)
    {
        if (outcome is null)
        {
            return Verdict(context).Outcome;
        }

        CheckScope(context);
        return outcome(context);
    }

    private Verdict Verdict(RuleContext context)
    {
        CheckScope(context);
        return evaluate(context) ?? throw new InvalidOperationException($"The rule '{Label!.En}' returned no verdict.");
    }

    private void CheckScope(RuleContext context)
    {
        if (scope == RuleScope.Offence && context.OffenceIndex is null)
        {
            throw new InvalidOperationException(
                $"The rule '{Label!.En}' reads an offence and cannot be evaluated for the case as a whole; use it inside an offence-level criterion.");
        }
    }
}
