using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Model;

namespace TransnationalRules.Tests.Support;

/// <summary>
/// FsCheck generators of valid cases over a small alphabet of states (so that states collide often), with facts
/// forgotten at random, and of valid completions of the facts a case leaves unknown (DESIGN §2).
/// </summary>
internal static class CaseGen
{
    public static readonly string[] States = ["UA", "PL", "MD", "RO"];

    private static readonly Gen<bool> Bool = Gen.Elements(true, false);
    private static readonly Gen<string> State = Gen.Elements(States);

    private static Gen<string[]> StatesList(int min, int max) =>
        from n in Gen.Choose(min, max) from list in Gen.ArrayOf(State, n) select list;

    private static readonly Gen<Offence> FullOffence =
        from kind in Gen.Elements(Enum.GetValues<OffenceKind>())
        from years in Gen.Elements(0m, 1m, 3m, 3.99m, 4m, 10m, 15m)
        from life in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from committed in StatesList(1, 3)
        from conduct in StatesList(0, 2)
        from aspect in Gen.Elements(Enum.GetValues<ConductAspect>())
        from effects in StatesList(0, 2)
        from involves in Bool
        select new Offence
        {
            Id = "o",
            Kind = kind,
            MaximumPenaltyYears = years,
            LifeImprisonment = life,
            CommittedIn = committed,
            SubstantialConduct = [.. conduct.Select(s => new SubstantialConduct { State = s, Aspect = aspect })],
            SubstantialEffectsIn = effects,
            InvolvesGroup = involves,
        };

    private static readonly Gen<CriminalGroup> FullGroup =
        from members in Gen.Choose(1, 6)
        from flags in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))), 5)
        from extra in StatesList(1, 3)
        select new CriminalGroup
        {
            Members = members,
            ExistsForPeriodOfTime = flags[0],
            Structured = flags[1],
            ActsInConcert = flags[2],
            AimsAtSeriousCrime = flags[3],
            MaterialBenefit = flags[4],
            ActiveIn = extra,
        };

    private static readonly Gen<CaseFacts> FullFacts =
        from flags in Gen.ArrayOf(Bool, 10)
        from partners in Gen.Choose(0, 2)
        select new CaseFacts
        {
            HarmThreatened = flags[0],
            Damage = new Damage { Individuals = flags[1], LegalEntities = flags[2], State = flags[3] },
            PublicOfficialsInvolved = flags[4],
            CivilAssociationsOrMediaUsed = flags[5],
            BusinessEntitiesUsed = flags[6],
            ProceedsLaundered = flags[7],
            GroupBeingFormed = flags[8],
            SocialConditionsExploited = flags[9],
            InternationalCooperation = [.. Enumerable.Repeat(new Cooperation { Partner = CooperationPartner.Europol }, partners)],
        };

    /// <summary>Every fact known, three offences (cases use a prefix of them), valid: group offences' states are in activeIn.</summary>
    public static readonly Gen<CaseDescription> FullCase =
        from offences in Gen.ArrayOf(FullOffence, 3)
        from count in Gen.Choose(1, 3)
        from g in FullGroup
        from facts in FullFacts
        let numbered = offences.Select((o, i) => o with { Id = "o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray()
        select MakeValid(new CaseDescription { CaseId = "gen", Offences = numbered.Take(count).ToArray(), Group = g, Facts = facts });

    /// <summary>A full case with a random subset of its facts forgotten (lifeImprisonment and kind always kept).</summary>
    public static readonly Gen<(CaseDescription Full, CaseDescription Partial)> PartialCase =
        from full in FullCase
        from mask in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(false)), (2, Gen.Constant(true))), 64)
        select (full, Forget(full, mask));

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
        return partial with { Offences = offences, Group = group, Facts = facts };
    }

    /// <summary>DESIGN §4's one cross-field rule: a group offence's committing states are in group.activeIn.</summary>
    public static bool IsConsistent(CaseDescription c) =>
        c.Group?.ActiveIn is not { } active
        || c.Offences.All(o => o.InvolvesGroup != true || o.CommittedIn is null || o.CommittedIn.All(active.Contains));

    private static CaseDescription MakeValid(CaseDescription c) =>
        c with { Group = c.Group! with { ActiveIn = [.. c.Offences.Where(o => o.InvolvesGroup == true).SelectMany(o => o.CommittedIn!).Concat(c.Group!.ActiveIn!).Distinct()] } };

    private static CaseDescription Forget(CaseDescription c, bool[] mask)
    {
        var k = 0;
        bool Drop() => mask[k++ % mask.Length];
        var offences = c.Offences.Select(o => o with
        {
            MaximumPenaltyYears = Drop() ? null : o.MaximumPenaltyYears,
            CommittedIn = Drop() ? null : o.CommittedIn,
            SubstantialConduct = Drop() ? null : o.SubstantialConduct,
            SubstantialEffectsIn = Drop() ? null : o.SubstantialEffectsIn,
            InvolvesGroup = Drop() ? null : o.InvolvesGroup,
        }).ToArray();
        var g = c.Group!;
        CriminalGroup? group = Drop() && Drop() ? null : new CriminalGroup
        {
            Members = Drop() ? null : g.Members,
            ExistsForPeriodOfTime = Drop() ? null : g.ExistsForPeriodOfTime,
            Structured = Drop() ? null : g.Structured,
            ActsInConcert = Drop() ? null : g.ActsInConcert,
            AimsAtSeriousCrime = Drop() ? null : g.AimsAtSeriousCrime,
            MaterialBenefit = Drop() ? null : g.MaterialBenefit,
            ActiveIn = Drop() ? null : g.ActiveIn,
        };
        var f = c.Facts!;
        CaseFacts? facts = Drop() && Drop() ? null : new CaseFacts
        {
            HarmThreatened = Drop() ? null : f.HarmThreatened,
            Damage = Drop() && Drop() ? null : new Damage
            {
                Individuals = Drop() ? null : f.Damage!.Individuals,
                LegalEntities = Drop() ? null : f.Damage!.LegalEntities,
                State = Drop() ? null : f.Damage!.State,
            },
            PublicOfficialsInvolved = Drop() ? null : f.PublicOfficialsInvolved,
            CivilAssociationsOrMediaUsed = Drop() ? null : f.CivilAssociationsOrMediaUsed,
            BusinessEntitiesUsed = Drop() ? null : f.BusinessEntitiesUsed,
            ProceedsLaundered = Drop() ? null : f.ProceedsLaundered,
            GroupBeingFormed = Drop() ? null : f.GroupBeingFormed,
            SocialConditionsExploited = Drop() ? null : f.SocialConditionsExploited,
            InternationalCooperation = Drop() ? null : f.InternationalCooperation,
        };
        return c with { Offences = offences, Group = group, Facts = facts };
    }
}
