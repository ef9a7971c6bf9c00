namespace TransnationalRules.Logic;

/// <summary>What a rule needs to be evaluated: the case alone, one offence within its case, or one foreign State of its <c>abroad</c> list.</summary>
public enum RuleScope
{
    /// <summary>The rule reads case-level facts only and can be evaluated anywhere.</summary>
    Case = 0,

    /// <summary>The rule reads the facts of one offence and is evaluated once per offence.</summary>
    Offence = 1,

    /// <summary>
    /// The rule reads the facts of one <c>abroad</c> entry (a foreign State) and is evaluated once per entry: the scope of
    /// cooperation routes (DESIGN §3.1). Inside it, offence-level rules are read through <see cref="Rule.SomeOffence"/>.
    /// </summary>
    State = 2,
}
