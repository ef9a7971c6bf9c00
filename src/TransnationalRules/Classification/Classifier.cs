using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Classification;

/// <summary>
/// Classifies cases against a rule set: the compiled rule set, for C# callers that hand it valid models. Built once
/// from a set, immutable and thread-safe: share one instance. For JSON input, or to validate a model first, use
/// <see cref="CaseClassifier"/> (which wraps one of these: <see cref="CaseClassifier.For"/>).
/// </summary>
/// <remarks>
/// Building compiles the set into one plan (criteria in dependency order, references resolved to slots) and checks
/// it: every <see cref="Rule.Ref"/> must name a criterion of the set, and no criterion may depend on itself.
/// <see cref="Classify"/> and <see cref="Outcomes(CaseDescription)"/> run that same plan; each criterion is evaluated once per offence
/// and once for the case.
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
    private readonly Plan plan;
    private readonly int offenceLevelCount;
    private readonly int stateLevelCount;
    private readonly ConditionalWeakTable<Rule, (Plan, Criterion)?[]> probes = new();

    /// <summary>Builds a classifier for <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <exception cref="ArgumentException">A rule refers to a criterion not in the set, or criteria refer to each other in a cycle.</exception>
    public Classifier(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
        plan = new Plan(ruleSet.Criteria, ruleSet.TerritoryTable, ruleSet.Treaties);
        offenceLevelCount = ruleSet.Criteria.Count(c => c.Level == RuleScope.Offence);
        stateLevelCount = ruleSet.Criteria.Count(c => c.Level == RuleScope.State);
    }

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Classifies a case.</summary>
    /// <param name="case">A valid case (see DESIGN §4; the JSON entry point validates before classifying).</param>
    /// <returns>
    /// Every case- and offence-level criterion of the set at case level and per offence, and every state-level one (the
    /// cooperation routes) per <c>abroad</c> entry, with reasons, evidence and missing facts.
    /// </returns>
    /// <exception cref="ArgumentException">The case has no offences, or a null offence or <c>abroad</c> entry.</exception>
    public CaseClassification Classify(CaseDescription @case)
    {
        Check(@case);

        // Outcomes now, from the compiled plan; evaluations (evidence, missing facts, reasons) when first read.
        var outcomes = new byte[Plan.Rows(@case) * plan.SlotCount];
        plan.RunOutcomes(@case, outcomes);
        var run = new LazyRun(plan, @case);
        var criteria = RuleSet.Criteria;
        var n = plan.SlotCount;
        var caseResults = new CriterionResult[criteria.Length - stateLevelCount];
        for (int k = 0, r = 0; k < criteria.Length; k++)
        {
            if (criteria[k].Level != RuleScope.State)
            {
                caseResults[r++] = new CriterionResult(criteria[k], (Outcome)(outcomes[k] - 1), run, k, null, null);
            }
        }

        var offences = new OffenceClassification[@case.Offences.Count];
        for (var i = 0; i < offences.Length; i++)
        {
            var results = new CriterionResult[offenceLevelCount];
            var r = 0;
            for (var k = 0; k < criteria.Length; k++)
            {
                if (criteria[k].Level == RuleScope.Offence)
                {
                    results[r++] = new CriterionResult(criteria[k], (Outcome)(outcomes[k + (1 + i) * n] - 1), run, k, i, null);
                }
            }

            offences[i] = new OffenceClassification(@case.Offences[i].Id, ImmutableCollectionsMarshal.AsImmutableArray(results));
        }

        var abroad = @case.Abroad ?? [];
        var cooperation = new StateCooperation[abroad.Count];
        for (var e = 0; e < cooperation.Length; e++)
        {
            var routes = new CriterionResult[stateLevelCount];
            var r = 0;
            for (var k = 0; k < criteria.Length; k++)
            {
                if (criteria[k].Level == RuleScope.State)
                {
                    routes[r++] = new CriterionResult(criteria[k], (Outcome)(outcomes[k + (1 + @case.Offences.Count + e) * n] - 1), run, k, null, e);
                }
            }

            cooperation[e] = new StateCooperation(abroad[e].State, ImmutableCollectionsMarshal.AsImmutableArray(routes));
        }

        var all = ImmutableCollectionsMarshal.AsImmutableArray(caseResults);
        var states = ImmutableCollectionsMarshal.AsImmutableArray(cooperation);
        var ruleSet = RuleSet;
        return new CaseClassification(@case.CaseId, ruleSet, all, ImmutableCollectionsMarshal.AsImmutableArray(offences), states, () => RankMissingFacts(ruleSet, run))
        {
            DataGaps = DataGaps(@case, states),
        };
    }

    /// <summary>
    /// The outcomes alone of every criterion of the set for a case, at case level and per offence: the cheap path when
    /// reasons, evidence and missing facts are not wanted. It runs the same compiled plan as <see cref="Classify"/>.
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
        Check(@case);
        var outcomes = new byte[Plan.Rows(@case) * plan.SlotCount];
        plan.RunOutcomes(@case, outcomes);
        return new CaseOutcomes(@case.CaseId, RuleSet, plan, @case.Offences.Count, @case.Abroad?.Count ?? 0, outcomes);
    }

    /// <summary>
    /// The outcomes alone of every criterion of the set for a case, written into <paramref name="outcomes"/>: nothing is
    /// allocated (but by delegate leaves, <see cref="Rule.Leaf"/>), for callers that classify many cases with one buffer.
    /// It runs the same compiled plan as <see cref="Outcomes(CaseDescription)"/> and gives the same outcomes.
    /// </summary>
    /// <param name="case">A valid case (see DESIGN §4).</param>
    /// <param name="outcomes">
    /// Receives rows of <c>RuleSet.Criteria.Count</c> entries, criterion k of the set at index k of each row: row 0 the
    /// case (every criterion's case-level outcome), row 1 + i offence i (its offence-level criteria), row 1 + O + e
    /// <c>abroad</c> entry e of a case of O offences (its state-level criteria, the routes). Entries of criteria not
    /// decided at a row (a case-level criterion in an offence's row) are left as they were. At least
    /// <c>RuleSet.Criteria.Count × (1 + O + E)</c> entries long, E the number of <c>abroad</c> entries.
    /// </param>
    /// <returns>The number of entries used: <c>RuleSet.Criteria.Count × (1 + O + E)</c>.</returns>
    /// <exception cref="ArgumentException">The case has no offences or a null offence, or <paramref name="outcomes"/> is too short.</exception>
    /// <example>
    /// <code>
    /// var classifier = new Classifier(RuleSet.Default);
    /// var buffer = new Outcome[classifier.RuleSet.Criteria.Count * 64];
    /// var transnational = classifier.RuleSet.Criteria.IndexOf(classifier.RuleSet.Find("untoc.art3.2")!);
    /// foreach (var c in cases)
    /// {
    ///     classifier.Outcomes(c, buffer);
    ///     if (buffer[transnational] == Outcome.Met) { /* ... */ }
    /// }
    /// </code>
    /// </example>
    public int Outcomes(CaseDescription @case, Span<Outcome> outcomes)
    {
        Check(@case);
        var rows = Plan.Rows(@case);
        var count = plan.SetCount;
        if (outcomes.Length < rows * count)
        {
            throw new ArgumentException($"The buffer holds {outcomes.Length} outcomes; this case needs {rows * count} ({count} criteria × {rows} rows).", nameof(outcomes));
        }

        // One scratch array per thread, kept: the plan writes every slot, hidden ones too.
        var size = rows * plan.SlotCount;
        var scratch = Scratch is { } kept && kept.Length >= size ? kept : Scratch = new byte[Math.Max(size, 256)];
        Array.Clear(scratch, 0, size);
        plan.RunOutcomes(@case, scratch);
        for (var row = 0; row < rows; row++)
        {
            var from = row * plan.SlotCount;
            var to = row * count;
            for (var k = 0; k < count; k++)
            {
                if (scratch[from + k] != 0)
                {
                    outcomes[to + k] = (Outcome)(scratch[from + k] - 1);
                }
            }
        }

        return rows * count;
    }

    [ThreadStatic]
    private static byte[]? Scratch;

    /// <summary>Evaluates any rule (a user's own, or a criterion) against a case, with references bound to this set.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="case">The case.</param>
    /// <param name="offenceIndex">The offence to evaluate an offence-level rule for, or <see langword="null"/>.</param>
    /// <param name="abroadIndex">The <c>abroad</c> entry to evaluate a state-level rule (a route) for, or <see langword="null"/>.</param>
    /// <returns>The evaluation tree.</returns>
    /// <exception cref="ArgumentException">The rule refers to a criterion not in the set, or both indexes are given.</exception>
    /// <exception cref="InvalidOperationException">The rule reads an offence or an <c>abroad</c> entry and none is given.</exception>
    public Evaluation Evaluate(Rule rule, CaseDescription @case, int? offenceIndex = null, int? abroadIndex = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Check(@case);
        if (offenceIndex is not null && abroadIndex is not null)
        {
            throw new ArgumentException("Give an offence index or an abroad index, not both; read offences inside a route through Rule.SomeOffence.", nameof(abroadIndex));
        }

        if (offenceIndex is int i)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i, nameof(offenceIndex));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, @case.Offences.Count, nameof(offenceIndex));
        }
        else if (abroadIndex is int a)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(a, nameof(abroadIndex));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(a, @case.Abroad?.Count ?? 0, nameof(abroadIndex));
        }
        else if (rule.Scope != RuleScope.Case)
        {
            throw new InvalidOperationException(rule.Scope == RuleScope.Offence
                ? $"The rule '{rule.Label?.En ?? "(unnamed)"}' reads an offence and cannot be evaluated for the case as a whole; give an offence index."
                : $"The rule '{rule.Label?.En ?? "(unnamed)"}' reads an abroad entry and cannot be evaluated for the case as a whole; give an abroad index.");
        }

        if (rule is Criterion criterion && plan.SlotOf(criterion) is var slot and >= 0 && slot < plan.SetCount)
        {
            return new PlanRun(plan, @case).Evaluation(slot, offenceIndex, abroadIndex);
        }

        // Any other rule: compiled with the set, as the body of a hidden criterion of the scope asked for.
        var scope = offenceIndex is not null ? RuleScope.Offence : abroadIndex is not null ? RuleScope.State : RuleScope.Case;
        var (probed, probe) = Probe(rule, scope);
        return new PlanRun(probed, @case).Evaluation(probed.SlotOf(probe), offenceIndex, abroadIndex).Children[0];
    }

    /// <summary>
    /// The plan of the set with <paramref name="rule"/> as the body of a hidden criterion of <paramref name="scope"/>,
    /// compiled once per rule and scope while the rule lives.
    /// </summary>
    private (Plan Plan, Criterion Probe) Probe(Rule rule, RuleScope scope)
    {
        var plans = probes.GetValue(rule, static _ => new (Plan, Criterion)?[3]);
        lock (plans)
        {
            return plans[(int)scope] ??= Compile(scope);
        }

        (Plan, Criterion) Compile(RuleScope scope)
        {
            var probe = new Criterion("evaluate", scope, new LocalizedText("rule", "правило"), "-", rule, static (_, _) => new LocalizedText("", ""));
            return (new Plan([.. RuleSet.Criteria, probe], RuleSet.TerritoryTable, RuleSet.Treaties), probe);
        }
    }

    private static void Check(CaseDescription @case)
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

        if (@case.Abroad is { } abroad)
        {
            for (var e = 0; e < abroad.Count; e++)
            {
                if (abroad[e] is null)
                {
                    throw new ArgumentException("A case's abroad entries may not be null; validate input before classifying.", nameof(@case));
                }
            }
        }
    }

    /// <summary>
    /// The tables with no verified entry that left a route's condition unknown (issue 19): per <c>abroad</c> entry in
    /// input order, the unknown table leaves of its routes, in the order of <see cref="TreatyTables.PartyTableIds"/> then
    /// <see cref="TreatyTables.FormTableIds"/>; each (State, table) once, the State as folded.
    /// </summary>
    private ImmutableArray<(string State, string Table)> DataGaps(CaseDescription @case, ImmutableArray<StateCooperation> cooperation)
    {
        if (cooperation.IsEmpty)
        {
            return [];
        }

        string[] order = [.. TreatyTables.PartyTableIds, .. TreatyTables.FormTableIds];
        var gaps = new List<(string State, string Table)>();
        var seen = new HashSet<Evaluation>(ReferenceEqualityComparer.Instance);
        var tables = new HashSet<string>(StringComparer.Ordinal);
        for (var e = 0; e < cooperation.Length; e++)
        {
            tables.Clear();
            var pending = new Stack<Evaluation>(cooperation[e].Routes.Select(r => r.Evaluation));
            while (pending.Count > 0)
            {
                var evaluation = pending.Pop();
                if (evaluation.Outcome != Outcome.Unknown || !seen.Add(evaluation))
                {
                    continue;
                }

                if (evaluation.Rule is Channels.TableLeaf leaf)
                {
                    tables.Add(leaf.Table);
                }

                foreach (var child in evaluation.Children)
                {
                    pending.Push(child);
                }
            }

            var state = RuleSet.TerritoryTable.StateOf(@case.Abroad![e].State);
            foreach (var table in order.Where(tables.Contains))
            {
                var gap = (state, table);
                if (!gaps.Contains(gap))
                {
                    gaps.Add(gap);
                }
            }
        }

        return [.. gaps];
    }

    /// <summary>
    /// The case's "ask first" list (DESIGN §5): the union of the missing facts of the questions that are unknown — the
    /// set's declared questions at case level and each route of each <c>abroad</c> entry — ranked by tier (facts of
    /// <c>transnational</c>, then <c>conventionApplies</c>, then the routes, then the other questions), then by how many
    /// unknown questions read the fact (across all tiers, each (State, route) pair once), ties in document order.
    /// </summary>
    /// <remarks>A set that declares no questions (<see cref="RuleSet.Create"/>) treats every criterion as one.</remarks>
    internal static ImmutableArray<string> RankMissingFacts(RuleSet ruleSet, LazyRun run)
    {
        var questions = ruleSet.Questions;
        var criteria = ruleSet.Criteria;
        var @case = run.Case;
        var offences = @case.Offences.Count;
        var entries = @case.Abroad?.Count ?? 0;
        var n = run.Plan.SlotCount;

        // The outcome and missing facts of slot k at a row: from the evaluations when they were made (a full
        // classification read its results first), else from the walk that makes nothing but them.
        Plan.Open[]? open = run.IsMade ? null : run.Plan.RunMissingFacts(@case);
        (Outcome Outcome, ImmutableArray<FactPath> Missing) At(int k, int? abroad)
        {
            if (open is not null)
            {
                var o = open[k + Plan.Row(criteria[k].Level, offences, -1, abroad ?? -1) * n];
                return (o.Outcome, o.MissingFacts);
            }

            var evaluation = run.Value.Evaluation(k, null, abroad);
            return (evaluation.Outcome, evaluation.MissingFacts);
        }

        bool IsQuestion(Criterion c) => questions.IsEmpty || questions.Contains(c.Id, StringComparer.Ordinal);
        int Tier(Criterion c) =>
            c.Id == ruleSet.TransnationalId ? 0 : c.Id == ruleSet.ConventionAppliesId ? 1 : c.Level == RuleScope.State ? 2 : 3;

        var facts = new Dictionary<FactPath, (int Tier, int Count)>();
        void Add(int k, int? abroad)
        {
            var criterion = criteria[k];
            if (!IsQuestion(criterion))
            {
                return;
            }

            var (outcome, missing) = At(k, abroad);
            if (outcome != Outcome.Unknown)
            {
                return;
            }

            var tier = Tier(criterion);
            foreach (var path in missing)
            {
                facts[path] = facts.TryGetValue(path, out var seen) ? (Math.Min(seen.Tier, tier), seen.Count + 1) : (tier, 1);
            }
        }

        for (var k = 0; k < criteria.Length; k++)
        {
            if (criteria[k].Level != RuleScope.State)
            {
                Add(k, null);
            }
        }

        for (var e = 0; e < entries; e++)
        {
            for (var k = 0; k < criteria.Length; k++)
            {
                if (criteria[k].Level == RuleScope.State)
                {
                    Add(k, e);
                }
            }
        }

        return facts.Count == 0
            ? []
            : [.. facts.OrderBy(kv => kv.Value.Tier).ThenByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key).Select(kv => kv.Key.Value)];
    }
}
