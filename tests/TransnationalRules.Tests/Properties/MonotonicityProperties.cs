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
            if (added.InvolvesGroup == true && before.Group is { ActiveIn: { } active, ActiveInOthers: null or OtherStates.None }
                && added.CommittedIn is { } committed && !committed.All(s => CaseGen.In(active, s)))
            {
                var within = committed.Where(s => CaseGen.In(active, s)).ToArray();
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

    /// <summary>
    /// DESIGN §2.1: closing one open list (completing it as its marker allows, then marking it complete) never changes a
    /// met or not met outcome, for the case or any offence.
    /// </summary>
    [ScaledProperty(1000)]
    public Property Closing_an_open_list_never_changes_a_decided_outcome() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), CaseGen.FullCase.ToArbitrary(), (pair, donor) =>
        {
            var before = pair.Partial;
            var old = OutcomeTable.Of(Evaluate.Default.Classify(before));
            foreach (var closed in Closings(before, donor).Where(c => CaseValidation.Validate(c).IsEmpty))
            {
                var now = OutcomeTable.Of(Evaluate.Default.Classify(closed));
                foreach (var (key, outcome) in old)
                {
                    if (outcome != Outcome.Unknown && now[key] != outcome)
                    {
                        return false.Label($"{key}: {outcome} with the list open, {now[key]} once it is closed");
                    }
                }
            }

            return true.Label("monotone");
        });

    /// <summary>The case with one of its open lists closed, for each open list.</summary>
    private static IEnumerable<CaseDescription> Closings(CaseDescription c, CaseDescription donor)
    {
        for (var i = 0; i < c.Offences.Count; i++)
        {
            var o = c.Offences[i];
            var d = donor.Offences[Math.Min(i, donor.Offences.Count - 1)];
            if (o.CommittedInOthers is OtherStates.Some or OtherStates.Unknown && CaseGen.Extend(o.CommittedIn, o.CommittedInOthers, d.CommittedIn!) is { } committed)
            {
                yield return Replace(c, i, o with { CommittedIn = committed, CommittedInOthers = OtherStates.None });
            }

            if (o.SubstantialEffectsInOthers is OtherStates.Some or OtherStates.Unknown && CaseGen.Extend(o.SubstantialEffectsIn, o.SubstantialEffectsInOthers, d.SubstantialEffectsIn!) is { } effects)
            {
                yield return Replace(c, i, o with { SubstantialEffectsIn = effects, SubstantialEffectsInOthers = null });
            }

            if (o.SubstantialConductOthers is OtherStates.Some or OtherStates.Unknown
                && CaseGen.Extend([.. o.SubstantialConduct!.Select(e => e.State)], o.SubstantialConductOthers, [.. d.SubstantialConduct!.Select(e => e.State)]) is { } conduct)
            {
                var entries = conduct.Skip(o.SubstantialConduct!.Count).Select(state => new SubstantialConduct { State = state, Aspect = ConductAspect.Control });
                yield return Replace(c, i, o with { SubstantialConduct = [.. o.SubstantialConduct!, .. entries], SubstantialConductOthers = OtherStates.None });
            }
        }

        if (c.Group is { ActiveInOthers: OtherStates.Some or OtherStates.Unknown } g && CaseGen.Extend(g.ActiveIn, g.ActiveInOthers, donor.Group!.ActiveIn!) is { } active)
        {
            // Closing activeIn brings the consistency rule of §4 back: hold every group offence's committing States.
            var groupStates = c.Offences.Where(o => o.InvolvesGroup == true && o.CommittedIn is not null).SelectMany(o => o.CommittedIn!);
            yield return c with { Group = g with { ActiveIn = [.. active, .. groupStates.Where(s => !CaseGen.In(active, s))], ActiveInOthers = null } };
        }
    }

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
