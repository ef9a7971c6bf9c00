using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Model;
using TransnationalRules.TestData;

namespace TransnationalRules.Tests.Support;

/// <summary>
/// FsCheck generators of valid cases, with facts forgotten at random, and of valid completions of the facts a case
/// leaves unknown (DESIGN §2). FsCheck draws a seed; the cases themselves come from the generator shared with the
/// volume tests and the benchmarks (<see cref="ValidCases"/>, <see cref="CaseProfile.Properties"/>: a small alphabet
/// of states, so that states collide often).
/// </summary>
internal static class CaseGen
{
    public static readonly string[] States = CaseProfile.Properties.States;

    private static readonly Gen<int> Seed = Gen.Choose(0, int.MaxValue - 1);

    /// <summary>Every fact known, one to three offences, valid: group offences' states are in activeIn.</summary>
    public static readonly Gen<CaseDescription> FullCase =
        Seed.Select(seed => ValidCases.Full(new Random(seed), CaseProfile.Properties, "gen"));

    /// <summary>A full case and the same case with a random subset of its facts forgotten (lifeImprisonment and kind always kept).</summary>
    public static readonly Gen<(CaseDescription Full, CaseDescription Partial)> PartialCase =
        Seed.Select(seed => ValidCases.Generate(new Random(seed), CaseProfile.Properties, "gen"));

    /// <summary>Fills every unknown fact of <paramref name="partial"/> from <paramref name="donor"/>, keeping the result valid.</summary>
    public static CaseDescription Complete(CaseDescription partial, CaseDescription donor)
    {
        var offences = partial.Offences.Select((o, i) =>
        {
            var d = donor.Offences[Math.Min(i, donor.Offences.Count - 1)];
            return o with
            {
                MaximumPenaltyYears = o.MaximumPenaltyYears ?? d.MaximumPenaltyYears,
                CommittedIn = o.CommittedIn ?? d.CommittedIn,
                SubstantialConduct = o.SubstantialConduct ?? d.SubstantialConduct,
                SubstantialEffectsIn = o.SubstantialEffectsIn ?? d.SubstantialEffectsIn,
                InvolvesGroup = o.InvolvesGroup ?? d.InvolvesGroup,
            };
        }).ToArray();
        var p = partial.Group;
        var dg = donor.Group!;
        var group = new CriminalGroup
        {
            Members = p?.Members ?? dg.Members,
            ExistsForPeriodOfTime = p?.ExistsForPeriodOfTime ?? dg.ExistsForPeriodOfTime,
            Structured = p?.Structured ?? dg.Structured,
            ActsInConcert = p?.ActsInConcert ?? dg.ActsInConcert,
            AimsAtSeriousCrime = p?.AimsAtSeriousCrime ?? dg.AimsAtSeriousCrime,
            MaterialBenefit = p?.MaterialBenefit ?? dg.MaterialBenefit,
            ActiveIn = p?.ActiveIn,
        };

        if (group.ActiveIn is { } active)
        {
            // activeIn is known: a group offence's committing states must lie within it.
            offences = [.. offences.Select((o, i) =>
            {
                if (o.InvolvesGroup != true || o.CommittedIn!.All(active.Contains))
                {
                    return o;
                }

                if (partial.Offences[i].CommittedIn is null)
                {
                    var within = o.CommittedIn!.Where(active.Contains).ToArray();
                    return o with { CommittedIn = within.Length > 0 ? within : [active[0]] };
                }

                return o with { InvolvesGroup = false }; // involvement was unknown; true would be invalid here
            })];
        }
        else
        {
            group = group with { ActiveIn = [.. offences.Where(o => o.InvolvesGroup == true).SelectMany(o => o.CommittedIn!).Concat(dg.ActiveIn!).Distinct()] };
        }

        var f = partial.Facts;
        var df = donor.Facts!;
        var facts = new CaseFacts
        {
            HarmThreatened = f?.HarmThreatened ?? df.HarmThreatened,
            Damage = new Damage
            {
                Individuals = f?.Damage?.Individuals ?? df.Damage!.Individuals,
                LegalEntities = f?.Damage?.LegalEntities ?? df.Damage!.LegalEntities,
                State = f?.Damage?.State ?? df.Damage!.State,
            },
            PublicOfficialsInvolved = f?.PublicOfficialsInvolved ?? df.PublicOfficialsInvolved,
            CivilAssociationsOrMediaUsed = f?.CivilAssociationsOrMediaUsed ?? df.CivilAssociationsOrMediaUsed,
            BusinessEntitiesUsed = f?.BusinessEntitiesUsed ?? df.BusinessEntitiesUsed,
            ProceedsLaundered = f?.ProceedsLaundered ?? df.ProceedsLaundered,
            GroupBeingFormed = f?.GroupBeingFormed ?? df.GroupBeingFormed,
            SocialConditionsExploited = f?.SocialConditionsExploited ?? df.SocialConditionsExploited,
            InternationalCooperation = f?.InternationalCooperation ?? df.InternationalCooperation,
        };
        // abroad: the entries stay (a State is never unknown); each unknown fact of an entry is filled from the donor's
        // entry at the same place, or, when the donor has none there, from the donor's first, or a fixed value.
        var abroad = partial.Abroad?.Select((a, i) =>
        {
            var d = donor.Abroad is { Count: > 0 } da ? da[i % da.Count] : null;
            var fallback = i % 2 == 0;
            return a with
            {
                Suspects = a.Suspects ?? d?.Suspects ?? fallback,
                Victims = a.Victims ?? d?.Victims ?? !fallback,
                Witnesses = a.Witnesses ?? d?.Witnesses ?? fallback,
                Proceeds = a.Proceeds ?? d?.Proceeds ?? !fallback,
                Evidence = a.Evidence ?? d?.Evidence ?? fallback,
                Proceedings = a.Proceedings ?? d?.Proceedings ?? !fallback,
                DualCriminality = a.DualCriminality ?? d?.DualCriminality ?? fallback,
            };
        }).ToArray();
        return partial with { Offences = offences, Group = group, Facts = facts, Stage = partial.Stage ?? donor.Stage ?? CaseStage.Trial, Abroad = abroad };
    }

    /// <summary>DESIGN §4's one cross-field rule: a group offence's committing states are in group.activeIn.</summary>
    public static bool IsConsistent(CaseDescription c) =>
        c.Group?.ActiveIn is not { } active
        || c.Offences.All(o => o.InvolvesGroup != true || o.CommittedIn is null || o.CommittedIn.All(active.Contains));
}
