namespace TransnationalRules.Logic;

/// <summary>Writes the reason for a criterion's outcome, in English and Ukrainian, from its evaluation and the facts.</summary>
/// <param name="evaluation">The criterion's evaluation (its outcome, evidence and missing facts).</param>
/// <param name="context">The case, and the offence when the criterion was evaluated for one.</param>
/// <returns>The reason in both languages.</returns>
public delegate LocalizedText ReasonWriter(Evaluation evaluation, RuleContext context);
