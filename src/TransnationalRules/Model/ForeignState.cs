namespace TransnationalRules.Model;

/// <summary>
/// One entry of <c>abroad</c> (DESIGN §4, §3.1): a foreign State a request could be addressed to, and what is known to
/// be there. A <see langword="null"/> fact is unknown.
/// </summary>
public sealed record ForeignState
{
    /// <summary>The State, as an ISO 3166-1 alpha-2 code; not <c>UA</c> (the applying State) and not repeated in <c>abroad</c>.</summary>
    public required string State { get; init; }

    /// <summary>Whether a suspect is located there.</summary>
    public bool? Suspects { get; init; }

    /// <summary>Whether victims are located there.</summary>
    public bool? Victims { get; init; }

    /// <summary>Whether witnesses are located there.</summary>
    public bool? Witnesses { get; init; }

    /// <summary>Whether proceeds of crime (including property, equipment and other instrumentalities) are located there.</summary>
    public bool? Proceeds { get; init; }

    /// <summary>Whether evidence is located there.</summary>
    public bool? Evidence { get; init; }

    /// <summary>Whether criminal proceedings on the matter are open there.</summary>
    public bool? Proceedings { get; init; }

    /// <summary>
    /// Whether the conduct is an offence under that State's law too: a judgement for the case as a whole, recorded
    /// <see langword="false"/> when any offence relied on is not punishable there.
    /// </summary>
    public bool? DualCriminality { get; init; }
}
