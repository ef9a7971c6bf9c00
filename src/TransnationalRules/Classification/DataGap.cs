namespace TransnationalRules.Classification;

/// <summary>
/// A gap in the data a cooperation channel is decided on (issue 19): <see cref="Table"/> has no verified entry for
/// <see cref="State"/> (or, for a form table, for the kind of an offence relied on for that State), so a condition that
/// reads it is unknown. It is not a fact of the case: no <c>missingFacts</c> path names it.
/// </summary>
/// <param name="State">The State, as its <c>abroad</c> entry folds (Hong Kong → <c>CN</c>).</param>
/// <param name="Table">The table's id: one of <see cref="TreatyTables.PartyTableIds"/> or <see cref="TreatyTables.FormTableIds"/>.</param>
public sealed record DataGap(string State, string Table);
