using System.Globalization;
using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Model;

namespace TransnationalRules.Tests.Support;

/// <summary>
/// Case number <c>i</c> of a fixed, endless sequence of cases, made from <c>new Random(i)</c>: the same on every run
/// and thread, so volume and concurrency tests need not keep cases in memory. About one in twenty is invalid
/// (<see cref="IsBad"/>), in one of several ways.
/// </summary>
internal static class RandomCases
{
    private static readonly string[] States = ["UA", "PL", "MD", "RO", "DE", "GB", "XK", "TR"];
    private static readonly OffenceKind[] Kinds = Enum.GetValues<OffenceKind>();
    private static readonly ConductAspect[] Aspects = Enum.GetValues<ConductAspect>();

    /// <summary>Whether case <paramref name="i"/> is invalid.</summary>
    public static bool IsBad(int i) => i % 20 == 7;

    /// <summary>Case <paramref name="i"/> as one line of UTF-8 JSON, without a line break.</summary>
    public static byte[] Json(int i)
    {
        var random = new Random(i);
        if (!IsBad(i))
        {
            return Encoding.UTF8.GetBytes(CaseJson.Write(Case(i, random)));
        }

        var good = CaseJson.Write(Case(i, random));
        var bad = ((i / 20) % 5) switch
        {
            0 => good.Replace("\"offences\":[", "\"offences\":[{\"id\":\"x\",\"kind\":\"arson\",\"committedIn\":[\"ua\"]},", StringComparison.Ordinal),
            1 => good[..(good.Length / 2)],
            2 => "not json at all",
            3 => good.Replace("\"caseId\":", "\"suspect\":\"Ivanenko\",\"caseId\":", StringComparison.Ordinal),
            _ => "{\"caseId\":\"" + i.ToString(CultureInfo.InvariantCulture) + "\",\"offences\":[]}",
        };
        return Encoding.UTF8.GetBytes(bad);
    }

    /// <summary>Valid case <paramref name="i"/> (every fourth fact or so unknown).</summary>
    public static CaseDescription Case(int i) => Case(i, new Random(i));

    private static CaseDescription Case(int i, Random random)
    {
        bool Known() => random.Next(4) != 0;
        bool? Flag() => Known() ? random.Next(2) == 0 : null;
        string[] Some(int min, int max) => [.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => States[random.Next(States.Length)])];

        var offences = Enumerable.Range(0, random.Next(1, 4)).Select(n => new Offence
        {
            Id = "o" + n.ToString(CultureInfo.InvariantCulture),
            Kind = Kinds[random.Next(Kinds.Length)],
            MaximumPenaltyYears = Known() ? random.Next(0, 41) / 4m : null,
            LifeImprisonment = random.Next(10) == 0,
            CommittedIn = Known() ? Some(1, 3) : null,
            SubstantialConduct = Known() ? [.. Some(0, 2).Select(s => new SubstantialConduct { State = s, Aspect = Aspects[random.Next(Aspects.Length)] })] : null,
            SubstantialEffectsIn = Known() ? Some(0, 2) : null,
            InvolvesGroup = Flag(),
        }).ToArray();

        CriminalGroup? group = null;
        if (Known())
        {
            var groupStates = offences.Where(o => o.InvolvesGroup == true && o.CommittedIn is not null).SelectMany(o => o.CommittedIn!);
            group = new CriminalGroup
            {
                Members = Known() ? random.Next(1, 50) : null,
                ExistsForPeriodOfTime = Flag(),
                Structured = Flag(),
                ActsInConcert = Flag(),
                AimsAtSeriousCrime = Flag(),
                MaterialBenefit = Flag(),
                ActiveIn = Known() ? [.. groupStates.Concat(Some(1, 2)).Distinct()] : null,
            };
        }

        CaseFacts? facts = null;
        if (Known())
        {
            facts = new CaseFacts
            {
                HarmThreatened = Flag(),
                Damage = Known() ? new Damage { Individuals = Flag(), LegalEntities = Flag(), State = Flag() } : null,
                PublicOfficialsInvolved = Flag(),
                CivilAssociationsOrMediaUsed = Flag(),
                BusinessEntitiesUsed = Flag(),
                ProceedsLaundered = Flag(),
                GroupBeingFormed = Flag(),
                SocialConditionsExploited = Flag(),
                InternationalCooperation = Known() ? [.. Some(0, 2).Select(s => new Cooperation { Partner = CooperationPartner.State, State = s })] : null,
            };
        }

        return new CaseDescription
        {
            CaseId = "R-" + i.ToString(CultureInfo.InvariantCulture),
            Title = random.Next(3) == 0 ? "Згенерована справа «" + i.ToString(CultureInfo.InvariantCulture) + "»" : null,
            Offences = offences,
            Group = group,
            Facts = facts,
        };
    }
}
