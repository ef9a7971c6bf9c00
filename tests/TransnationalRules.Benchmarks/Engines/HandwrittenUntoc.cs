using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// The limit: UNTOC art. 2(a), 2(b), 3(2)(a)–(d) and 3(1) as a hand-written if/else chain over a fully known case,
/// two-valued, allocation-free. What no rule engine can beat.
/// </summary>
public sealed class HandwrittenUntoc : IUntocEngine
{
    /// <inheritdoc/>
    public string Name => "Handwritten";

    /// <inheritdoc/>
    public void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(fullyKnown);
        var group = fullyKnown.Group!;
        var organised = group.Members >= 3
            && group.ExistsForPeriodOfTime == true
            && group.Structured == true
            && group.ActsInConcert == true
            && group.AimsAtSeriousCrime == true
            && group.MaterialBenefit == true;
        var activeInMany = DistinctAtLeastTwo(group.ActiveIn!);
        var offences = fullyKnown.Offences;
        for (var i = 0; i < offences.Count; i++)
        {
            var o = offences[i];
            var committed = o.CommittedIn!;
            var findings = organised ? UntocFindings.OrganisedCriminalGroup : UntocFindings.None;
            var serious = o.LifeImprisonment || o.MaximumPenaltyYears >= 4m;
            var involves = o.InvolvesGroup == true;
            var a = DistinctAtLeastTwo(committed);
            var conduct = o.SubstantialConduct!;
            var b = false;
            for (var j = 0; j < conduct.Count && !b; j++)
            {
                b = !Contains(committed, conduct[j].State);
            }

            var c = involves && organised && activeInMany;
            var effects = o.SubstantialEffectsIn!;
            var d = false;
            for (var j = 0; j < effects.Count && !d; j++)
            {
                d = !Contains(committed, effects[j]);
            }

            var transnational = a || b || c || d;
            var conventionOffence = o.Kind is OffenceKind.ParticipationInOrganisedCriminalGroup or OffenceKind.MoneyLaundering
                or OffenceKind.Bribery or OffenceKind.ObstructionOfJustice or OffenceKind.TraffickingInPersons
                or OffenceKind.SmugglingOfMigrants or OffenceKind.FirearmsTrafficking;
            if (serious) { findings |= UntocFindings.SeriousCrime; }
            if (a) { findings |= UntocFindings.CommittedInMoreThanOneState; }
            if (b) { findings |= UntocFindings.SubstantialConductElsewhere; }
            if (c) { findings |= UntocFindings.GroupActiveInMoreThanOneState; }
            if (d) { findings |= UntocFindings.SubstantialEffectsElsewhere; }
            if (transnational) { findings |= UntocFindings.TransnationalInNature; }
            if (conventionOffence) { findings |= UntocFindings.ConventionOffence; }
            if (involves && organised) { findings |= UntocFindings.InvolvesOrganisedCriminalGroup; }
            if ((conventionOffence || serious) && transnational && involves && organised) { findings |= UntocFindings.ConventionApplies; }
            perOffence[i] = findings;
        }
    }

    private static bool DistinctAtLeastTwo(IReadOnlyList<string> states)
    {
        for (var i = 1; i < states.Count; i++)
        {
            if (states[i] != states[0])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> states, string state)
    {
        for (var i = 0; i < states.Count; i++)
        {
            if (states[i] == state)
            {
                return true;
            }
        }

        return false;
    }
}
