using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace TransnationalRules.Logic;

/// <summary>The criteria an evaluation can refer to by id, each with a slot for its cached evaluation.</summary>
internal sealed class CriterionIndex
{
    public static readonly CriterionIndex Empty = new([]);

    private readonly FrozenDictionary<string, Criterion> byId;
    private readonly Dictionary<Criterion, int> slots;

    public CriterionIndex(IReadOnlyList<Criterion> criteria)
    {
        byId = criteria.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        slots = new Dictionary<Criterion, int>(criteria.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < criteria.Count; i++)
        {
            slots[criteria[i]] = i;
        }
    }

    public int Count => slots.Count;

    public Criterion? Find(string id) => byId.GetValueOrDefault(id);

    public int IndexOf(Criterion criterion) => slots.TryGetValue(criterion, out var i) ? i : -1;

    /// <summary>The slot of a criterion, remembered on the criterion for the index last asked (rules are shared, indexes rarely change).</summary>
    public int SlotOf(Criterion criterion)
    {
        var binding = criterion.Binding;
        if (binding is null || !ReferenceEquals(binding.Index, this))
        {
            binding = new CriterionBinding(this, IndexOf(criterion), null);
            criterion.Binding = binding;
        }

        return binding.Slot;
    }

    /// <summary>The criterion a reference names and its slot, remembered on the reference for the index last asked.</summary>
    public CriterionBinding Bind(CriterionReference reference)
    {
        var binding = reference.Binding;
        if (binding is null || !ReferenceEquals(binding.Index, this))
        {
            var target = Find(reference.CriterionId) ?? throw new InvalidOperationException(
                $"A rule refers to criterion '{reference.CriterionId}', which is not in the rule set being evaluated.");
            binding = new CriterionBinding(this, IndexOf(target), target);
            reference.Binding = binding;
        }

        return binding;
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<Criterion>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(Criterion? x, Criterion? y) => ReferenceEquals(x, y);

        public int GetHashCode(Criterion obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
