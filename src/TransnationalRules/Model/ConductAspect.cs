namespace TransnationalRules.Model;

/// <summary>The aspects of conduct named by UNTOC art. 3(2)(b).</summary>
public enum ConductAspect
{
    /// <summary>Preparation.</summary>
    Preparation = 0,

    /// <summary>Planning.</summary>
    Planning = 1,

    /// <summary>Direction.</summary>
    Direction = 2,

    /// <summary>Control.</summary>
    Control = 3,
}
