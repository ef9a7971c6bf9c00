namespace TransnationalRules.Model;

/// <summary>Case-level facts read by the Ukrainian areas of counteraction. A <see langword="null"/> fact is unknown.</summary>
public sealed record CaseFacts
{
    /// <summary>Whether harm to individuals, society or the state is threatened.</summary>
    public bool? HarmThreatened { get; init; }

    /// <summary>Whom the offences damaged.</summary>
    public Damage? Damage { get; init; }

    /// <summary>Whether public servants or officials are involved.</summary>
    public bool? PublicOfficialsInvolved { get; init; }

    /// <summary>Whether civil associations or media were used by the group.</summary>
    public bool? CivilAssociationsOrMediaUsed { get; init; }

    /// <summary>Whether business entities were used for criminal intentions.</summary>
    public bool? BusinessEntitiesUsed { get; init; }

    /// <summary>Whether proceeds of crime were laundered.</summary>
    public bool? ProceedsLaundered { get; init; }

    /// <summary>Whether an organised criminal group is being formed.</summary>
    public bool? GroupBeingFormed { get; init; }

    /// <summary>Whether negative social conditions that give rise to organised crime were exploited.</summary>
    public bool? SocialConditionsExploited { get; init; }

    /// <summary>The international cooperation in the case; <see langword="null"/> when unknown, empty when none.</summary>
    public IReadOnlyList<Cooperation>? InternationalCooperation { get; init => field = value is null ? null : [.. value]; }
}
