using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using TransnationalRules.Untoc;
using TransnationalRules.Validation;
using Outcome = TransnationalRules.Logic.Outcome;

namespace TransnationalRules.Tests.Properties;

/// <summary>
/// Monotonicity where the law implies it: more of a fact that can only make a criterion hold never makes a met
/// criterion stop being met. Cases are generated with unknowns (<see cref="CaseGen.PartialCase"/>), then grown by one
/// entry; the grown case must still be valid.
/// </summary>
/// <remarks>
/// Not claimed, because it is false: adding a committing state can turn art. 3(2)(b) or (d) from met to not met (the
/// conduct or effects state becomes a committing state). art. 3(2) as a whole still holds then, since (a) becomes met
/// with a second committing state, and that is claimed.
/// </remarks>
public sealed class MonotonicityProperties
{
    // The generator's states and one it never uses, so that an added state is sometimes new and sometimes a repeat.
    private static readonly string[] States = [.. CaseGen.States, "DE"];

    private static readonly Gen<(CaseDescription Case, int Offence, string State)> Growth =
        from pair in CaseGen.PartialCase
        from offence in Gen.Choose(0, 2)
        from state in Gen.Elements(States)
        select (pair.Partial, offence % pair.Partial.Offences.Count, state);

    [ScaledProperty(1000)]
    public Property Adding_a_committing_state_never_unmeets_art_3_2_a_nor_transnationality() =>
        Prop.ForAll(Growth.ToArbitrary(), g =>
        {
            var offence = g.Case.Offences[g.Offence];
            var grown = Replace(g.Case, g.Offence, offence with { CommittedIn = [.. offence.CommittedIn ?? [], g.State] });
            if (offence.InvolvesGroup == true && grown.Group?.ActiveIn is { } active && !active.Contains(g.State))
            {
                // A group offence's committing states must lie in activeIn; a larger activeIn only helps (c).
                grown = grown with { Group = grown.Group with { ActiveIn = [.. active, g.State] } };
            }

            return StaysMet(g.Case, grown, g.Offence, CommittedInMoreThanOneState.Id, TransnationalInNature.Id, ConventionApplies.Id);
        });

    [ScaledProperty(1000)]
    public Property Adding_substantial_conduct_never_unmeets_art_3_2_b() =>
        Prop.ForAll(Growth.ToArbitrary(), Gen.Elements(Enum.GetValues<ConductAspect>()).ToArbitrary(), (g, aspect) =>
        {
            var offence = g.Case.Offences[g.Offence];
            var grown = Replace(g.Case, g.Offence, offence with
            {
                SubstantialConduct = [.. offence.SubstantialConduct ?? [], new SubstantialConduct { State = g.State, Aspect = aspect }],
            });
            return StaysMet(g.Case, grown, g.Offence, SubstantialConductInAnotherState.Id, TransnationalInNature.Id, ConventionApplies.Id);
        });

    [ScaledProperty(1000)]
    public Property Adding_a_substantial_effects_state_never_unmeets_art_3_2_d() =>
        Prop.ForAll(Growth.ToArbitrary(), g =>
        {
            var offence = g.Case.Offences[g.Offence];
            var grown = Replace(g.Case, g.Offence, offence with { SubstantialEffectsIn = [.. offence.SubstantialEffectsIn ?? [], g.State] });
            return StaysMet(g.Case, grown, g.Offence, SubstantialEffectsInAnotherState.Id, TransnationalInNature.Id, ConventionApplies.Id);
        });

    [ScaledProperty(1000)]
    public Property Adding_an_offence_never_unmeets_a_case_level_criterion_and_leaves_the_others_alone() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), CaseGen.PartialCase.ToArbitrary(), (a, b) =>
        {
            var before = a.Partial;
            var added = b.Partial.Offences[0] with { Id = "added" };
            if (added.InvolvesGroup == true && before.Group?.ActiveIn is { } active && added.CommittedIn is { } committed && !committed.All(active.Contains))
            {
                var within = committed.Where(active.Contains).ToArray();
                added = added with { CommittedIn = within.Length > 0 ? within : [active[0]] };
            }

            var after = before with { Offences = [.. before.Offences, added] };
            if (!CaseValidation.Validate(after).IsEmpty)
            {
                return false.Label("the grown case is invalid: " + string.Join(" | ", CaseValidation.Validate(after)));
            }

            var old = OutcomeTable.Of(Evaluate.Default.Classify(before));
            var now = OutcomeTable.Of(Evaluate.Default.Classify(after));
            foreach (var (key, outcome) in old)
            {
                var perOffence = key.StartsWith("offences[", StringComparison.Ordinal);
                if (perOffence ? now[key] != outcome : outcome == Outcome.Met && now[key] != Outcome.Met)
                {
                    return false.Label($"{key}: {outcome} before, {now[key]} with another offence");
                }
            }

            return true.Label("monotone");
        });

    private static CaseDescription Replace(CaseDescription c, int index, Offence offence) =>
        c with { Offences = [.. c.Offences.Select((o, i) => i == index ? offence : o)] };

    /// <summary>Each criterion met before, for the grown offence or for the case, is met after.</summary>
    private static Property StaysMet(CaseDescription before, CaseDescription after, int offence, params string[] ids)
    {
        var errors = CaseValidation.Validate(after);
        if (!errors.IsEmpty)
        {
            return false.Label("the grown case is invalid: " + string.Join(" | ", errors));
        }

        var old = OutcomeTable.Of(Evaluate.Default.Classify(before));
        var now = OutcomeTable.Of(Evaluate.Default.Classify(after));
        foreach (var key in ids.Concat(ids.Select(id => OutcomeTable.Key(offence, id))))
        {
            if (old[key] == Outcome.Met && now[key] != Outcome.Met)
            {
                return false.Label($"{key}: met before, {now[key]} after growing the case");
            }
        }

        return true.Label("monotone");
    }
}
