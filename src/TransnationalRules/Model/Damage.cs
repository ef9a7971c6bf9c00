namespace TransnationalRules.Model;

/// <summary>Whom the offences damaged; <see langword="null"/> is unknown.</summary>
public sealed record Damage
{
    /// <summary>Whether individuals were damaged.</summary>
    public bool? Individuals { get; init; }

    /// <summary>Whether legal entities were damaged.</summary>
    public bool? LegalEntities { get; init; }

    /// <summary>Whether the state was damaged.</summary>
    public bool? State { get; init; }
}
