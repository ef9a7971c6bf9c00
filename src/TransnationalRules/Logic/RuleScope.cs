namespace TransnationalRules.Logic;

/// <summary>What a rule needs to be evaluated: the case alone, or one offence within its case.</summary>
public enum RuleScope
{
    /// <summary>The rule reads case-level facts only and can be evaluated anywhere.</summary>
    Case = 0,

    /// <summary>The rule reads the facts of one offence and is evaluated once per offence.</summary>
    Offence = 1,
}
