using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// A rule set compiled once: every criterion in a slot (the set's criteria in set order, then criteria nested in a
/// body but not in the set), each body flattened to postfix nodes with references resolved to slots, and the
/// criteria in an order where each comes after those it reads. The one engine: evaluations with evidence walk those
/// nodes; outcomes alone run the same declared rules compiled once into delegates (<c>Plan.Compiled.cs</c>).
/// </summary>
/// <remarks>
/// Immutable and shared by threads; each evaluation of a case keeps its state in its own <see cref="PlanRun"/> or
/// outcome array. An offence-level criterion is evaluated per offence, then for the case as AnyOf over the offences; a
/// state-level criterion (a cooperation route) per <c>abroad</c> entry, then for the case as AnyOf over the entries.
/// Results are kept in rows of <see cref="SlotCount"/>: row 0 the case, rows 1 to O the offences, rows O + 1 to
/// O + E the <c>abroad</c> entries (<see cref="Row"/>). <see cref="Rule.SomeOffence"/> compiles to a sub-body the walk
/// runs once per offence where it stands.
/// </remarks>
internal sealed partial class Plan
{
    private readonly Criterion[] slots;
    private readonly Step[] steps;
    private readonly (int Slot, RuleScope Level, Compiled Body)[] compiled;
    private readonly List<Node[]> someOffenceBodies = [];
    private readonly Dictionary<string, int> byId;
    private readonly Dictionary<Criterion, int> bySlot = new(ReferenceComparer.Instance);

    /// <summary>Compiles criteria.</summary>
    /// <param name="criteria">The criteria.</param>
    /// <param name="territories">Which codes count as which State (DESIGN §2.2).</param>
    /// <exception cref="ArgumentException">A reference names no criterion of the set, or criteria depend on each other in a cycle.</exception>
    /// <param name="treaties">The tables of the cooperation channels (issue 19).</param>
    public Plan(IReadOnlyList<Criterion> criteria, TerritoryTable territories, TreatyTables? treaties = null)
    {
        Territories = territories;
        Treaties = treaties ?? TreatyTables.Default;
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
        compiled = Compile();
    }

    /// <summary>Which codes count as which State.</summary>
    public TerritoryTable Territories { get; }

    /// <summary>The party and form tables the table leaves read.</summary>
    public TreatyTables Treaties { get; }

    /// <summary>Decides a fact leaf with the set's territories, and with its treaty tables for a table leaf.</summary>
    public Outcome Decide(FactLeaf leaf, CaseDescription @case, int offence, int abroad, List<FactPath>? found) =>
        leaf is Channels.TableLeaf table
            ? table.Decide(@case, offence, abroad, Territories, Treaties, found)
            : leaf.Decide(@case, offence, abroad, Territories, found);

    /// <summary>How many criteria the rule set has (slots 0 to <c>SetCount - 1</c>).</summary>
    public int SetCount { get; }

    /// <summary>How many slots, hidden ones included.</summary>
    public int SlotCount => slots.Length;

    /// <summary>The deepest stack a walk needs.</summary>
    public int MaxStack { get; private set; } = 1;

    public Criterion CriterionAt(int slot) => slots[slot];

    public int SlotOf(string criterionId) => byId.TryGetValue(criterionId, out var slot) ? slot : -1;

    public int SlotOf(Criterion criterion) => bySlot.TryGetValue(criterion, out var slot) ? slot : -1;

    /// <summary>How many rows of results a case needs: the case, its offences, its <c>abroad</c> entries.</summary>
    public static int Rows(CaseDescription @case) => 1 + @case.Offences.Count + (@case.Abroad?.Count ?? 0);

    /// <summary>The row of a criterion of <paramref name="level"/> read where offence <paramref name="offence"/> and entry <paramref name="abroad"/> (-1: none) are in scope.</summary>
    public static int Row(RuleScope level, int offences, int offence, int abroad) => level switch
    {
        RuleScope.Offence when offence >= 0 => 1 + offence,
        RuleScope.State when abroad >= 0 => 1 + offences + abroad,
        _ => 0,
    };

    /// <summary>Evaluates every criterion with evidence and missing facts into <paramref name="run"/>.</summary>
    public void RunEvaluations(PlanRun run)
    {
        var @case = run.Case;
        var offences = @case.Offences.Count;
        var entries = @case.Abroad?.Count ?? 0;
        var n = slots.Length;
        var evaluations = run.Evaluations;
        var stack = new Evaluation[MaxStack];
        var found = new List<FactPath>();
        foreach (var step in steps)
        {
            var criterion = slots[step.Slot];
            if (step.Level == RuleScope.Case)
            {
                var mode = new EvaluationMode(this, @case, -1, -1, evaluations, found);
                evaluations[step.Slot] = Wrap(criterion, Walk(step.Body, ref mode, stack.AsSpan()), null, null);
                continue;
            }

            var offenceLevel = step.Level == RuleScope.Offence;
            var count = offenceLevel ? offences : entries;
            var each = new Evaluation[count];
            var any = Outcome.NotMet;
            for (var i = 0; i < count; i++)
            {
                var mode = offenceLevel ? new EvaluationMode(this, @case, i, -1, evaluations, found) : new EvaluationMode(this, @case, -1, i, evaluations, found);
                var body = Walk(step.Body, ref mode, stack.AsSpan());
                each[i] = evaluations[step.Slot + Row(step.Level, offences, i, i) * n] = offenceLevel ? Wrap(criterion, body, i, null) : Wrap(criterion, body, null, i);
                any = Kleene.Or(any, each[i].Outcome);
            }

            evaluations[step.Slot] = Evaluation.Combine(criterion, any, null, ImmutableCollectionsMarshal.AsImmutableArray(each), evidenceFrom: any);
        }
    }

    private static Evaluation Wrap(Criterion criterion, Evaluation body, int? offence, int? abroad) =>
        new(criterion, body.Outcome, offence, [body], body.Evidence, body.MissingFacts, abroad);

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
                    stack[top++] = mode.Slot(node.Arg, node.Level);
                    break;
                case NodeKind.SomeOffence:
                    // The sub-body runs once per offence on the stack above this node's place.
                    var some = mode.SomeOffence((SomeOffenceRule)node.Rule, node.Arg, stack[top..]);
                    stack[top++] = some;
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
        order.Add(new Step(slot, criterion.Level, [.. body]));
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
                nodes.Add(new Node(NodeKind.Slot, 0, target, slots[target].Level, slots[target]));
                return 1;
            case Criterion nested:
                var slot = SlotOf(nested);
                dependsOn(slot);
                nodes.Add(new Node(NodeKind.Slot, 0, slot, nested.Level, nested));
                return 1;
            case FactLeaf:
                nodes.Add(new Node(NodeKind.Fact, 0, 0, RuleScope.Case, rule));
                return 1;
            case LeafRule:
                nodes.Add(new Node(NodeKind.Delegate, 0, 0, RuleScope.Case, rule));
                return 1;
            case SomeOffenceRule some:
                var inner = new List<Node>();
                var innerDepth = Compile(some.Rule, inner, owner, dependsOn);
                someOffenceBodies.Add([.. inner]);
                nodes.Add(new Node(NodeKind.SomeOffence, 0, someOffenceBodies.Count - 1, RuleScope.Case, rule));
                return Math.Max(1, innerDepth);
            case Combinator combinator:
                var depth = 1;
                var children = combinator.Children;
                for (var i = 0; i < children.Length; i++)
                {
                    depth = Math.Max(depth, i + Compile(children[i], nodes, owner, dependsOn));
                }

                nodes.Add(new Node(NodeKind.Combine, children.Length, 0, RuleScope.Case, rule));
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
        SomeOffence,
    }

    /// <summary>A postfix node: for a slot, <see cref="Arg"/> is the slot and <see cref="Level"/> its criterion's level; for some-offence, the sub-body's index.</summary>
    private readonly record struct Node(NodeKind Kind, int Arity, int Arg, RuleScope Level, Rule Rule);

    private sealed record Step(int Slot, RuleScope Level, Node[] Body);

    private interface IMode<T>
    {
        T Fact(FactLeaf leaf);

        T Delegate(LeafRule leaf);

        T Slot(int slot, RuleScope level);

        T Combine(Combinator combinator, ReadOnlySpan<T> children);

        /// <summary>Runs sub-body <paramref name="body"/> once per offence on <paramref name="stack"/>; AnyOf of the results.</summary>
        T SomeOffence(SomeOffenceRule rule, int body, Span<T> stack);
    }

    /// <summary>Evaluations with the facts behind them, for reasons and reports.</summary>
    private readonly struct EvaluationMode(Plan plan, CaseDescription @case, int offence, int abroad, Evaluation?[] evaluations, List<FactPath> found) : IMode<Evaluation>
    {
        private int? Index => offence >= 0 ? offence : null;

        private int? Entry => abroad >= 0 ? abroad : null;

        public Evaluation Fact(FactLeaf leaf)
        {
            found.Clear();
            Finding? finding = null;
            var outcome = leaf is Channels.TableLeaf
                ? plan.Decide(leaf, @case, offence, abroad, found)
                : leaf.Decide(@case, offence, abroad, plan.Territories, found, out finding);
            var paths = Paths.Normalize(found);
            return outcome == Outcome.Unknown
                ? new Evaluation(leaf, outcome, Index, [], [], paths, Entry, finding)
                : new Evaluation(leaf, outcome, Index, [], paths, [], Entry, finding);
        }

        public Evaluation Delegate(LeafRule leaf)
        {
            var verdict = leaf.Verdict(Context(@case, offence, abroad, leaf, plan.Territories));
            return new Evaluation(leaf, verdict.Outcome, Index, [], verdict.Evidence, verdict.MissingFacts, Entry);
        }

        public Evaluation Slot(int slot, RuleScope level) =>
            evaluations[slot + Row(level, @case.Offences.Count, offence, abroad) * plan.SlotCount]!;

        public Evaluation Combine(Combinator combinator, ReadOnlySpan<Evaluation> children)
        {
            Span<Outcome> outcomes = children.Length <= 32 ? stackalloc Outcome[32] : new Outcome[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                outcomes[i] = children[i].Outcome;
            }

            var outcome = combinator.Combine(outcomes[..children.Length]);
            return Evaluation.Combine(combinator, outcome, Index, [.. children], combinator.EvidenceFrom(outcome), Entry);
        }

        public Evaluation SomeOffence(SomeOffenceRule rule, int body, Span<Evaluation> stack)
        {
            var each = new Evaluation[@case.Offences.Count];
            var any = Outcome.NotMet;
            for (var i = 0; i < each.Length; i++)
            {
                var mode = new EvaluationMode(plan, @case, i, abroad, evaluations, found);
                each[i] = Walk(plan.someOffenceBodies[body], ref mode, stack);
                any = Kleene.Or(any, each[i].Outcome);
            }

            return Evaluation.Combine(rule, any, Index, ImmutableCollectionsMarshal.AsImmutableArray(each), any, Entry);
        }
    }

    private static RuleContext Context(CaseDescription @case, int offence, int abroad, LeafRule leaf, TerritoryTable territories)
    {
        if (leaf.Scope == RuleScope.Offence && offence < 0)
        {
            throw new InvalidOperationException(
                $"The rule '{leaf.Label!.En}' reads an offence and cannot be evaluated for the case as a whole; use it inside an offence-level criterion.");
        }

        if (leaf.Scope == RuleScope.State && abroad < 0)
        {
            throw new InvalidOperationException(
                $"The rule '{leaf.Label!.En}' reads an abroad entry; use it inside a state-level criterion.");
        }

        return new RuleContext(@case, offence >= 0 ? offence : null, null, abroad >= 0 ? abroad : null, territories);
    }

    private sealed class ReferenceComparer : IEqualityComparer<Criterion>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(Criterion? x, Criterion? y) => ReferenceEquals(x, y);

        public int GetHashCode(Criterion obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

/// <summary>
/// One classification of one case: every criterion's evaluation (slot + row × slots, rows as <see cref="Plan.Row"/>),
/// the contexts reasons are written in, and the reasons written so far, each once.
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
        Evaluations = new Evaluation?[Plan.Rows(@case) * plan.SlotCount];
        contexts = new RuleContext[Plan.Rows(@case)];
        plan.RunEvaluations(this);
    }

    public Plan Plan { get; }

    public CaseDescription Case { get; }

    public Evaluation?[] Evaluations { get; }

    /// <summary>The context of the case (both null), of one offence, or of one <c>abroad</c> entry.</summary>
    public RuleContext Context(int? offenceIndex, int? abroadIndex = null)
    {
        var k = abroadIndex is int a ? 1 + Case.Offences.Count + a : (offenceIndex ?? -1) + 1;
        return Volatile.Read(ref contexts[k])
            ?? Interlocked.CompareExchange(ref contexts[k], new RuleContext(Case, abroadIndex is null ? offenceIndex : null, this, abroadIndex), null)
            ?? contexts[k];
    }

    /// <summary>The evaluation of the criterion in <paramref name="slot"/> for the case, one offence or one <c>abroad</c> entry.</summary>
    public Evaluation Evaluation(int slot, int? offenceIndex, int? abroadIndex = null) =>
        Evaluations[slot + Plan.Row(Plan.CriterionAt(slot).Level, Case.Offences.Count, offenceIndex ?? -1, abroadIndex ?? -1) * Plan.SlotCount]!;

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

        var k = slot + Plan.Row(criterion.Level, Case.Offences.Count, evaluation.OffenceIndex ?? -1, evaluation.AbroadIndex ?? -1) * Plan.SlotCount;
        return ReferenceEquals(Evaluations[k], evaluation) ? k : null;
    }
}
