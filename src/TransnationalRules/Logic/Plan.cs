using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// A rule set compiled once: every criterion in a slot (the set's criteria in set order, then criteria nested in a
/// body but not in the set), each body flattened to postfix nodes with references resolved to slots, and the
/// criteria in an order where each comes after those it reads. The one engine: outcomes alone and evaluations with
/// evidence run the same walk over the same nodes.
/// </summary>
/// <remarks>
/// Immutable and shared by threads; each evaluation of a case keeps its state in its own <see cref="PlanRun"/> or
/// outcome array. An offence-level criterion is evaluated per offence, then for the case as AnyOf over the offences.
/// </remarks>
internal sealed class Plan
{
    private readonly Criterion[] slots;
    private readonly Step[] steps;
    private readonly Dictionary<string, int> byId;
    private readonly Dictionary<Criterion, int> bySlot = new(ReferenceComparer.Instance);

    /// <summary>Compiles criteria.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <param name="territories">Which codes count as which State (DESIGN §2.2).</param>
    /// <exception cref="ArgumentException">A reference names no criterion of the set, or criteria depend on each other in a cycle.</exception>
    public Plan(IReadOnlyList<Criterion> criteria, TerritoryTable territories)
    {
        Territories = territories;
        SetCount = criteria.Count;
        byId = new Dictionary<string, int>(criteria.Count, StringComparer.Ordinal);
        var all = new List<Criterion>(criteria.Count);
        foreach (var criterion in criteria)
        {
            byId[criterion.Id] = all.Count;
            bySlot[criterion] = all.Count;
            all.Add(criterion);
        }

        // Criteria nested in bodies but not in the set get hidden slots: evaluated, never reported.
        for (var k = 0; k < all.Count; k++)
        {
            AddNested(all[k].Body, all);
        }

        slots = [.. all];
        var order = new List<Step>(slots.Length);
        var state = new byte[slots.Length]; // 0 new, 1 visiting, 2 done
        var path = new List<string>();
        for (var k = 0; k < slots.Length; k++)
        {
            Visit(k, state, order, path);
        }

        steps = [.. order];
    }

    /// <summary>Which codes count as which State.</summary>
    public TerritoryTable Territories { get; }

    /// <summary>How many criteria the rule set has (slots 0 to <c>SetCount - 1</c>).</summary>
    public int SetCount { get; }

    /// <summary>How many slots, hidden ones included.</summary>
    public int SlotCount => slots.Length;

    /// <summary>The deepest stack a walk needs.</summary>
    public int MaxStack { get; private set; } = 1;

    public Criterion CriterionAt(int slot) => slots[slot];

    public int SlotOf(string criterionId) => byId.TryGetValue(criterionId, out var slot) ? slot : -1;

    public int SlotOf(Criterion criterion) => bySlot.TryGetValue(criterion, out var slot) ? slot : -1;

    /// <summary>Evaluates every criterion's outcome: slot + (offence + 1) × slots, as outcome + 1.</summary>
    public void RunOutcomes(CaseDescription @case, byte[] outcomes)
    {
        var offences = @case.Offences.Count;
        var n = slots.Length;
        Span<Outcome> stack = MaxStack <= 64 ? stackalloc Outcome[64] : new Outcome[MaxStack];
        Span<Outcome> perOffence = offences <= 64 ? stackalloc Outcome[64] : new Outcome[offences];
        foreach (var step in steps)
        {
            if (!step.OffenceLevel)
            {
                var mode = new OutcomeMode(@case, -1, Territories, outcomes, n);
                outcomes[step.Slot] = (byte)(Walk(step.Body, ref mode, stack) + 1);
                continue;
            }

            for (var i = 0; i < offences; i++)
            {
                var mode = new OutcomeMode(@case, i, Territories, outcomes, n);
                perOffence[i] = Walk(step.Body, ref mode, stack);
                outcomes[step.Slot + (i + 1) * n] = (byte)(perOffence[i] + 1);
            }

            outcomes[step.Slot] = (byte)(AnyOfRule.Any(perOffence[..offences]) + 1);
        }
    }

    /// <summary>Evaluates every criterion with evidence and missing facts into <paramref name="run"/>.</summary>
    public void RunEvaluations(PlanRun run)
    {
        var @case = run.Case;
        var offences = @case.Offences.Count;
        var n = slots.Length;
        var evaluations = run.Evaluations;
        var stack = new Evaluation[MaxStack];
        var found = new List<FactPath>();
        Span<Outcome> outcomes = offences <= 64 ? stackalloc Outcome[64] : new Outcome[offences];
        foreach (var step in steps)
        {
            var criterion = slots[step.Slot];
            if (!step.OffenceLevel)
            {
                var mode = new EvaluationMode(@case, -1, Territories, evaluations, n, found);
                evaluations[step.Slot] = Wrap(criterion, Walk(step.Body, ref mode, stack.AsSpan()), null);
                continue;
            }

            var perOffence = new Evaluation[offences];
            for (var i = 0; i < offences; i++)
            {
                var mode = new EvaluationMode(@case, i, Territories, evaluations, n, found);
                perOffence[i] = evaluations[step.Slot + (i + 1) * n] = Wrap(criterion, Walk(step.Body, ref mode, stack.AsSpan()), i);
                outcomes[i] = perOffence[i].Outcome;
            }

            var any = AnyOfRule.Any(outcomes[..offences]);
            evaluations[step.Slot] = Evaluation.Combine(criterion, any, null, ImmutableCollectionsMarshal.AsImmutableArray(perOffence), evidenceFrom: any);
        }
    }

    private static Evaluation Wrap(Criterion criterion, Evaluation body, int? offence) =>
        new(criterion, body.Outcome, offence, [body], body.Evidence, body.MissingFacts);

    /// <summary>The one walk of a compiled body, for either mode.</summary>
    private static T Walk<T, TMode>(Node[] body, ref TMode mode, Span<T> stack)
        where TMode : struct, IMode<T>
    {
        var top = 0;
        foreach (var node in body)
        {
            switch (node.Kind)
            {
                case NodeKind.Fact:
                    stack[top++] = mode.Fact((FactLeaf)node.Rule);
                    break;
                case NodeKind.Delegate:
                    stack[top++] = mode.Delegate((LeafRule)node.Rule);
                    break;
                case NodeKind.Slot:
                    stack[top++] = mode.Slot(node.Arg, node.OffenceLevel);
                    break;
                default:
                    var value = mode.Combine((Combinator)node.Rule, stack.Slice(top - node.Arity, node.Arity));
                    top -= node.Arity;
                    stack[top++] = value;
                    break;
            }
        }

        return stack[0];
    }

    private void AddNested(Rule rule, List<Criterion> all)
    {
        if (rule is Criterion nested)
        {
            if (bySlot.ContainsKey(nested))
            {
                return;
            }

            bySlot[nested] = all.Count;
            all.Add(nested);
            return;
        }

        foreach (var child in rule.Children)
        {
            AddNested(child, all);
        }
    }

    private void Visit(int slot, byte[] state, List<Step> order, List<string> path)
    {
        if (state[slot] == 2)
        {
            return;
        }

        var criterion = slots[slot];
        if (state[slot] == 1)
        {
            throw new ArgumentException($"Criteria refer to each other in a cycle: {string.Join(" -> ", path)} -> {criterion.Id}.");
        }

        state[slot] = 1;
        path.Add(criterion.Id);
        var body = new List<Node>();
        var depth = Compile(criterion.Body, body, path[0], dependency => Visit(dependency, state, order, path));
        MaxStack = Math.Max(MaxStack, depth);
        path.RemoveAt(path.Count - 1);
        state[slot] = 2;
        order.Add(new Step(slot, criterion.Level == RuleScope.Offence, [.. body]));
    }

    /// <summary>Appends the postfix nodes of <paramref name="rule"/>; returns the stack depth it needs.</summary>
    private int Compile(Rule rule, List<Node> nodes, string owner, Action<int> dependsOn)
    {
        switch (rule)
        {
            case CriterionReference reference:
                var target = SlotOf(reference.CriterionId);
                if (target < 0)
                {
                    throw new ArgumentException($"Criterion '{owner}' refers to '{reference.CriterionId}', which is not in the rule set.");
                }

                dependsOn(target);
                nodes.Add(new Node(NodeKind.Slot, 0, target, slots[target].Level == RuleScope.Offence, slots[target]));
                return 1;
            case Criterion nested:
                var slot = SlotOf(nested);
                dependsOn(slot);
                nodes.Add(new Node(NodeKind.Slot, 0, slot, nested.Level == RuleScope.Offence, nested));
                return 1;
            case FactLeaf:
                nodes.Add(new Node(NodeKind.Fact, 0, 0, false, rule));
                return 1;
            case LeafRule:
                nodes.Add(new Node(NodeKind.Delegate, 0, 0, false, rule));
                return 1;
            case Combinator combinator:
                var depth = 1;
                var children = combinator.Children;
                for (var i = 0; i < children.Length; i++)
                {
                    depth = Math.Max(depth, i + Compile(children[i], nodes, owner, dependsOn));
                }

                nodes.Add(new Node(NodeKind.Combine, children.Length, 0, false, rule));
                return depth;
            default:
                throw new ArgumentException($"Criterion '{owner}' holds a rule of an unknown kind ({rule.GetType().Name}).");
        }
    }

    private enum NodeKind : byte
    {
        Fact,
        Delegate,
        Slot,
        Combine,
    }

    private readonly record struct Node(NodeKind Kind, int Arity, int Arg, bool OffenceLevel, Rule Rule);

    private sealed record Step(int Slot, bool OffenceLevel, Node[] Body);

    private interface IMode<T>
    {
        T Fact(FactLeaf leaf);

        T Delegate(LeafRule leaf);

        T Slot(int slot, bool offenceLevel);

        T Combine(Combinator combinator, ReadOnlySpan<T> children);
    }

    /// <summary>Outcomes alone: nothing is allocated but for delegate leaves.</summary>
    private readonly struct OutcomeMode(CaseDescription @case, int offence, TerritoryTable territories, byte[] outcomes, int slots) : IMode<Outcome>
    {
        public Outcome Fact(FactLeaf leaf) => leaf.Decide(@case, offence, territories, null);

        public Outcome Delegate(LeafRule leaf) => leaf.Verdict(Context(@case, offence, leaf, null)).Outcome;

        public Outcome Slot(int slot, bool offenceLevel) =>
            (Outcome)(outcomes[offenceLevel && offence >= 0 ? slot + (offence + 1) * slots : slot] - 1);

        public Outcome Combine(Combinator combinator, ReadOnlySpan<Outcome> children) => combinator.Combine(children);
    }

    /// <summary>Evaluations with the facts behind them, for reasons and reports.</summary>
    private readonly struct EvaluationMode(CaseDescription @case, int offence, TerritoryTable territories, Evaluation?[] evaluations, int slots, List<FactPath> found) : IMode<Evaluation>
    {
        private int? Index => offence >= 0 ? offence : null;

        public Evaluation Fact(FactLeaf leaf)
        {
            found.Clear();
            var outcome = leaf.Decide(@case, offence, territories, found);
            var paths = Paths.Normalize(found);
            return outcome == Outcome.Unknown
                ? new Evaluation(leaf, outcome, Index, [], [], paths)
                : new Evaluation(leaf, outcome, Index, [], paths, []);
        }

        public Evaluation Delegate(LeafRule leaf)
        {
            var verdict = leaf.Verdict(Context(@case, offence, leaf, null));
            return new Evaluation(leaf, verdict.Outcome, Index, [], verdict.Evidence, verdict.MissingFacts);
        }

        public Evaluation Slot(int slot, bool offenceLevel) =>
            evaluations[offenceLevel && offence >= 0 ? slot + (offence + 1) * slots : slot]!;

        public Evaluation Combine(Combinator combinator, ReadOnlySpan<Evaluation> children)
        {
            Span<Outcome> outcomes = children.Length <= 32 ? stackalloc Outcome[32] : new Outcome[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                outcomes[i] = children[i].Outcome;
            }

            var outcome = combinator.Combine(outcomes[..children.Length]);
            return Evaluation.Combine(combinator, outcome, Index, [.. children], combinator.EvidenceFrom(outcome));
        }
    }

    private static RuleContext Context(CaseDescription @case, int offence, LeafRule leaf, PlanRun? run)
    {
        if (leaf.Scope == RuleScope.Offence && offence < 0)
        {
            throw new InvalidOperationException(
                $"The rule '{leaf.Label!.En}' reads an offence and cannot be evaluated for the case as a whole; use it inside an offence-level criterion.");
        }

        return new RuleContext(@case, offence >= 0 ? offence : null, run);
    }

    private sealed class ReferenceComparer : IEqualityComparer<Criterion>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(Criterion? x, Criterion? y) => ReferenceEquals(x, y);

        public int GetHashCode(Criterion obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>
/// One classification of one case: every criterion's evaluation (slot + (offence + 1) × slots), the contexts reasons
/// are written in, and the reasons written so far, each once.
/// </summary>
internal sealed class PlanRun
{
    private readonly RuleContext[] contexts;

    // Reasons written so far, indexed as evaluations. Read and written from any thread that reads a result's reason:
    // each entry is written whole, and racing writers store equal texts.
    private LocalizedText?[]? reasons;

    public PlanRun(Plan plan, CaseDescription @case)
    {
        Plan = plan;
        Case = @case;
        Evaluations = new Evaluation?[(@case.Offences.Count + 1) * plan.SlotCount];
        contexts = new RuleContext[@case.Offences.Count + 1];
        plan.RunEvaluations(this);
    }

    public Plan Plan { get; }

    public CaseDescription Case { get; }

    public Evaluation?[] Evaluations { get; }

    public RuleContext Context(int? offenceIndex)
    {
        var k = (offenceIndex ?? -1) + 1;
        return Volatile.Read(ref contexts[k]) ?? Interlocked.CompareExchange(ref contexts[k], new RuleContext(Case, offenceIndex, this), null) ?? contexts[k];
    }

    /// <summary>The evaluation of the criterion in <paramref name="slot"/> for the case or one offence.</summary>
    public Evaluation Evaluation(int slot, int? offenceIndex) =>
        Evaluations[slot + (Plan.CriterionAt(slot).Level == RuleScope.Offence && offenceIndex is int i ? i + 1 : 0) * Plan.SlotCount]!;

    /// <summary>The reason written for <paramref name="evaluation"/>, when it is this run's evaluation of the criterion.</summary>
    public LocalizedText? CachedReason(Criterion criterion, Evaluation evaluation) =>
        ReasonSlot(criterion, evaluation) is int k ? Volatile.Read(ref reasons)?[k] : null;

    /// <summary>Remembers the reason written for this run's evaluation of a criterion.</summary>
    public void StoreReason(Criterion criterion, Evaluation evaluation, LocalizedText reason)
    {
        if (ReasonSlot(criterion, evaluation) is int k)
        {
            var all = Volatile.Read(ref reasons);
            if (all is null)
            {
                Interlocked.CompareExchange(ref reasons, new LocalizedText?[Evaluations.Length], null);
                all = Volatile.Read(ref reasons)!;
            }

            Volatile.Write(ref all[k], reason);
        }
    }

    private int? ReasonSlot(Criterion criterion, Evaluation evaluation)
    {
        var slot = Plan.SlotOf(criterion);
        if (slot < 0)
        {
            return null;
        }

        var at = criterion.Level == RuleScope.Case ? null : evaluation.OffenceIndex;
        var k = slot + ((at ?? -1) + 1) * Plan.SlotCount;
        return ReferenceEquals(Evaluations[k], evaluation) ? k : null;
    }
}
