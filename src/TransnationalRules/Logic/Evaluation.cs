using System.Collections.Immutable;

namespace TransnationalRules.Logic;

/// <summary>
/// The result of evaluating one rule against a case (or one offence of it): the outcome, the evaluations of
/// the rule's children, and the facts behind it.
/// </summary>
/// <remarks>
/// <see cref="Evidence"/> is non-empty only for a decided outcome; <see cref="MissingFacts"/> only for an unknown
/// one, and then lists the absent facts read by the unknown leaves beneath, descending only through unknown
/// children — the facts that could still change the outcome.
/// </remarks>
public sealed class Evaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="rule">The rule evaluated.</param>
    /// <param name="outcome">Its outcome.</param>
    /// <param name="offenceIndex">The offence evaluated, or <see langword="null"/> for the case as a whole.</param>
    /// <param name="children">The evaluations of the rule's children.</param>
    /// <param name="evidence">The facts that decided the outcome.</param>
    /// <param name="missingFacts">The absent facts that left it unknown.</param>
    /// <param name="abroadIndex">The <c>abroad</c> entry evaluated, or <see langword="null"/>.</param>
    /// <param name="finding">What a leaf found beside its facts, for wording; <see langword="null"/> for most.</param>
    internal Evaluation(Rule rule, Outcome outcome, int? offenceIndex, ImmutableArray<Evaluation> children, ImmutableArray<FactPath> evidence, ImmutableArray<FactPath> missingFacts, int? abroadIndex = null, Finding? finding = null)
    {
        Finding = finding;
        AbroadIndex = abroadIndex;
        Rule = rule;
        Outcome = outcome;
        OffenceIndex = offenceIndex;
        Children = children;
        Evidence = outcome == Outcome.Unknown ? [] : evidence;
        MissingFacts = outcome == Outcome.Unknown ? missingFacts : [];
    }

    /// <summary>The rule evaluated.</summary>
    public Rule Rule { get; }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>The index of the offence evaluated, or <see langword="null"/> for the case as a whole.</summary>
    public int? OffenceIndex { get; }

    /// <summary>The index of the <c>abroad</c> entry (foreign State) evaluated, or <see langword="null"/> outside a cooperation route.</summary>
    public int? AbroadIndex { get; }

    /// <summary>The evaluations of the rule's children, in the rule's order; all are evaluated, none short-circuited.</summary>
    public ImmutableArray<Evaluation> Children { get; }

    /// <summary>The paths of the facts that decided a met or not-met outcome, in document order.</summary>
    public ImmutableArray<FactPath> Evidence { get; }

    /// <summary>The paths of the absent facts that could still change an unknown outcome, in document order.</summary>
    public ImmutableArray<FactPath> MissingFacts { get; }

    /// <summary>What the leaf found beside its facts (which States, which bound, which marker), or <see langword="null"/>.</summary>
    internal Finding? Finding { get; }

    /// <summary>
    /// The finding of type <typeparamref name="T"/> recorded by the first leaf beneath (depth first, this criterion's
    /// own body only: criteria it refers to keep theirs), or <see langword="null"/>.
    /// </summary>
    internal T? Found<T>()
        where T : Finding
    {
        if (Finding is T mine)
        {
            return mine;
        }

        foreach (var child in Children)
        {
            if (child.Rule is not Criterion && child.Found<T>() is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Combines children into a parent evaluation: evidence from the children whose outcome equals
    /// <paramref name="evidenceFrom"/>, missing facts from the unknown children.
    /// </summary>
    internal static Evaluation Combine(Rule rule, Outcome outcome, int? offenceIndex, ImmutableArray<Evaluation> children, Outcome evidenceFrom, int? abroadIndex = null) =>
        new(rule, outcome, offenceIndex, children,
            outcome == Outcome.Unknown ? [] : Paths.EvidenceOf(children, evidenceFrom),
            outcome == Outcome.Unknown ? Paths.MissingFactsOf(children) : [],
            abroadIndex);
}
