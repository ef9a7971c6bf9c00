using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary>
/// The leaves over an <c>abroad</c> entry that the cooperation routes (DESIGN §3.1) share, and the phrases their reasons
/// share: the State's name, the offences a "some offence" part was met or open for, the note on party status.
/// </summary>
internal static class CooperationFacts
{
    public static Rule Suspects { get; } = Leaf.Flag(AbroadField.Suspects, new("a suspect is located in the State", "підозрюваний перебуває в цій державі"));

    public static Rule Victims { get; } = Leaf.Flag(AbroadField.Victims, new("victims are located in the State", "потерпілі перебувають у цій державі"));

    public static Rule Witnesses { get; } = Leaf.Flag(AbroadField.Witnesses, new("witnesses are located in the State", "свідки перебувають у цій державі"));

    public static Rule Proceeds { get; } = Leaf.Flag(AbroadField.Proceeds,
        new("proceeds, property or instrumentalities are located in the State", "доходи, майно або знаряддя злочину перебувають у цій державі"));

    public static Rule Evidence { get; } = Leaf.Flag(AbroadField.Evidence, new("evidence is located in the State", "докази перебувають у цій державі"));

    public static Rule DualCriminality { get; } = Leaf.Flag(AbroadField.DualCriminality,
        new("the conduct is an offence under the State's law too (dual criminality)", "діяння є злочином і за законом цієї держави (подвійна злочинність)"));

    /// <summary>
    /// Art. 18(1)'s ground to suspect transnationality: victims, witnesses, proceeds or evidence located in the requested
    /// State (instrumentalities are recorded with proceeds, DESIGN §4).
    /// </summary>
    public static Rule LocatedIn { get; } = new AnyOfRule([Victims, Witnesses, Proceeds, Evidence],
        new("victims, witnesses, proceeds or evidence located in the State", "потерпілі, свідки, доходи або докази перебувають у цій державі"));

    /// <summary>
    /// The State's name in running text: "the United Kingdom" / «Велика Британія»; a territory with its State, "Hong Kong
    /// (China)" / «Гонконг (Китай)» (DESIGN §2.2).
    /// </summary>
    public static LocalizedText Name(string state, TerritoryTable? territories = null)
    {
        var t = territories ?? TerritoryTable.Default;
        if (!t.IsTerritory(state))
        {
            return new(Say.En(state), StateNames.NameOf(state).Uk);
        }

        var sovereign = t.StateOf(state);
        return new($"{Say.En(state)} ({StateNames.NameOf(sovereign).En})", $"{StateNames.NameOf(state).Uk} ({StateNames.NameOf(sovereign).Uk})");
    }

    /// <summary>The State of the <c>abroad</c> entry in scope, named as given (a territory with its State).</summary>
    public static LocalizedText Name(RuleContext c) => Name(c.RequireAbroad().State, c.Territories);

    /// <summary>"in Poland" / «у Польщі», "in Hong Kong (China)" / «у Гонконгу (Китай)»: the State of the entry in scope.</summary>
    public static LocalizedText In(RuleContext c) => Say.InStates([c.RequireAbroad().State], c.Territories);

    /// <summary>The offences whose evaluation under the "some offence" part <paramref name="some"/> has <paramref name="outcome"/>: "'fraud', 'thb'".</summary>
    public static LocalizedText Offences(Evaluation some, Outcome outcome, CaseDescription @case)
    {
        var ids = some.Children.Where(c => c.Outcome == outcome && c.OffenceIndex is not null).Select(c => Say.Quote(@case.Offences[c.OffenceIndex!.Value].Id)).ToList();
        return new(string.Join(", ", ids.Select(i => i.En)), string.Join(", ", ids.Select(i => i.Uk)));
    }

    /// <summary>Joins sentences of both languages with spaces.</summary>
    public static LocalizedText Join(params LocalizedText[] parts) =>
        new(string.Join(" ", parts.Select(p => p.En)), string.Join(" ", parts.Select(p => p.Uk)));
}
