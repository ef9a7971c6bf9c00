using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>
/// A three-valued rule over a case: a leaf that reads facts, a combinator (AllOf, AnyOf, Not, AtLeast), a reference
/// to a criterion by id, or a <see cref="Criterion"/>. Rules are immutable and thread-safe.
/// </summary>
/// <remarks>
/// The built-in criteria are made of exactly these pieces; a user's rule composes with them the same way.
/// Every child of a combinator is evaluated and reported: nothing is short-circuited, so a met alternative is
/// never hidden behind an earlier one. Rules never execute code taken from data.
/// </remarks>
/// <example>
/// <code>
/// var sanctioned = Rule.Leaf(new LocalizedText("The group is sanctioned", "Угруповання під санкціями"), RuleScope.Case,
///     context => Verdict.Unknown(FactPath.Group(GroupField.Members)));
/// var rule = Rule.Ref("untoc.art2.a") &amp; !sanctioned;
/// </code>
/// </example>
public abstract class Rule
{
    private protected Rule(LocalizedText? label) => Label = label;

    /// <summary>A short description of the rule for reports, or <see langword="null"/>.</summary>
    public LocalizedText? Label { get; }

    /// <summary>Whether the rule needs an offence to be evaluated.</summary>
    public abstract RuleScope Scope { get; }

    /// <summary>The rule's direct children (empty for leaves and references).</summary>
    public virtual ImmutableArray<Rule> Children => [];

    /// <summary>Met when every rule is met (Kleene conjunction); an empty AllOf is met.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The combinator.</returns>
    public static Rule AllOf(params IEnumerable<Rule> rules) => new AllOfRule(Check(rules), null);

    /// <summary>Met when any rule is met (Kleene disjunction); an empty AnyOf is not met.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The combinator.</returns>
    public static Rule AnyOf(params IEnumerable<Rule> rules) => new AnyOfRule(Check(rules), null);

    /// <summary>Met when at least <paramref name="required"/> rules are met; unknown while unknown rules could still decide it.</summary>
    /// <param name="required">How many must be met; not negative.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The combinator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="required"/> is negative.</exception>
    public static Rule AtLeast(int required, params IEnumerable<Rule> rules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(required);
        return new AtLeastRule(required, Check(rules), null);
    }

    /// <summary>Swaps met and not met; unknown stays unknown.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The combinator.</returns>
    public static Rule Not(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new NotRule(rule, null);
    }

    /// <summary>
    /// "Some offence meets <paramref name="rule"/>": the rule evaluated for each offence of the case, then AnyOf over the
    /// offences — never from case-level parts. Within a state-level criterion (a cooperation route, DESIGN §3.1) the
    /// rule may read the <c>abroad</c> entry too, as <c>Leaf.Flag(AbroadField.Evidence, ...)</c>.
    /// </summary>
    /// <remarks>
    /// <c>SomeOffence(Ref("a") &amp; Ref("b"))</c> asks for one offence that is both; <c>Ref("a") &amp; Ref("b")</c> at case
    /// level is met when one offence is a and another is b. Evidence: the facts of the offences that decided it.
    /// </remarks>
    /// <param name="rule">The rule to meet for one offence.</param>
    /// <returns>The rule (case scope, or state scope when <paramref name="rule"/> reads an <c>abroad</c> entry).</returns>
    /// <example>
    /// <code>
    /// var evidenceThere = Leaf.Flag(AbroadField.Evidence, new("evidence located in S", "докази перебувають у S"));
    /// var rule = Rule.SomeOffence(Rule.Ref("untoc.art3.1.group") &amp; (Rule.Ref("untoc.art3.2") | evidenceThere));
    /// </code>
    /// </example>
    public static Rule SomeOffence(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new SomeOffenceRule(rule, new LocalizedText("for some offence", "хоча б для одного правопорушення"));
    }

    /// <summary>
    /// A leaf rule written as a delegate, for a test the vocabulary of <see cref="Logic.Leaf"/> cannot express. It is
    /// the slower path: the delegate builds its verdict even where only the outcome is wanted.
    /// </summary>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <param name="scope"><see cref="RuleScope.Offence"/> when it reads the facts of one offence, <see cref="RuleScope.State"/> when it reads one <c>abroad</c> entry.</param>
    /// <param name="evaluate">Reads the facts and returns the verdict; must be pure and thread-safe.</param>
    /// <returns>The leaf.</returns>
    public static Rule Leaf(LocalizedText label, RuleScope scope, Func<RuleContext, Verdict> evaluate)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(evaluate);
        return new LeafRule(label, scope, evaluate);
    }

    /// <summary>
    /// A reference to the criterion with id <paramref name="criterionId"/> in the rule set being classified; bound
    /// when a <see cref="Classification.Classifier"/> is built, so replacing that criterion in a set changes every
    /// rule that refers to it.
    /// </summary>
    /// <remarks>
    /// Evaluated per offence, a reference to an offence-level criterion gives that offence's outcome; evaluated for
    /// the case, it gives the case-level outcome (AnyOf over the offences).
    /// </remarks>
    /// <param name="criterionId">The criterion's id.</param>
    /// <returns>The reference.</returns>
    public static Rule Ref(string criterionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(criterionId);
        return new CriterionReference(criterionId);
    }

    /// <summary>The same as <see cref="AllOf"/> of both operands.</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">Another rule.</param>
    /// <returns>The conjunction.</returns>
    public static Rule operator &(Rule left, Rule right) => AllOf(left, right);

    /// <summary>The same as <see cref="AnyOf"/> of both operands.</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">Another rule.</param>
    /// <returns>The disjunction.</returns>
    public static Rule operator |(Rule left, Rule right) => AnyOf(left, right);

    /// <summary>The same as <see cref="Not(Rule)"/>.</summary>
    /// <param name="rule">A rule.</param>
    /// <returns>The negation.</returns>
    public static Rule operator !(Rule rule) => Not(rule);

    /// <summary>The same as <see cref="AllOf"/> of both operands.</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">Another rule.</param>
    /// <returns>The conjunction.</returns>
    public static Rule BitwiseAnd(Rule left, Rule right) => left & right;

    /// <summary>The same as <see cref="AnyOf"/> of both operands.</summary>
    /// <param name="left">A rule.</param>
    /// <param name="right">Another rule.</param>
    /// <returns>The disjunction.</returns>
    public static Rule BitwiseOr(Rule left, Rule right) => left | right;

    /// <summary>The same as <see cref="Not(Rule)"/>.</summary>
    /// <param name="rule">A rule.</param>
    /// <returns>The negation.</returns>
    public static Rule LogicalNot(Rule rule) => !rule;

    private static ImmutableArray<Rule> Check(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var array = rules.ToImmutableArray();
        foreach (var rule in array)
        {
            if (rule is null)
            {
                throw new ArgumentException("A combinator's rules may not be null.", nameof(rules));
            }
        }

        return array;
    }


}
