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

    /// <summary>
    /// Fills every unknown fact of <paramref name="partial"/> from <paramref name="donor"/>, keeping the result valid:
    /// an absent list takes the donor's; an open list (DESIGN §2.1) keeps its States and gains the donor's (for
    /// <c>unknown</c>, zero or more) plus, for <c>some</c>, a State different from every one it names; an absent member
    /// count is the donor's raised to the lower bound. Returns <see langword="null"/> when no valid completion of this kind exists.
    /// </summary>
    public static CaseDescription? Complete(CaseDescription partial, CaseDescription donor)
    {
        var p = partial.Group;
        var dg = donor.Group!;
        var activeKnown = p?.ActiveIn is not null && p.ActiveInOthers is null or OtherStates.None;
        var offences = new Offence[partial.Offences.Count];
        for (var i = 0; i < offences.Length; i++)
        {
            var o = partial.Offences[i];
            var d = donor.Offences[Math.Min(i, donor.Offences.Count - 1)];
            var committed = Extend(o.CommittedIn, o.CommittedInOthers, d.CommittedIn!);
            var involves = o.InvolvesGroup ?? d.InvolvesGroup;
            if (activeKnown && involves == true && (committed is null || !committed.All(s => In(p!.ActiveIn!, s))))
            {
                // The group's complete activeIn must hold a group offence's committing States: complete within it.
                var active = p!.ActiveIn!;
                var inside = d.CommittedIn!.Where(s => In(active, s)).ToList();
                var within = Extend(o.CommittedIn, o.CommittedInOthers, inside.Count > 0 ? inside : [active[0]], within: active);
                if (within is not null && within.All(s => In(active, s)))
                {
                    committed = within;
                }
                else if (o.InvolvesGroup is null)
                {
                    involves = false; // involvement was unknown; true would be invalid here
                }
                else
                {
                    return null;
                }
            }

            if (committed is null)
            {
                return null;
            }

            var conduct = o.SubstantialConductOthers is OtherStates.Some or OtherStates.Unknown || o.SubstantialConduct is null
                ? Extend(o.SubstantialConduct?.Select(c => c.State).ToList(), o.SubstantialConductOthers, [.. d.SubstantialConduct!.Select(c => c.State)])
                : [.. o.SubstantialConduct.Select(c => c.State)];
            offences[i] = o with
            {
                MaximumPenaltyYears = o.MaximumPenaltyYears ?? d.MaximumPenaltyYears,
                CommittedIn = committed,
                CommittedInOthers = null,
                SubstantialConduct = o.SubstantialConduct is { } known && o.SubstantialConductOthers is null or OtherStates.None
                    ? known
                    : [.. (o.SubstantialConduct ?? []), .. conduct!.Skip(o.SubstantialConduct?.Count ?? 0).Select(s => new SubstantialConduct { State = s, Aspect = ConductAspect.Planning })],
                SubstantialConductOthers = null,
                SubstantialEffectsIn = Extend(o.SubstantialEffectsIn, o.SubstantialEffectsInOthers, d.SubstantialEffectsIn!),
                SubstantialEffectsInOthers = null,
                InvolvesGroup = involves,
            };
        }

        var groupStates = offences.Where(o => o.InvolvesGroup == true).SelectMany(o => o.CommittedIn!).ToList();
        var activeIn = activeKnown
            ? p!.ActiveIn
            : Extend(p?.ActiveIn, p?.ActiveInOthers, [.. dg.ActiveIn!.Concat(groupStates)]);
        if (activeIn is null)
        {
            return null;
        }

        if (!activeKnown)
        {
            activeIn = [.. activeIn, .. groupStates.Where(s => !In(activeIn, s))];
        }

        var members = p?.Members ?? Math.Max(dg.Members!.Value, p?.MembersAtLeast ?? 1);
        var group = new CriminalGroup
        {
            Members = members,
            MembersAtLeast = p?.MembersAtLeast,
            ExistsForPeriodOfTime = p?.ExistsForPeriodOfTime ?? dg.ExistsForPeriodOfTime,
            Structured = p?.Structured ?? dg.Structured,
            ActsInConcert = p?.ActsInConcert ?? dg.ActsInConcert,
            AimsAtSeriousCrime = p?.AimsAtSeriousCrime ?? dg.AimsAtSeriousCrime,
            MaterialBenefit = p?.MaterialBenefit ?? dg.MaterialBenefit,
            ActiveIn = activeIn,
        };

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

    /// <summary>DESIGN §4's one cross-field rule: a group offence's committing States are in a complete group.activeIn (territories folded).</summary>
    public static bool IsConsistent(CaseDescription c) =>
        c.Group?.ActiveIn is not { } active
        || c.Group.ActiveInOthers is OtherStates.Some or OtherStates.Unknown
        || c.Offences.All(o => o.InvolvesGroup != true || o.CommittedIn is null || o.CommittedIn.All(s => In(active, s)));

    /// <summary>Whether the State of <paramref name="state"/> is among the States of <paramref name="states"/>.</summary>
    public static bool In(IEnumerable<string> states, string state) => states.Any(s => Territories.SameState(s, state));

    /// <summary>
    /// A list completed as its marker allows: absent → the donor's; complete → itself; <c>unknown</c> → itself and the
    /// donor's; <c>some</c> → itself, the donor's, and a State different from every one it names if the donor's add none.
    /// Only States <paramref name="within"/> a list are added when it is given; <see langword="null"/> when that cannot be.
    /// </summary>
    public static IReadOnlyList<string>? Extend(IReadOnlyList<string>? list, OtherStates? marker, IReadOnlyList<string> donor, IReadOnlyList<string>? within = null)
    {
        if (list is null)
        {
            return within is null || donor.All(s => In(within, s)) ? donor : null;
        }

        if (marker is null or OtherStates.None)
        {
            return list;
        }

        var added = donor.Where(s => within is null || In(within, s)).ToList();
        if (marker == OtherStates.Some && added.All(s => In(list, s)))
        {
            var fresh = (within ?? [.. States, "JP"]).FirstOrDefault(s => !In(list, s));
            if (fresh is null)
            {
                return null;
            }

            added.Add(fresh);
        }

        return [.. list, .. added];
    }

    private static TerritoryTable Territories => TerritoryTable.Default;
}
