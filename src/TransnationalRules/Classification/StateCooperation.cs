using System.Collections.Immutable;

namespace TransnationalRules.Classification;

/// <summary>The cooperation routes for one foreign State of the case's <c>abroad</c> list (DESIGN §3.1, §5).</summary>
/// <param name="State">The State, as given in <c>abroad</c>.</param>
/// <param name="Routes">Every state-level criterion of the set (for the default set the five UNTOC routes), in the set's order.</param>
public sealed record StateCooperation(string State, ImmutableArray<CriterionResult> Routes)
{
    /// <summary>The result of one route.</summary>
    /// <param name="criterionId">The route's id, e.g. <c>untoc.art18</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">The set has no such route.</exception>
    public CriterionResult this[string criterionId] =>
        Routes.FirstOrDefault(r => r.Id == criterionId) ?? throw new KeyNotFoundException($"No route '{criterionId}' for {State}.");
}
