namespace TransnationalRules.Model;

/// <summary>What is known of the group that took part in the case. A <see langword="null"/> fact is unknown.</summary>
public sealed record CriminalGroup
{
    /// <summary>The number of members.</summary>
    public int? Members { get; init; }

    /// <summary>A lower bound on the number of members ("at least five identified"), at least 1; not above <see cref="Members"/>.</summary>
    public int? MembersAtLeast { get; init; }

    /// <summary>Whether the group has existed for a period of time.</summary>
    public bool? ExistsForPeriodOfTime { get; init; }

    /// <summary>Whether the group is structured: not randomly formed for the immediate commission of an offence (UNTOC art. 2(c)).</summary>
    public bool? Structured { get; init; }

    /// <summary>Whether its members act in concert.</summary>
    public bool? ActsInConcert { get; init; }

    /// <summary>Whether it aims at committing serious crimes or offences established by the Convention or its Protocols.</summary>
    public bool? AimsAtSeriousCrime { get; init; }

    /// <summary>Whether it acts to obtain, directly or indirectly, a financial or other material benefit.</summary>
    public bool? MaterialBenefit { get; init; }

    /// <summary>The states where the group engages in criminal activities; <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<string>? ActiveIn { get; init => field = value is null ? null : [.. value]; }

    /// <summary>Whether <see cref="ActiveIn"/> is complete (DESIGN §2.1); <see langword="null"/> means it is.</summary>
    public OtherStates? ActiveInOthers { get; init; }
}
