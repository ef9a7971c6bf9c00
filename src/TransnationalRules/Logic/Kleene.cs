namespace TransnationalRules.Logic;

/// <summary>Strong Kleene connectives over <see cref="Outcome"/>.</summary>
/// <remarks>
/// AllOf is <see cref="Outcome.NotMet"/> if any operand is, else <see cref="Outcome.Unknown"/> if any is, else
/// <see cref="Outcome.Met"/>; AnyOf is the dual; Not swaps met and not met and keeps unknown; AtLeast(n) over m met
/// and u unknown operands is met when m ≥ n, not met when m + u &lt; n, and unknown otherwise.
/// </remarks>
internal static class Kleene
{
    /// <summary>The conjunction of two outcomes.</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    /// <returns>The Kleene conjunction.</returns>
    public static Outcome And(Outcome left, Outcome right) =>
        left == Outcome.NotMet || right == Outcome.NotMet ? Outcome.NotMet
        : left == Outcome.Unknown || right == Outcome.Unknown ? Outcome.Unknown
        : Outcome.Met;

    /// <summary>The disjunction of two outcomes.</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    /// <returns>The Kleene disjunction.</returns>
    public static Outcome Or(Outcome left, Outcome right) =>
        left == Outcome.Met || right == Outcome.Met ? Outcome.Met
        : left == Outcome.Unknown || right == Outcome.Unknown ? Outcome.Unknown
        : Outcome.NotMet;

    /// <summary>The negation of an outcome.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns><see cref="Outcome.Met"/> and <see cref="Outcome.NotMet"/> swapped; unknown stays unknown.</returns>
    public static Outcome Not(Outcome operand) => operand switch
    {
        Outcome.Met => Outcome.NotMet,
        Outcome.NotMet => Outcome.Met,
        _ => Outcome.Unknown,
    };

    /// <summary>The threshold connective: at least <paramref name="required"/> operands met.</summary>
    /// <param name="required">How many operands must be met; not negative.</param>
    /// <param name="met">How many operands are met.</param>
    /// <param name="unknown">How many operands are unknown.</param>
    /// <returns>Met when <c>met ≥ required</c>; not met when <c>met + unknown &lt; required</c>; else unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Outcome AtLeast(int required, int met, int unknown)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(required);
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        ArgumentOutOfRangeException.ThrowIfNegative(unknown);
        return met >= required ? Outcome.Met
            : met + unknown < required ? Outcome.NotMet
            : Outcome.Unknown;
    }
}
