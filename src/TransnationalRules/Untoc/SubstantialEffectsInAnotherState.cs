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

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(2): «… або (d) його вчинено в одній державі, але його істотні наслідки мають місце в іншій державі.»";

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
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        // The leaf's finding: the lists and markers it read and the States it found outside every committing State.
        var f = e.Found<OutsideCommittingFinding>() ?? throw new ArgumentException("Not an evaluation of this criterion's leaf.", nameof(e));
        var t = c.Territories;
        var effects = f.Listed;
        var committed = f.Committing;
        var outsideNamed = f.Outside;
        switch (e.Outcome)
        {
            case Outcome.Met when outsideNamed.Length > 0:
                var outside = Say.InStates(outsideNamed, t);
                var where = Say.InStates(committed!, t);
                return new(
                    $"It had substantial effects {outside.En}, outside every State where it was committed ({where.En}).",
                    $"Воно мало істотні наслідки {outside.Uk}, за межами всіх держав, де його вчинено ({where.Uk}).");
            case Outcome.Met:
                return new(
                    $"It had substantial effects {Say.InStates(effects!, t).En} and in at least one other State not yet named, which differs from every State where it was committed ({Say.InStates(committed!, t).En}).",
                    $"Воно мало істотні наслідки {Say.InStates(effects!, t).Uk} та щонайменше в одній іншій, ще не названій державі, яка відрізняється від кожної держави, де його вчинено ({Say.InStates(committed!, t).Uk}).");
            case Outcome.NotMet when effects is { Count: 0 }:
                return new("The case records no substantial effects in any State.", "У справі не зафіксовано істотних наслідків у жодній державі.");
            case Outcome.NotMet:
                var inside = Say.InStates(effects!, t);
                return new(
                    $"Its substantial effects were only {inside.En}, where it was also committed.",
                    $"Його істотні наслідки були лише {inside.Uk}, де його і вчинено.");
            default:
                if (effects is null)
                {
                    return new("Where the offence had substantial effects is not stated.", "Не зазначено, де правопорушення мало істотні наслідки.");
                }

                if (committed is null)
                {
                    return new($"It had substantial effects {Say.InStates(effects, t).En}, but where it was committed is not stated, so whether that is another State is open.",
                               $"Воно мало істотні наслідки {Say.InStates(effects, t).Uk}, але не зазначено, де його вчинено, тож чи це інша держава, не встановлено.");
                }

                if (outsideNamed.Length > 0)
                {
                    var elsewhere = Say.CommittedElsewhere(f.CommittingOthers);
                    return new(
                        $"It had substantial effects {Say.InStates(outsideNamed, t).En}, outside the States named where it was committed ({Say.InStates(committed, t).En}); "
                        + $"but {elsewhere.En}, so whether that is outside every State where it was committed is open.",
                        $"Воно мало істотні наслідки {Say.InStates(outsideNamed, t).Uk}, за межами названих держав, де його вчинено ({Say.InStates(committed, t).Uk}); "
                        + $"але {elsewhere.Uk}, тож чи це за межами всіх держав, де його вчинено, не встановлено.");
                }

                var alsoOpen = Say.CommittingStatesOpen(f.CommittingOthers);
                var where2 = Say.InStates(committed, t);
                if (effects.Count == 0)
                {
                    var unnamed = Say.NotYetNamed(f.ListedOthers);
                    return new(
                        $"It had substantial effects {unnamed.En}; whether outside every State where it was committed ({where2.En}) is open{alsoOpen.En}.",
                        $"Воно мало істотні наслідки {unnamed.Uk}; чи за межами всіх держав, де його вчинено ({where2.Uk}), не встановлено{alsoOpen.Uk}.");
                }

                var more = Say.Others(f.ListedOthers);
                return new(
                    $"It had substantial effects {Say.InStates(effects, t).En}{more.En}; every State named is one where it was committed ({where2.En}), "
                    + $"so whether it had substantial effects outside every State where it was committed is open{alsoOpen.En}.",
                    $"Воно мало істотні наслідки {Say.InStates(effects, t).Uk}{more.Uk}; кожна названа держава є державою, де його вчинено ({where2.Uk}), "
                    + $"тож чи мало воно істотні наслідки за межами всіх держав, де його вчинено, не встановлено{alsoOpen.Uk}.");
        }
    }
}
