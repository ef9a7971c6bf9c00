namespace TransnationalRules.Model;

/// <summary>A partner of international cooperation.</summary>
public enum CooperationPartner
{
    /// <summary>Interpol.</summary>
    Interpol = 0,

    /// <summary>Europol.</summary>
    Europol = 1,

    /// <summary>Eurojust.</summary>
    Eurojust = 2,

    /// <summary>A foreign state, named by <see cref="Cooperation.State"/>.</summary>
    State = 3,
}
