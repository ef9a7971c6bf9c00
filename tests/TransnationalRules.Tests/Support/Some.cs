using TransnationalRules.Model;

namespace TransnationalRules.Tests.Support;

/// <summary>Short test data: <c>Some.Case(Some.Offence().CommittedIn("UA", "PL"))</c>.</summary>
internal static class Some
{
    public static CaseDescription Case(params Offence[] offences) =>
        new() { CaseId = "T-1", Offences = offences.Length == 0 ? [Offence()] : offences };

    public static Offence Offence(string id = "o1", OffenceKind kind = OffenceKind.Fraud) => new() { Id = id, Kind = kind };

    /// <summary>A group that meets every element of art. 2(a).</summary>
    public static CriminalGroup OrganisedGroup(params string[] activeIn) => new()
    {
        Members = 5,
        ExistsForPeriodOfTime = true,
        Structured = true,
        ActsInConcert = true,
        AimsAtSeriousCrime = true,
        MaterialBenefit = true,
        ActiveIn = activeIn.Length == 0 ? null : activeIn,
    };

    public static Offence CommittedIn(this Offence o, params string[] states) => o with { CommittedIn = states };

    public static Offence ConductIn(this Offence o, params string[] states) =>
        o with { SubstantialConduct = [.. states.Select(s => new SubstantialConduct { State = s, Aspect = ConductAspect.Direction })] };

    public static Offence EffectsIn(this Offence o, params string[] states) => o with { SubstantialEffectsIn = states };

    public static Offence Penalty(this Offence o, decimal? years, bool life = false) => o with { MaximumPenaltyYears = years, LifeImprisonment = life };

    public static Offence WithGroup(this Offence o, bool? involved = true) => o with { InvolvesGroup = involved };

    public static CaseDescription With(this CaseDescription c, CriminalGroup? group) => c with { Group = group };

    public static CaseDescription With(this CaseDescription c, CaseFacts? facts) => c with { Facts = facts };

    public static CaseDescription With(this CaseDescription c, CaseStage? stage) => c with { Stage = stage };

    /// <summary>The case with these <c>abroad</c> entries.</summary>
    public static CaseDescription Abroad(this CaseDescription c, params ForeignState[] states) => c with { Abroad = states };

    /// <summary>A foreign State with nothing known of it.</summary>
    public static ForeignState Foreign(string state = "PL") => new() { State = state };

    /// <summary>A foreign State where everything is located, proceedings are open and the conduct is an offence too.</summary>
    public static ForeignState ForeignAll(string state, bool value = true) => new()
    {
        State = state, Suspects = value, Victims = value, Witnesses = value, Proceeds = value, Evidence = value, Proceedings = value, DualCriminality = value,
    };
}
