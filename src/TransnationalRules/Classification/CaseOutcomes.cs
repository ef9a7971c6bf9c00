using System.Diagnostics.CodeAnalysis;
using TransnationalRules.Logic;

namespace TransnationalRules.Classification;

/// <summary>
/// The outcomes alone of every criterion of a rule set for one case — at case level, and per offence for the
/// offence-level criteria — without reasons, evidence or missing facts: what
/// <see cref="Classifier.Outcomes(Model.CaseDescription)"/> returns.
/// </summary>
/// <remarks>
/// Each outcome equals the one <see cref="Classifier.Classify"/> gives the same criterion. Criteria are addressed by id,
/// or by their index in <see cref="RuleSet"/>'s <see cref="RuleSet.Criteria"/>.
/// </remarks>
public sealed class CaseOutcomes
{
    private readonly Plan plan;
    private readonly byte[] outcomes; // slot + row * slots (Plan.Row); outcome + 1

    internal CaseOutcomes(string caseId, RuleSet ruleSet, Plan plan, int offenceCount, int abroadCount, byte[] outcomes)
    {
        CaseId = caseId;
        RuleSet = ruleSet;
        OffenceCount = offenceCount;
        AbroadCount = abroadCount;
        this.plan = plan;
        this.outcomes = outcomes;
    }

    /// <summary>The case's id.</summary>
    public string CaseId { get; }

    /// <summary>The rule set the outcomes are of.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The number of offences of the case.</summary>
    public int OffenceCount { get; }

    /// <summary>The number of <c>abroad</c> entries (foreign States) of the case.</summary>
    public int AbroadCount { get; }

    /// <summary>The case-level outcome of the set's <see cref="RuleSet.TransnationalId"/> (<c>untoc.art3.2</c>), or <see langword="null"/> when the set has none.</summary>
    public Outcome? Transnational => RuleSet.TransnationalId is { } id ? this[id] : null;

    /// <summary>The case-level outcome of the set's <see cref="RuleSet.ConventionAppliesId"/> (<c>untoc.art3.1</c>), or <see langword="null"/> when the set has none.</summary>
    public Outcome? ConventionApplies => RuleSet.ConventionAppliesId is { } id ? this[id] : null;

    /// <summary>
    /// The case-level outcome of a criterion (for an offence-level one, AnyOf over the offences; for a state-level one, a
    /// route, AnyOf over the <c>abroad</c> entries, which classifications do not report: read routes with <see cref="ForState(int, string)"/>).
    /// </summary>
    /// <param name="criterionId">The criterion's id.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="KeyNotFoundException">The set has no such criterion.</exception>
    public Outcome this[string criterionId] => this[Slot(criterionId)];

    /// <summary>The case-level outcome of the criterion at <paramref name="criterionIndex"/> in the set's order.</summary>
    /// <param name="criterionIndex">The criterion's index in <see cref="RuleSet.Criteria"/>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the set.</exception>
    public Outcome this[int criterionIndex]
    {
        get
        {
            if ((uint)criterionIndex >= (uint)plan.SetCount)
            {
                ThrowOutOfRange(nameof(criterionIndex), criterionIndex, plan.SetCount);
            }

            return (Outcome)(outcomes[criterionIndex] - 1);
        }
    }

    /// <summary>The outcome of an offence-level criterion for one offence.</summary>
    /// <param name="offenceIndex">The offence's index in the case.</param>
    /// <param name="criterionId">The criterion's id.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="KeyNotFoundException">The set has no such criterion.</exception>
    /// <exception cref="ArgumentException">The criterion is case-level.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The offence index is outside the case.</exception>
    public Outcome ForOffence(int offenceIndex, string criterionId) => ForOffence(offenceIndex, Slot(criterionId));

    /// <summary>The outcome of the offence-level criterion at <paramref name="criterionIndex"/> for one offence.</summary>
    /// <param name="offenceIndex">The offence's index in the case.</param>
    /// <param name="criterionIndex">The criterion's index in <see cref="RuleSet.Criteria"/>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The criterion is case-level.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the case or the set.</exception>
    public Outcome ForOffence(int offenceIndex, int criterionIndex)
    {
        if ((uint)offenceIndex >= (uint)OffenceCount)
        {
            ThrowOutOfRange(nameof(offenceIndex), offenceIndex, OffenceCount);
        }

        if ((uint)criterionIndex >= (uint)plan.SetCount)
        {
            ThrowOutOfRange(nameof(criterionIndex), criterionIndex, plan.SetCount);
        }

        var stored = outcomes[criterionIndex + (offenceIndex + 1) * plan.SlotCount];
        if (stored == 0)
        {
            ThrowCaseLevel(RuleSet.Criteria[criterionIndex].Id, nameof(criterionIndex));
        }

        return (Outcome)(stored - 1);
    }

    /// <summary>The outcome of a state-level criterion (a cooperation route) for one <c>abroad</c> entry.</summary>
    /// <param name="abroadIndex">The entry's index in <c>abroad</c>.</param>
    /// <param name="criterionId">The route's id, e.g. <c>untoc.art18</c>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="KeyNotFoundException">The set has no such criterion.</exception>
    /// <exception cref="ArgumentException">The criterion is not state-level.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside <c>abroad</c>.</exception>
    public Outcome ForState(int abroadIndex, string criterionId) => ForState(abroadIndex, Slot(criterionId));

    /// <summary>The outcome of the state-level criterion at <paramref name="criterionIndex"/> for one <c>abroad</c> entry.</summary>
    /// <param name="abroadIndex">The entry's index in <c>abroad</c>.</param>
    /// <param name="criterionIndex">The criterion's index in <see cref="RuleSet.Criteria"/>.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentException">The criterion is not state-level.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside <c>abroad</c> or the set.</exception>
    public Outcome ForState(int abroadIndex, int criterionIndex)
    {
        if ((uint)abroadIndex >= (uint)AbroadCount)
        {
            ThrowOutOfRange(nameof(abroadIndex), abroadIndex, AbroadCount);
        }

        if ((uint)criterionIndex >= (uint)plan.SetCount)
        {
            ThrowOutOfRange(nameof(criterionIndex), criterionIndex, plan.SetCount);
        }

        var stored = outcomes[criterionIndex + (1 + OffenceCount + abroadIndex) * plan.SlotCount];
        if (stored == 0)
        {
            throw new ArgumentException($"Criterion '{RuleSet.Criteria[criterionIndex].Id}' is not state-level: read it with the indexer or ForOffence.", nameof(criterionIndex));
        }

        return (Outcome)(stored - 1);
    }

    [DoesNotReturn]
    private static void ThrowOutOfRange(string name, int value, int count) =>
        throw new ArgumentOutOfRangeException(name, value, $"Must be at least 0 and less than {count}.");

    [DoesNotReturn]
    private static void ThrowCaseLevel(string id, string name) =>
        throw new ArgumentException($"Criterion '{id}' is case-level: read it with the indexer.", name);

    private int Slot(string criterionId)
    {
        ArgumentNullException.ThrowIfNull(criterionId);
        var slot = plan.SlotOf(criterionId);
        return slot >= 0 ? slot : throw new KeyNotFoundException($"No criterion '{criterionId}' in rule set '{RuleSet.Id}'.");
    }
}
