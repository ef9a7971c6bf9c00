using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Classification;

/// <summary>
/// Classifies cases against a rule set. Built once from a set, immutable and thread-safe: share one instance.
/// </summary>
/// <remarks>
/// Building checks the set: every <see cref="Rule.Ref"/> must name a criterion of the set, and no criterion may
/// depend on itself. Classification evaluates each criterion at most once per offence and once for the case.
/// </remarks>
/// <example>
/// <code>
/// var classifier = new Classifier(RuleSet.Default);
/// var result = classifier.Classify(new CaseDescription
/// {
///     CaseId = "UA-2024-0001",
///     Offences = [new Offence { Id = "fraud", Kind = OffenceKind.Fraud, MaximumPenaltyYears = 12, CommittedIn = ["MD"] }],
/// });
/// Console.WriteLine(result.Transnational);   // Unknown: where its conduct and effects were is not stated
/// </code>
/// </example>
public sealed class Classifier
{
    private readonly CriterionIndex index;
    private readonly Lazy<OutcomePlan> plan;
    private readonly Criterion[] offenceLevel;

    /// <summary>Builds a classifier for <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentException">A rule refers to a criterion not in the set, or criteria refer to each other in a cycle.</exception>
    public Classifier(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
        index = new CriterionIndex(ruleSet.Criteria);
        CheckReferences(ruleSet, index);
        plan = new Lazy<OutcomePlan>(() => new OutcomePlan(ruleSet.Criteria, index));
        offenceLevel = [.. ruleSet.Criteria.Where(c => c.Level == RuleScope.Offence)];
    }

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Classifies a case.</summary>
    /// <param name="case">A valid case (see DESIGN §4; the JSON entry point validates before classifying).</param>
    /// <returns>Every criterion of the set at case level and per offence, with reasons, evidence and missing facts.</returns>
    /// <exception cref="ArgumentException">The case has no offences, or a null offence.</exception>
    public CaseClassification Classify(CaseDescription @case)
    {
        var session = Start(@case);
        var criteria = RuleSet.Criteria;
        var caseResults = new CriterionResult[criteria.Length];
        for (var k = 0; k < caseResults.Length; k++)
        {
            caseResults[k] = Result(session, criteria[k], null);
        }

        var offences = new OffenceClassification[@case.Offences.Count];
        for (var i = 0; i < offences.Length; i++)
        {
            var results = new CriterionResult[offenceLevel.Length];
            for (var k = 0; k < results.Length; k++)
            {
                results[k] = Result(session, offenceLevel[k], i);
            }

            offences[i] = new OffenceClassification(@case.Offences[i].Id, ImmutableCollectionsMarshal.AsImmutableArray(results));
        }

        var all = ImmutableCollectionsMarshal.AsImmutableArray(caseResults);
        return new CaseClassification(@case.CaseId, RuleSet, all, ImmutableCollectionsMarshal.AsImmutableArray(offences), RankMissingFacts(all));
    }

    /// <summary>
    /// The outcomes alone of every criterion of the set for a case, at case level and per offence: the cheap path when
    /// reasons, evidence and missing facts are not wanted.
    /// </summary>
    /// <param name="case">A valid case (see DESIGN §4).</param>
    /// <returns>Every criterion's outcome, equal to the one <see cref="Classify"/> gives.</returns>
    /// <exception cref="ArgumentException">The case has no offences, or a null offence.</exception>
    /// <example>
    /// <code>
    /// var classifier = new Classifier(RuleSet.Default);
    /// var outcomes = classifier.Outcomes(someCase);
    /// if (outcomes.ConventionApplies == Outcome.Met) { /* ask for mutual legal assistance under UNTOC art. 18 */ }
    /// var serious = outcomes.ForOffence(0, "untoc.art2.b");
    /// </code>
    /// </example>
    public CaseOutcomes Outcomes(CaseDescription @case)
    {
        var session = Start(@case);
        var outcomes = session.Outcomes;
        plan.Value.Run(session, outcomes);
        return new CaseOutcomes(@case.CaseId, RuleSet, index, @case.Offences.Count, outcomes);
    }

    /// <summary>Evaluates any rule (a user's own, or a criterion) against a case, with references bound to this set.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="case">The case.</param>
    /// <param name="offenceIndex">The offence to evaluate an offence-level rule for, or <see langword="null"/> for the case.</param>
    /// <returns>The evaluation tree.</returns>
    public Evaluation Evaluate(Rule rule, CaseDescription @case, int? offenceIndex = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var session = Start(@case);
        if (offenceIndex is int i)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(offenceIndex));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, @case.Offences.Count, nameof(offenceIndex));
        }

        CheckReferences(rule, index, [], []);
        return rule.Evaluate(session.Context(offenceIndex));
    }

    private EvaluationSession Start(CaseDescription @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Offences is null || @case.Offences.Count == 0)
        {
            throw new ArgumentException("A case must have at least one offence; validate input before classifying.", nameof(@case));
        }

        var offences = @case.Offences;
        for (var i = 0; i < offences.Count; i++)
        {
            if (offences[i] is null)
            {
                throw new ArgumentException("A case's offences may not be null; validate input before classifying.", nameof(@case));
            }
        }

        return new EvaluationSession(index, @case);
    }

    private static CriterionResult Result(EvaluationSession session, Criterion criterion, int? offenceIndex)
    {
        var evaluation = session.Evaluate(criterion, offenceIndex);
        return new CriterionResult(criterion, evaluation, session.Context(offenceIndex));
    }

    private static ImmutableArray<string> RankMissingFacts(ImmutableArray<CriterionResult> criteria)
    {
        var any = false;
        foreach (var result in criteria)
        {
            any |= !result.Evaluation.MissingFacts.IsEmpty;
        }

        if (!any)
        {
            return [];
        }

        var counts = new Dictionary<FactPath, int>();
        foreach (var result in criteria)
        {
            foreach (var path in result.Evaluation.MissingFacts)
            {
                counts[path] = counts.GetValueOrDefault(path) + 1;
            }
        }

        return [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => kv.Key.Value)];
    }

    private static void CheckReferences(RuleSet ruleSet, CriterionIndex index)
    {
        foreach (var criterion in ruleSet.Criteria)
        {
            CheckReferences(criterion.Body, index, [criterion.Id], new HashSet<string>(StringComparer.Ordinal));
        }
    }

    private static void CheckReferences(Rule rule, CriterionIndex index, List<string> path, HashSet<string> done)
    {
        if (rule is CriterionReference reference)
        {
            var target = index.Find(reference.CriterionId) ?? throw new ArgumentException(
                $"Criterion '{(path.Count > 0 ? path[0] : "(rule)")}' refers to '{reference.CriterionId}', which is not in the rule set.");
            if (path.Contains(target.Id))
            {
                throw new ArgumentException($"Criteria refer to each other in a cycle: {string.Join(" -> ", path)} -> {target.Id}.");
            }

            if (done.Add(target.Id))
            {
                path.Add(target.Id);
                CheckReferences(target.Body, index, path, done);
                path.RemoveAt(path.Count - 1);
            }

            return;
        }

        if (rule is Criterion nested)
        {
            if (path.Contains(nested.Id))
            {
                throw new ArgumentException($"Criteria refer to each other in a cycle: {string.Join(" -> ", path)} -> {nested.Id}.");
            }

            path.Add(nested.Id);
            CheckReferences(nested.Body, index, path, done);
            path.RemoveAt(path.Count - 1);
            return;
        }

        foreach (var child in rule.Children)
        {
            CheckReferences(child, index, path, done);
        }
    }
}
