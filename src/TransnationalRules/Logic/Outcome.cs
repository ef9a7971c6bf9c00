namespace TransnationalRules.Logic;

/// <summary>The three-valued (Kleene) outcome of a criterion: met, not met, or unknown for want of facts.</summary>
/// <remarks>
/// Police records are incomplete, so every criterion may be <see cref="Unknown"/>. An unknown outcome is never
/// reported as <see cref="NotMet"/>: a silent "not met" on missing data would bury a case.
/// Outcomes serialise as <c>met</c>, <c>notMet</c> and <c>unknown</c>; these names are a stable contract.
/// </remarks>
public enum Outcome
{
    /// <summary>The facts stated in the case neither establish nor exclude the criterion.</summary>
    Unknown = 0,

    /// <summary>The facts stated in the case establish the criterion.</summary>
    Met = 1,

    /// <summary>The facts stated in the case exclude the criterion.</summary>
    NotMet = 2,
}
