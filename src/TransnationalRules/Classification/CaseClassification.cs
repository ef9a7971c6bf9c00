using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TransnationalRules.Logic;

namespace TransnationalRules.Classification;

/// <summary>The classification of one case (DESIGN §5).</summary>
public sealed class CaseClassification
{
    // Ranked when first read: from the evaluations when something made them, else from outcomes and missing facts alone.
    private readonly Func<ImmutableArray<string>> missingFacts;
    private string[]? ranked;

    internal CaseClassification(string caseId, RuleSet ruleSet, ImmutableArray<CriterionResult> criteria, ImmutableArray<OffenceClassification> offences, ImmutableArray<StateCooperation> cooperation, Func<ImmutableArray<string>> missingFacts)
    {
        Cooperation = cooperation;
        CaseId = caseId;
        RuleSetId = ruleSet.Id;
        RuleSetVersion = ruleSet.Version;
        RuleSet = ruleSet;
        Criteria = criteria;
        Offences = offences;
        this.missingFacts = missingFacts;
        var met = ImmutableArray.CreateBuilder<string>(criteria.Length);
        foreach (var c in criteria)
        {
            if (c.Outcome == Outcome.Met)
            {
                met.Add(c.Id);
            }

            if (c.Id == ruleSet.TransnationalId)
            {
                Transnational = c.Outcome;
            }

            if (c.Id == ruleSet.ConventionAppliesId)
            {
                ConventionApplies = c.Outcome;
            }
        }

        CriteriaMet = met.ToImmutable();
    }

    /// <summary>The case's id.</summary>
    public string CaseId { get; }

    /// <summary>The id of the rule set that classified it.</summary>
    public string RuleSetId { get; }

    /// <summary>The version of the rule set that classified it.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The rule set that classified it, with what it declares of its criteria (headlines, questions, areas).</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The case-level outcome of the set's <see cref="RuleSet.TransnationalId"/> (<c>untoc.art3.2</c>), or <see langword="null"/> when the set has none.</summary>
    public Outcome? Transnational { get; }

    /// <summary>The case-level outcome of the set's <see cref="RuleSet.ConventionAppliesId"/> (<c>untoc.art3.1</c>), or <see langword="null"/> when the set has none.</summary>
    public Outcome? ConventionApplies { get; }

    /// <summary>The ids of the criteria met at case level, in the set's order.</summary>
    public ImmutableArray<string> CriteriaMet { get; }

    /// <summary>
    /// Every case- and offence-level criterion at case level, in the set's order (an offence-level criterion as AnyOf
    /// over the offences); state-level criteria (routes) are in <see cref="Cooperation"/>.
    /// </summary>
    public ImmutableArray<CriterionResult> Criteria { get; }

    /// <summary>Per offence, every offence-level criterion.</summary>
    public ImmutableArray<OffenceClassification> Offences { get; }

    /// <summary>
    /// Per entry of the case's <c>abroad</c> list, in input order, the cooperation routes (the set's state-level
    /// criteria, DESIGN §3.1); empty when <c>abroad</c> is absent or empty. Route outcomes appear only here, never in
    /// <see cref="Criteria"/> or <see cref="CriteriaMet"/>.
    /// </summary>
    public ImmutableArray<StateCooperation> Cooperation { get; }

    /// <summary>
    /// The "ask first" list (DESIGN §5): the paths of the facts missing from the questions still unknown — transnational,
    /// Convention applies, each route of each foreign State, the other declared questions — ranked by that tier, then by
    /// how many unknown questions read them, ties in document order.
    /// </summary>
    public ImmutableArray<string> MissingFacts => ImmutableCollectionsMarshal.AsImmutableArray(ranked ??= ImmutableCollectionsMarshal.AsArray(missingFacts())!);

    /// <summary>
    /// Gaps in the data the cooperation channels are decided on (issue 19): per <c>abroad</c> entry in input order, the
    /// tables (party tables, then form tables) with no verified entry that left a route's condition unknown, each
    /// (State, table) once. They are not facts of the case and never appear in <see cref="MissingFacts"/>. A gap's
    /// <c>State</c> is the State as its <c>abroad</c> entry folds (Hong Kong → <c>CN</c>); its <c>Table</c> is one of
    /// <see cref="TreatyTables.PartyTableIds"/> or <see cref="TreatyTables.FormTableIds"/>.
    /// </summary>
    public ImmutableArray<(string State, string Table)> DataGaps { get; internal init; } = [];

    /// <summary>The case-level result of a criterion.</summary>
    /// <param name="criterionId">The id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The set has no such criterion.</exception>
    public CriterionResult this[string criterionId] =>
        Criteria.FirstOrDefault(c => c.Id == criterionId) ?? throw new KeyNotFoundException($"No criterion '{criterionId}' in this classification.");
}
