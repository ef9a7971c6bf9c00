using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>What a rule is evaluated against: a case, and, for offence-level rules, one offence of it.</summary>
public sealed class RuleContext
{
    internal RuleContext(CaseDescription @case, int? offenceIndex, PlanRun? run)
    {
        Case = @case;
        OffenceIndex = offenceIndex;
        Offence = offenceIndex is int i ? @case.Offences[i] : null;
        Run = run;
    }

    /// <summary>The case.</summary>
    public CaseDescription Case { get; }

    /// <summary>The index of the offence being evaluated, or <see langword="null"/> for the case as a whole.</summary>
    public int? OffenceIndex { get; }

    /// <summary>The offence being evaluated, or <see langword="null"/> for the case as a whole.</summary>
    public Offence? Offence { get; }

    /// <summary>The offence being evaluated, for a rule that needs one.</summary>
    /// <returns>The offence.</returns>
    /// <exception cref="InvalidOperationException">The context is the case as a whole.</exception>
    public Offence RequireOffence() =>
        Offence ?? throw new InvalidOperationException("This rule reads an offence; evaluate it inside an offence-level criterion.");

    /// <summary>Which codes count as which State (DESIGN §2.2): the rule set's table.</summary>
    public TerritoryTable Territories => Run?.Plan.Territories ?? TerritoryTable.Default;

    /// <summary>The classification this context belongs to (for reasons written once), or <see langword="null"/>.</summary>
    internal PlanRun? Run { get; }
}
