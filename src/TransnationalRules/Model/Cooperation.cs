namespace TransnationalRules.Model;

/// <summary>One entry of international cooperation in the case.</summary>
public sealed record Cooperation
{
    /// <summary>The partner.</summary>
    public required CooperationPartner Partner { get; init; }

    /// <summary>The state, as an ISO 3166-1 alpha-2 code, when <see cref="Partner"/> is <see cref="CooperationPartner.State"/>.</summary>
    public string? State { get; init; }
}
