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
        Provision);

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var o = c.RequireOffence();
        switch (e.Outcome)
        {
            case Outcome.Met:
                var committed = o.CommittedIn!.ToHashSet(StringComparer.Ordinal);
                var outside = Say.InStates(o.SubstantialConduct!.Where(s => !committed.Contains(s.State)).Select(s => s.State));
                var where = Say.InStates(o.CommittedIn!);
                return new(
                    $"A substantial part of its preparation, planning, direction or control took place {outside.En}, outside every State where it was committed ({where.En}).",
                    $"Істотна частина його підготовки, планування, керівництва або контролю відбувалася {outside.Uk}, поза кожною державою вчинення ({where.Uk}).");
            case Outcome.NotMet when o.SubstantialConduct is { Count: 0 }:
                return new(
                    "The case records no substantial part of its preparation, planning, direction or control anywhere.",
                    "У справі не зафіксовано жодної істотної частини його підготовки, планування, керівництва або контролю.");
            case Outcome.NotMet:
                var inside = Say.InStates(o.SubstantialConduct!.Select(s => s.State));
                return new(
                    $"Its substantial preparation, planning, direction or control took place only {inside.En}, where it was also committed.",
                    $"Істотна підготовка, планування, керівництво або контроль відбувалися лише {inside.Uk}, де його і вчинено.");
            default:
                return o.SubstantialConduct is null
                    ? new("Where a substantial part of its preparation, planning, direction or control took place is not stated.",
                          "Не зазначено, де відбувалася істотна частина його підготовки, планування, керівництва або контролю.")
                    : new($"Substantial preparation, planning, direction or control took place {Say.InStates(o.SubstantialConduct.Select(s => s.State)).En}, but where the offence was committed is not stated, so whether that is another State is open.",
                          $"Істотна підготовка, планування, керівництво або контроль відбувалися {Say.InStates(o.SubstantialConduct.Select(s => s.State)).Uk}, але не зазначено, де вчинено правопорушення, тож чи це інша держава, невідомо.");
        }
    }
}
