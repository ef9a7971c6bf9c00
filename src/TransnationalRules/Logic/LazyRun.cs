using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// The evaluations of one classification (a <see cref="PlanRun"/>), made when something first reads evidence, missing
/// facts, a reason or an evaluation tree: a caller that reads outcomes alone (the <c>summary</c> level) never pays for
/// them. Thread-safe: every reader gets the same run.
/// </summary>
internal sealed class LazyRun(Plan plan, CaseDescription @case)
{
    private PlanRun? run;

    public Plan Plan => plan;

    public CaseDescription Case => @case;

    /// <summary>Whether the run has been made.</summary>
    public bool IsMade => Volatile.Read(ref run) is not null;

    /// <summary>The run, made on first use.</summary>
    public PlanRun Value => Volatile.Read(ref run) ?? Make();

    private PlanRun Make()
    {
        var made = new PlanRun(plan, @case);
        return Interlocked.CompareExchange(ref run, made, null) ?? made;
    }
}
