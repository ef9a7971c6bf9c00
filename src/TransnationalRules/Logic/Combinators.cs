using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>
/// A combinator: its children and the one function that combines their outcomes (DESIGN §2). The engine uses that
/// function for outcomes alone and for evaluations with evidence alike.
/// </summary>
internal abstract class Combinator(ImmutableArray<Rule> rules, LocalizedText? label) : Rule(label)
{
    public override RuleScope Scope { get; } = ScopeOf(rules);

    public override ImmutableArray<Rule> Children => rules;

    /// <summary>The outcome of the combinator over its children's outcomes.</summary>
    public abstract Outcome Combine(ReadOnlySpan<Outcome> children);

    /// <summary>The outcome of the children whose evidence a decided outcome carries (the outcome itself, but for Not).</summary>
    public virtual Outcome EvidenceFrom(Outcome outcome) => outcome;

    private static RuleScope ScopeOf(ImmutableArray<Rule> rules)
    {
        var scope = RuleScope.Case;
        foreach (var rule in rules)
        {
            if (rule.Scope == RuleScope.Offence)
            {
                return RuleScope.Offence;
            }

            if (rule.Scope == RuleScope.State)
            {
                scope = RuleScope.State;
            }
        }

        return scope;
    }
}

/// <summary>Kleene conjunction: not met if any child is, else unknown if any is, else met. Empty: met.</summary>
internal sealed class AllOfRule(ImmutableArray<Rule> rules, LocalizedText? label) : Combinator(rules, label)
{
    public override Outcome Combine(ReadOnlySpan<Outcome> children)
    {
        var outcome = Outcome.Met;
        foreach (var child in children)
        {
            outcome = Kleene.And(outcome, child);
        }

        return outcome;
    }
}

/// <summary>Kleene disjunction: met if any child is, else unknown if any is, else not met. Empty: not met.</summary>
internal sealed class AnyOfRule(ImmutableArray<Rule> rules, LocalizedText? label) : Combinator(rules, label)
{
    public override Outcome Combine(ReadOnlySpan<Outcome> children) => Any(children);

    /// <summary>The disjunction of outcomes: also the case-level outcome of an offence-level criterion.</summary>
    public static Outcome Any(ReadOnlySpan<Outcome> outcomes)
    {
        var outcome = Outcome.NotMet;
        foreach (var child in outcomes)
        {
            outcome = Kleene.Or(outcome, child);
        }

        return outcome;
    }
}

/// <summary>Swaps met and not met; unknown stays. Its evidence is its child's.</summary>
internal sealed class NotRule(Rule rule, LocalizedText? label) : Combinator([rule], label)
{
    public override Outcome Combine(ReadOnlySpan<Outcome> children) => Kleene.Not(children[0]);

    public override Outcome EvidenceFrom(Outcome outcome) => Kleene.Not(outcome);
}

/// <summary>Met when at least <see cref="Required"/> children are met; not met when too few can still be; else unknown.</summary>
internal sealed class AtLeastRule(int required, ImmutableArray<Rule> rules, LocalizedText? label) : Combinator(rules, label)
{
    public int Required { get; } = required;

    public override Outcome Combine(ReadOnlySpan<Outcome> children)
    {
        int met = 0, unknown = 0;
        foreach (var child in children)
        {
            if (child == Outcome.Met) { met++; }
            else if (child == Outcome.Unknown) { unknown++; }
        }

        return Kleene.AtLeast(Required, met, unknown);
    }
}
