namespace TransnationalRules.Logic;

/// <summary>The languages every title and reason is given in.</summary>
public enum Language
{
    /// <summary>English.</summary>
    En = 0,

    /// <summary>Ukrainian.</summary>
    Uk = 1,
}
