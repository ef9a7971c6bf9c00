using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>
/// "Some offence meets X" (see <see cref="Rule.SomeOffence"/>): X evaluated for each offence of the case, then AnyOf over
/// the offences. The engine runs it as a loop over the offences inside whatever step reads it.
/// </summary>
internal sealed class SomeOffenceRule(Rule rule, LocalizedText label) : Rule(label)
{
    public Rule Rule { get; } = rule;

    /// <summary>Case scope, or state scope when X reads an <c>abroad</c> entry: the offence is supplied by the loop.</summary>
    public override RuleScope Scope { get; } = (Scopes.Reads(rule) & Scopes.State) != 0 ? RuleScope.State : RuleScope.Case;

    public override ImmutableArray<Rule> Children => [Rule];
}

/// <summary>What a rule reads, looking through combinators but not into criteria (which are evaluated in their own scope).</summary>
internal static class Scopes
{
    public const int Offence = 1;
    public const int State = 2;

    /// <summary>The scopes a rule needs supplied: <see cref="Offence"/>, <see cref="State"/>, both, or none (0).</summary>
    public static int Reads(Rule rule) => rule switch
    {
        Criterion or CriterionReference => 0,
        SomeOffenceRule some => Reads(some.Rule) & ~Offence,
        Combinator combinator => combinator.Children.Aggregate(0, (all, child) => all | Reads(child)),
        _ => rule.Scope switch { RuleScope.Offence => Offence, RuleScope.State => State, _ => 0 },
    };
}
