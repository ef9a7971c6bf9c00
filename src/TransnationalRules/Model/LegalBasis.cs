namespace TransnationalRules.Model;

/// <summary>A provision under which an offence is punishable.</summary>
public sealed record LegalBasis
{
    /// <summary>The jurisdiction, as an ISO 3166-1 alpha-2 code.</summary>
    public string? Jurisdiction { get; init; }

    /// <summary>The provision, e.g. <c>Criminal Code art. 190(4)</c> (at most 200 characters).</summary>
    public string? Reference { get; init; }
}
