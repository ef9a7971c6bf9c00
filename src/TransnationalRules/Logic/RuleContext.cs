using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// What a rule is evaluated against: a case, and, for offence-level rules, one offence of it; for state-level rules
/// (cooperation routes), one entry of its <c>abroad</c> list.
/// </summary>
public sealed class RuleContext
{
    internal RuleContext(CaseDescription @case, int? offenceIndex, PlanRun? run, int? abroadIndex = null, TerritoryTable? territories = null)
    {
        Case = @case;
        OffenceIndex = offenceIndex;
        Offence = offenceIndex is int i ? @case.Offences[i] : null;
        AbroadIndex = abroadIndex;
        Abroad = abroadIndex is int a ? @case.Abroad![a] : null;
        Run = run;
        this.territories = territories;
    }

    /// <summary>The case.</summary>
    public CaseDescription Case { get; }

    /// <summary>The index of the offence being evaluated, or <see langword="null"/> for the case as a whole.</summary>
    public int? OffenceIndex { get; }

    /// <summary>The offence being evaluated, or <see langword="null"/> for the case as a whole.</summary>
    public Offence? Offence { get; }

    /// <summary>The index of the <c>abroad</c> entry being evaluated, or <see langword="null"/> outside a cooperation route.</summary>
    public int? AbroadIndex { get; }

    /// <summary>The <c>abroad</c> entry (foreign State) being evaluated, or <see langword="null"/> outside a cooperation route.</summary>
    public ForeignState? Abroad { get; }

    /// <summary>The <c>abroad</c> entry being evaluated, for a rule that needs one.</summary>
    /// <returns>The entry.</returns>
    /// <exception cref="InvalidOperationException">The context is not of an <c>abroad</c> entry.</exception>
    public ForeignState RequireAbroad() =>
        Abroad ?? throw new InvalidOperationException("This rule reads an abroad entry; evaluate it inside a state-level criterion.");

    /// <summary>The offence being evaluated, for a rule that needs one.</summary>
    /// <returns>The offence.</returns>
    /// <exception cref="InvalidOperationException">The context is the case as a whole.</exception>
    public Offence RequireOffence() =>
        Offence ?? throw new InvalidOperationException("This rule reads an offence; evaluate it inside an offence-level criterion.");

    /// <summary>Which codes count as which State (DESIGN §2.2): the rule set's table.</summary>
    internal TerritoryTable Territories => territories ?? Run?.Plan.Territories ?? TerritoryTable.Default;

    // The rule set's table where a leaf is decided outside a classification's run (outcomes, Evaluate).
    private readonly TerritoryTable? territories;

    /// <summary>The State a code counts as under the rule set's territories (DESIGN §2.2): <c>CN</c> for <c>HK</c>, the code itself for a State.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code.</param>
    /// <returns>The State's code.</returns>
    public string StateOf(string code) => Territories.StateOf(code);

    /// <summary>Whether two codes count as the same State under the rule set's territories (DESIGN §2.2).</summary>
    /// <param name="a">A code.</param>
    /// <param name="b">Another code.</param>
    /// <returns><see langword="true"/> when they are one State (<c>HK</c> and <c>CN</c>).</returns>
    public bool SameState(string a, string b) => Territories.SameState(a, b);

    /// <summary>The party and form tables of the rule set (issue 19).</summary>
    internal TreatyTables Treaties => Run?.Plan.Treaties ?? TreatyTables.Default;

    /// <summary>The classification this context belongs to (for reasons written once), or <see langword="null"/>.</summary>
    internal PlanRun? Run { get; }
}
