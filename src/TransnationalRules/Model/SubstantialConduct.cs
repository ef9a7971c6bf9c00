namespace TransnationalRules.Model;

/// <summary>A substantial part of an offence's preparation, planning, direction or control, and where it took place.</summary>
public sealed record SubstantialConduct
{
    /// <summary>The state where it took place, as an ISO 3166-1 alpha-2 code.</summary>
    public required string State { get; init; }

    /// <summary>Which aspect of the offence it was.</summary>
    public required ConductAspect Aspect { get; init; }
}
