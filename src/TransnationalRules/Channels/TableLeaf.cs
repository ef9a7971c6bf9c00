using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Channels;

/// <summary>
/// A leaf decided by a table of the rule set's <see cref="TreatyTables"/> (issue 19): met when the table lists the key,
/// not met when it marks it as not listed, unknown when the table has no entry. Such an unknown is a gap in the data,
/// not a missing fact of the case: it names no missing fact, and the classification reports it as a
/// <see cref="Classification.CaseClassification.DataGaps"/>.
/// </summary>
internal abstract class TableLeaf(LocalizedText label, RuleScope scope, string table) : FactLeaf(label, scope)
{
    /// <summary>The table's id (one of <see cref="TreatyTables.PartyTableIds"/> or <see cref="TreatyTables.FormTableIds"/>).</summary>
    public string Table { get; } = table;

    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found) =>
        Decide(@case, offence, -1, territories, TreatyTables.Default, found);

    public override Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, List<FactPath>? found) =>
        Decide(@case, offence, abroad, territories, TreatyTables.Default, found);

    /// <summary>Decides the leaf with the rule set's tables: what the engine calls.</summary>
    public abstract Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, TreatyTables tables, List<FactPath>? found);

    protected static Outcome Listed(bool? listed, FactPath path, List<FactPath>? found)
    {
        if (listed is null)
        {
            return Outcome.Unknown;
        }

        found?.Add(path);
        return listed.Value ? Outcome.Met : Outcome.NotMet;
    }
}

/// <summary>The State of the <c>abroad</c> entry, folded (Hong Kong → China), is a party or member by a party table; evidence <c>abroad[i].state</c>.</summary>
internal sealed class PartyLeaf(LocalizedText label, string table) : TableLeaf(label, RuleScope.State, table)
{
    public override Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, TreatyTables tables, List<FactPath>? found)
    {
        if (abroad < 0)
        {
            throw new InvalidOperationException($"The rule '{Label!.En}' reads an abroad entry; use it inside a state-level criterion.");
        }

        var state = territories.StateOf(@case.Abroad![abroad].State);
        return Listed(tables.IsParty(Table, state), FactPath.Abroad(abroad, AbroadField.State), found);
    }
}

/// <summary>The offence's kind is a form of crime listed by a form table; evidence the offence's <c>kind</c>.</summary>
internal sealed class FormLeaf(LocalizedText label, string table) : TableLeaf(label, RuleScope.Offence, table)
{
    public override Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, TreatyTables tables, List<FactPath>? found)
    {
        if (offence < 0)
        {
            throw new InvalidOperationException($"The rule '{Label!.En}' reads an offence; use it inside Rule.SomeOffence.");
        }

        return Listed(tables.IsListed(Table, @case.Offences[offence].Kind), FactPath.Offence(offence, OffenceField.Kind), found);
    }
}
