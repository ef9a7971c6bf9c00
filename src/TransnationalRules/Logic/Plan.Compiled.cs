using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// The outcome-only run of a plan, compiled once: each criterion's body becomes one delegate per rule of it, built
/// from the declared rules themselves — a leaf's one <c>Decide</c>, a combinator's one <c>Combine</c>, a reference's
/// slot — for built-in and user rules alike (STYLE 13). Nothing is allocated per case but for delegate leaves.
/// </summary>
internal sealed partial class Plan
{
    /// <summary>The outcome of a compiled rule where offence <c>offence</c> and entry <c>abroad</c> (-1: none) are in scope.</summary>
    private delegate Outcome Compiled(in Frame frame, int offence, int abroad);

    /// <summary>Deciding one case: the case, the outcomes so far (slot + row × slots, as outcome + 1), and the set's table.</summary>
    private readonly struct Frame(CaseDescription @case, byte[] outcomes, int offences, int slotCount, TerritoryTable territories)
    {
        public CaseDescription Case { get; } = @case;

        public int Offences { get; } = offences;

        public TerritoryTable Territories { get; } = territories;

        public Outcome Read(int slot, RuleScope level, int offence, int abroad) =>
            (Outcome)(outcomes[slot + Row(level, Offences, offence, abroad) * slotCount] - 1);
    }

    /// <summary>Evaluates every criterion's outcome into <paramref name="outcomes"/>: slot + row × slots (<see cref="Row"/>), as outcome + 1; 0 where a criterion is not evaluated.</summary>
    public void RunOutcomes(CaseDescription @case, byte[] outcomes)
    {
        var offences = @case.Offences.Count;
        var entries = @case.Abroad?.Count ?? 0;
        var n = slots.Length;
        var frame = new Frame(@case, outcomes, offences, n, Territories);
        foreach (var (slot, level, body) in compiled)
        {
            if (level == RuleScope.Case)
            {
                outcomes[slot] = (byte)(body(in frame, -1, -1) + 1);
                continue;
            }

            var offenceLevel = level == RuleScope.Offence;
            var count = offenceLevel ? offences : entries;
            var any = Outcome.NotMet;
            for (var i = 0; i < count; i++)
            {
                var outcome = offenceLevel ? body(in frame, i, -1) : body(in frame, -1, i);
                outcomes[slot + Row(level, offences, i, i) * n] = (byte)(outcome + 1);
                any = Kleene.Or(any, outcome);
            }

            outcomes[slot] = (byte)(any + 1);
        }
    }

    /// <summary>The steps compiled, in the plan's order.</summary>
    private (int Slot, RuleScope Level, Compiled Body)[] Compile()
    {
        var compiledSteps = new (int, RuleScope, Compiled)[steps.Length];
        for (var k = 0; k < steps.Length; k++)
        {
            compiledSteps[k] = (steps[k].Slot, steps[k].Level, Compile(slots[steps[k].Slot].Body));
        }

        return compiledSteps;
    }

    private Compiled Compile(Rule rule)
    {
        switch (rule)
        {
            case CriterionReference or Criterion:
                var slot = rule is CriterionReference reference ? SlotOf(reference.CriterionId) : SlotOf((Criterion)rule);
                var level = slots[slot].Level;
                return (in Frame f, int offence, int abroad) => f.Read(slot, level, offence, abroad);
            case Channels.TableLeaf table:
                var treaties = Treaties;
                return (in Frame f, int offence, int abroad) => table.Decide(f.Case, offence, abroad, f.Territories, treaties, null);
            case FactLeaf leaf:
                return (in Frame f, int offence, int abroad) => leaf.Decide(f.Case, offence, abroad, f.Territories, null);
            case LeafRule leaf:
                return (in Frame f, int offence, int abroad) => leaf.Verdict(Context(f.Case, offence, abroad, leaf, f.Territories)).Outcome;
            case SomeOffenceRule some:
                var each = Compile(some.Rule);
                return (in Frame f, int offence, int abroad) =>
                {
                    var any = Outcome.NotMet;
                    for (var i = 0; i < f.Offences; i++)
                    {
                        any = Kleene.Or(any, each(in f, i, abroad));
                    }

                    return any;
                };
            case Combinator combinator:
                var children = new Compiled[combinator.Children.Length];
                for (var i = 0; i < children.Length; i++)
                {
                    children[i] = Compile(combinator.Children[i]);
                }

                return (in Frame f, int offence, int abroad) =>
                {
                    Span<Outcome> outcomes = children.Length <= 16 ? stackalloc Outcome[16] : new Outcome[children.Length];
                    for (var i = 0; i < children.Length; i++)
                    {
                        outcomes[i] = children[i](in f, offence, abroad);
                    }

                    return combinator.Combine(outcomes[..children.Length]);
                };
            default:
                throw new ArgumentException($"A rule of an unknown kind ({rule.GetType().Name}).", nameof(rule));
        }
    }
}
