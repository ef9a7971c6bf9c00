using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.2.d</c> — the offence has substantial effects in another State.</summary>
/// <remarks>
/// <para>UNTOC art. 3(2): "... (d) It is committed in one State but has substantial effects in another State."</para>
/// <para>Met when some state of <c>substantialEffectsIn</c> is outside <i>every</i> state of <c>committedIn</c>
/// (otherwise (d) would repeat (a)); not met when <c>substantialEffectsIn</c> is <c>[]</c> or lies within the
/// committing states; unknown when <c>substantialEffectsIn</c> or <c>committedIn</c> is absent. It does not require
/// exactly one committing state. "Substantial" is the investigator's judgement, recorded as a fact.</para>
/// </remarks>
internal static class SubstantialEffectsInAnotherState
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.2.d";

    /// <summary>The quoted provision.</summary>
    public const string Provision = "Art. 3(2): \"... or (d) It is committed in one State but has substantial effects in another State.\"";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Substantial effects in another State", "Істотні наслідки в іншій державі"),
        "UNTOC art. 3(2)(d)",
        Leaf.SomeStateOutsideCommitting(
            OffenceField.SubstantialEffectsIn,
            new LocalizedText("substantial effects in a State where it was not committed", "істотні наслідки в державі, де правопорушення не вчинено")),
        Reason,
        Provision);

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var o = c.RequireOffence();
        switch (e.Outcome)
        {
            case Outcome.Met:
                var committed = o.CommittedIn!.ToHashSet(StringComparer.Ordinal);
                var outside = Say.InStates(o.SubstantialEffectsIn!.Where(s => !committed.Contains(s)));
                var where = Say.InStates(o.CommittedIn!);
                return new(
                    $"It had substantial effects {outside.En}, outside every State where it was committed ({where.En}).",
                    $"Воно мало істотні наслідки {outside.Uk}, поза кожною державою вчинення ({where.Uk}).");
            case Outcome.NotMet when o.SubstantialEffectsIn is { Count: 0 }:
                return new("The case records no substantial effects in any State.", "У справі не зафіксовано істотних наслідків у жодній державі.");
            case Outcome.NotMet:
                var inside = Say.InStates(o.SubstantialEffectsIn!);
                return new(
                    $"Its substantial effects were only {inside.En}, where it was also committed.",
                    $"Його істотні наслідки були лише {inside.Uk}, де його і вчинено.");
            default:
                return o.SubstantialEffectsIn is null
                    ? new("Where the offence had substantial effects is not stated.", "Не зазначено, де правопорушення мало істотні наслідки.")
                    : new($"It had substantial effects {Say.InStates(o.SubstantialEffectsIn).En}, but where it was committed is not stated, so whether that is another State is open.",
                          $"Воно мало істотні наслідки {Say.InStates(o.SubstantialEffectsIn).Uk}, але не зазначено, де його вчинено, тож чи це інша держава, невідомо.");
        }
    }
}
