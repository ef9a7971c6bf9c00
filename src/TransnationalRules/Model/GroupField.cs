namespace TransnationalRules.Model;

/// <summary>The fields of the group (document order is the order of the case document).</summary>
public enum GroupField
{
    /// <summary><c>members</c>.</summary>
    Members = 0,

    /// <summary><c>existsForPeriodOfTime</c>.</summary>
    ExistsForPeriodOfTime = 1,

    /// <summary><c>structured</c>.</summary>
    Structured = 2,

    /// <summary><c>actsInConcert</c>.</summary>
    ActsInConcert = 3,

    /// <summary><c>aimsAtSeriousCrime</c>.</summary>
    AimsAtSeriousCrime = 4,

    /// <summary><c>materialBenefit</c>.</summary>
    MaterialBenefit = 5,

    /// <summary><c>activeIn</c>.</summary>
    ActiveIn = 6,

    /// <summary><c>activeInOthers</c>, the marker of <c>activeIn</c>.</summary>
    ActiveInOthers = 7,

    /// <summary><c>membersAtLeast</c>, a lower bound on <c>members</c>.</summary>
    MembersAtLeast = 8,
}
