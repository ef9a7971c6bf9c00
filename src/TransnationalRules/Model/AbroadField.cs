namespace TransnationalRules.Model;

/// <summary>The fields of an <c>abroad</c> entry (<see cref="ForeignState"/>), in document order.</summary>
public enum AbroadField
{
    /// <summary><c>state</c>.</summary>
    State = 0,

    /// <summary><c>suspects</c>.</summary>
    Suspects = 1,

    /// <summary><c>victims</c>.</summary>
    Victims = 2,

    /// <summary><c>witnesses</c>.</summary>
    Witnesses = 3,

    /// <summary><c>proceeds</c>.</summary>
    Proceeds = 4,

    /// <summary><c>evidence</c>.</summary>
    Evidence = 5,

    /// <summary><c>proceedings</c>.</summary>
    Proceedings = 6,

    /// <summary><c>dualCriminality</c>.</summary>
    DualCriminality = 7,
}
