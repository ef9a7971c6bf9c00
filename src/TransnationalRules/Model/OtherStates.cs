namespace TransnationalRules.Model;

/// <summary>
/// Whether a list of States is complete (DESIGN §2.1): the marker beside <c>committedIn</c>, <c>substantialConduct</c>,
/// <c>substantialEffectsIn</c> and <c>group.activeIn</c> (<c>committedInOthers</c>, …). Serialised in camelCase.
/// </summary>
/// <remarks>An absent marker (<see langword="null"/>) means <see cref="None"/>: a present list is complete.</remarks>
public enum OtherStates
{
    /// <summary>The list is complete: no State beyond those named.</summary>
    None = 0,

    /// <summary>At least one more State, not named, different (after territories are folded) from every State named in the list.</summary>
    Some = 1,

    /// <summary>There may be more States, not named.</summary>
    Unknown = 2,
}
