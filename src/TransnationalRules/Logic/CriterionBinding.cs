namespace TransnationalRules.Logic;

/// <summary>
/// Where a criterion (or the target of a reference) sits in one compiled rule set. Immutable, so a rule shared between
/// threads and classifiers can remember its last binding in one field without locks: a reader that finds a binding of
/// another index simply binds again.
/// </summary>
internal sealed class CriterionBinding(CriterionIndex index, int slot, Criterion? target)
{
    public CriterionIndex Index { get; } = index;

    public int Slot { get; } = slot;

    public Criterion? Target { get; } = target;
}
