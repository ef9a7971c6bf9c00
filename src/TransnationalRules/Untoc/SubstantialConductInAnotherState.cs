using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.2.b</c> — a substantial part of the offence's preparation, planning, direction or control takes place in another State.</summary>
/// <remarks>
/// <para>UNTOC art. 3(2): "... (b) It is committed in one State but a substantial part of its preparation, planning,
/// direction or control takes place in another State;"</para>
/// <para>Met when some <c>substantialConduct</c> entry is in a state outside <i>every</i> state of
/// <c>committedIn</c> (otherwise (b) would repeat (a)); not met when <c>substantialConduct</c> is <c>[]</c> or every
/// entry is in a committing state; unknown when <c>substantialConduct</c> or <c>committedIn</c> is absent. It does not
/// require exactly one committing state: with two, (a) is met anyway. Whether a part is "substantial" is the
/// investigator's judgement, recorded as a fact; the Convention sets no threshold.</para>
/// </remarks>
internal static class SubstantialConductInAnotherState
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.2.b";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 3(2): \"... (b) It is committed in one State but a substantial part of its preparation, planning, direction or control takes place in another State;\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(2): «… (b) його вчинено в одній державі, але істотна частина його підготовки, планування, керівництва або контролю має місце в іншій державі;»";

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Substantial preparation, planning, direction or control in another State", "Істотна частина підготовки, планування, керівництва або контролю в іншій державі"),
        "UNTOC art. 3(2)(b)",
        Leaf.SomeStateOutsideCommitting(
            OffenceField.SubstantialConduct,
            new LocalizedText("substantial conduct in a State where it was not committed", "істотна діяльність у державі, де правопорушення не вчинено")),
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
        var conduct = f.Listed;
        var committed = f.Committing;
        var outsideNamed = f.Outside;
        switch (e.Outcome)
        {
            case Outcome.Met when outsideNamed.Length > 0:
                var outside = Say.InStates(outsideNamed, t);
                var where = Say.InStates(committed!, t);
                return new(
                    $"A substantial part of its preparation, planning, direction or control took place {outside.En}, outside every State where it was committed ({where.En}).",
                    $"Істотна частина його підготовки, планування, керівництва або контролю відбувалася {outside.Uk}, за межами всіх держав, де його вчинено ({where.Uk}).");
            case Outcome.Met:
                return new(
                    $"A substantial part of its preparation, planning, direction or control took place {Say.InStates(conduct!, t).En} and in at least one other State not yet named, "
                    + $"which differs from every State where it was committed ({Say.InStates(committed!, t).En}).",
                    $"Істотна частина його підготовки, планування, керівництва або контролю відбувалася {Say.InStates(conduct!, t).Uk} та щонайменше в одній іншій, ще не названій державі, "
                    + $"яка відрізняється від кожної держави, де його вчинено ({Say.InStates(committed!, t).Uk}).");
            case Outcome.NotMet when conduct is { Count: 0 }:
                return new(
                    "The case records no substantial part of its preparation, planning, direction or control anywhere.",
                    "У справі не зафіксовано жодної істотної частини його підготовки, планування, керівництва або контролю.");
            case Outcome.NotMet:
                var inside = Say.InStates(conduct!, t);
                return new(
                    $"Its substantial preparation, planning, direction or control took place only {inside.En}, where it was also committed.",
                    $"Істотна підготовка, планування, керівництво або контроль відбувалися лише {inside.Uk}, де його і вчинено.");
            default:
                if (conduct is null)
                {
                    return new("Where a substantial part of its preparation, planning, direction or control took place is not stated.",
                               "Не зазначено, де відбувалася істотна частина його підготовки, планування, керівництва або контролю.");
                }

                if (committed is null)
                {
                    return new($"Substantial preparation, planning, direction or control took place {Say.InStates(conduct, t).En}, but where the offence was committed is not stated, so whether that is another State is open.",
                               $"Істотна підготовка, планування, керівництво або контроль відбувалися {Say.InStates(conduct, t).Uk}, але не зазначено, де вчинено правопорушення, тож чи це інша держава, не встановлено.");
                }

                if (outsideNamed.Length > 0)
                {
                    var elsewhere = Say.CommittedElsewhere(f.CommittingOthers);
                    return new(
                        $"Substantial preparation, planning, direction or control took place {Say.InStates(outsideNamed, t).En}, outside the States named where it was committed ({Say.InStates(committed, t).En}); "
                        + $"but {elsewhere.En}, so whether that is outside every State where it was committed is open.",
                        $"Істотна підготовка, планування, керівництво або контроль відбувалися {Say.InStates(outsideNamed, t).Uk}, за межами названих держав, де його вчинено ({Say.InStates(committed, t).Uk}); "
                        + $"але {elsewhere.Uk}, тож чи це за межами всіх держав, де його вчинено, не встановлено.");
                }

                var alsoOpen = Say.CommittingStatesOpen(f.CommittingOthers);
                var where2 = Say.InStates(committed, t);
                if (conduct.Count == 0)
                {
                    var unnamed = Say.NotYetNamed(f.ListedOthers);
                    return new(
                        $"A substantial part of its preparation, planning, direction or control took place {unnamed.En}; whether outside every State where it was committed ({where2.En}) is open{alsoOpen.En}.",
                        $"Істотна частина його підготовки, планування, керівництва або контролю відбувалася {unnamed.Uk}; чи за межами всіх держав, де його вчинено ({where2.Uk}), не встановлено{alsoOpen.Uk}.");
                }

                var more = Say.Others(f.ListedOthers);
                return new(
                    $"Substantial preparation, planning, direction or control took place {Say.InStates(conduct, t).En}{more.En}; every State named is one where it was committed ({where2.En}), "
                    + $"so whether any such part took place outside every State where it was committed is open{alsoOpen.En}.",
                    $"Істотна підготовка, планування, керівництво або контроль відбувалися {Say.InStates(conduct, t).Uk}{more.Uk}; кожна названа держава є державою, де його вчинено ({where2.Uk}), "
                    + $"тож чи відбувалася така частина за межами всіх держав, де його вчинено, не встановлено{alsoOpen.Uk}.");
        }
    }
}
