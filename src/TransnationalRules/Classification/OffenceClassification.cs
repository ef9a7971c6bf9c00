using System.Collections.Immutable;

namespace TransnationalRules.Classification;

/// <summary>The offence-level criteria for one offence.</summary>
/// <param name="Id">The offence's id.</param>
/// <param name="Criteria">Every offence-level criterion of the set, in the set's order.</param>
public sealed record OffenceClassification(string Id, ImmutableArray<CriterionResult> Criteria);
