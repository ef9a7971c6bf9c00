namespace TransnationalRules.Logic;

/// <summary>A leaf written as a delegate that returns its verdict (see <see cref="Rule.Leaf"/>).</summary>
internal sealed class LeafRule(LocalizedText label, RuleScope scope, Func<RuleContext, Verdict> evaluate) : Rule(label)
{
    public override RuleScope Scope => scope;

    public Verdict Verdict(RuleContext context) =>
        evaluate(context) ?? throw new InvalidOperationException($"The rule '{Label!.En}' returned no verdict.");
}
