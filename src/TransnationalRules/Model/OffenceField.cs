namespace TransnationalRules.Model;

/// <summary>The fields of an offence (document order is the order of the case document: each marker follows its list).</summary>
public enum OffenceField
{
    /// <summary><c>id</c>.</summary>
    Id = 0,

    /// <summary><c>kind</c>.</summary>
    Kind = 1,

    /// <summary><c>maximumPenaltyYears</c>.</summary>
    MaximumPenaltyYears = 2,

    /// <summary><c>lifeImprisonment</c>.</summary>
    LifeImprisonment = 3,

    /// <summary><c>legalBasis</c>.</summary>
    LegalBasis = 4,

    /// <summary><c>committedIn</c>.</summary>
    CommittedIn = 5,

    /// <summary><c>substantialConduct</c>.</summary>
    SubstantialConduct = 6,

    /// <summary><c>substantialEffectsIn</c>.</summary>
    SubstantialEffectsIn = 7,

    /// <summary><c>involvesGroup</c>.</summary>
    InvolvesGroup = 8,

    /// <summary><c>committedInOthers</c>, the marker of <c>committedIn</c>.</summary>
    CommittedInOthers = 9,

    /// <summary><c>substantialConductOthers</c>, the marker of <c>substantialConduct</c>.</summary>
    SubstantialConductOthers = 10,

    /// <summary><c>substantialEffectsInOthers</c>, the marker of <c>substantialEffectsIn</c>.</summary>
    SubstantialEffectsInOthers = 11,
}
