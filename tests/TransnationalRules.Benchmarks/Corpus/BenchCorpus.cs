using System.Globalization;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Corpus;

/// <summary>
/// One seeded corpus of valid generated cases (DESIGN §4) in two versions: <see cref="WithUnknowns"/>, where some
/// facts are absent, and <see cref="FullyKnown"/>, the same cases with every fact stated — the version two-valued
/// engines are run on.
/// </summary>
/// <remarks>
/// Each case is generated fully known first and then has facts forgotten at random, so the fully known version is a
/// deterministic valid completion of the one with unknowns. Only <see cref="System.Random"/> with a fixed seed is used:
/// the same seed gives the same corpus on every machine and run.
/// </remarks>
public sealed class BenchCorpus
{
    /// <summary>The seed of the benchmarks' corpus.</summary>
    public const int DefaultSeed = 20_001_115; // UNTOC was adopted on 15 November 2000.

    /// <summary>The number of cases in the benchmarks' corpus.</summary>
    public const int DefaultSize = 1_000;

    /// <summary>States drawn from: a small alphabet, so that committing, conduct, effects and group states collide often.</summary>
    public static readonly string[] States = ["UA", "PL", "MD", "RO", "HU", "SK", "DE", "GB", "TR", "GE", "LT", "XK"];

    // Declared before Default, which is generated from it during type initialisation.
    private static readonly decimal[] Years = [0.5m, 1m, 2m, 3m, 3.99m, 4m, 5m, 7m, 8m, 10m, 12m, 15m];

    private BenchCorpus(IReadOnlyList<CaseDescription> withUnknowns, IReadOnlyList<CaseDescription> fullyKnown)
    {
        WithUnknowns = withUnknowns;
        FullyKnown = fullyKnown;
    }

    /// <summary>The cases with some facts unknown.</summary>
    public IReadOnlyList<CaseDescription> WithUnknowns { get; }

    /// <summary>The same cases with every fact known (a valid completion of <see cref="WithUnknowns"/>).</summary>
    public IReadOnlyList<CaseDescription> FullyKnown { get; }

    /// <summary>The benchmarks' corpus: <see cref="DefaultSize"/> cases from <see cref="DefaultSeed"/>.</summary>
    public static BenchCorpus Default { get; } = Generate(DefaultSize, DefaultSeed);

    /// <summary>Generates <paramref name="count"/> cases from <paramref name="seed"/>.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The seed of <see cref="System.Random"/>.</param>
    /// <returns>The corpus.</returns>
    public static BenchCorpus Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
#pragma warning disable CA5394 // Deterministic test data, not security: a seeded System.Random is the point.
        var random = new Random(seed);
        var known = new CaseDescription[count];
        var partial = new CaseDescription[count];
        for (var i = 0; i < count; i++)
        {
            known[i] = FullCase(random, i);
            partial[i] = Forget(random, known[i]);
        }
#pragma warning restore CA5394

        return new BenchCorpus(partial, known);
    }

#pragma warning disable CA5394
    private static CaseDescription FullCase(Random r, int n)
    {
        var offenceCount = r.Next(1, 4);
        var offences = new Offence[offenceCount];
        for (var i = 0; i < offenceCount; i++)
        {
            offences[i] = FullOffence(r, i);
        }

        // DESIGN §4: every committing state of a group offence lies within group.activeIn.
        var active = offences.Where(o => o.InvolvesGroup == true).SelectMany(o => o.CommittedIn!).ToList();
        active.AddRange(StateList(r, r.Next(0, 3)));
        if (active.Count == 0)
        {
            active.Add(State(r));
        }

        var group = new CriminalGroup
        {
            Members = r.Next(10) switch { 0 => 1, 1 => 2, _ => r.Next(3, 60) },
            ExistsForPeriodOfTime = Chance(r, 0.85),
            Structured = Chance(r, 0.85),
            ActsInConcert = Chance(r, 0.9),
            AimsAtSeriousCrime = Chance(r, 0.85),
            MaterialBenefit = Chance(r, 0.9),
            ActiveIn = [.. active.Distinct(StringComparer.Ordinal)],
        };

        var facts = new CaseFacts
        {
            HarmThreatened = Chance(r, 0.5),
            Damage = new Damage { Individuals = Chance(r, 0.4), LegalEntities = Chance(r, 0.3), State = Chance(r, 0.2) },
            PublicOfficialsInvolved = Chance(r, 0.2),
            CivilAssociationsOrMediaUsed = Chance(r, 0.1),
            BusinessEntitiesUsed = Chance(r, 0.4),
            ProceedsLaundered = Chance(r, 0.3),
            GroupBeingFormed = Chance(r, 0.1),
            SocialConditionsExploited = Chance(r, 0.2),
            InternationalCooperation = [.. Enumerable.Range(0, r.Next(0, 3)).Select(_ => Cooperation(r))],
        };

        var id = n.ToString("D6", CultureInfo.InvariantCulture);
        return new CaseDescription
        {
            CaseId = "BENCH-" + id,
            Title = "Generated case " + id,
            Offences = offences,
            Group = group,
            Facts = facts,
        };
    }

    private static Offence FullOffence(Random r, int i)
    {
        var kinds = Enum.GetValues<OffenceKind>();
        var committed = StateList(r, r.Next(10) < 6 ? 1 : r.Next(2, 4)); // most offences committed in one state
        return new Offence
        {
            Id = "o" + i.ToString(CultureInfo.InvariantCulture),
            Kind = kinds[r.Next(kinds.Length)],
            MaximumPenaltyYears = Years[r.Next(Years.Length)],
            LifeImprisonment = Chance(r, 0.08),
            LegalBasis = Chance(r, 0.5) ? [new LegalBasis { Jurisdiction = "UA", Reference = "Criminal Code art. 190(4)" }] : null,
            CommittedIn = committed,
            SubstantialConduct = [.. StateList(r, r.Next(0, 3)).Select(s => new SubstantialConduct { State = s, Aspect = (ConductAspect)r.Next(4) })],
            SubstantialEffectsIn = StateList(r, r.Next(0, 3)),
            InvolvesGroup = Chance(r, 0.6),
        };
    }

    private static Cooperation Cooperation(Random r)
    {
        var partner = (CooperationPartner)r.Next(4);
        return new Cooperation { Partner = partner, State = partner == CooperationPartner.State ? State(r) : null };
    }

    /// <summary>The case with facts forgotten at random; kind and lifeImprisonment are always kept (DESIGN §2).</summary>
    private static CaseDescription Forget(Random r, CaseDescription c)
    {
        bool Drop(double p = 0.15) => r.NextDouble() < p;
        var offences = c.Offences.Select(o => o with
        {
            MaximumPenaltyYears = Drop() ? null : o.MaximumPenaltyYears,
            CommittedIn = Drop() ? null : o.CommittedIn,
            SubstantialConduct = Drop() ? null : o.SubstantialConduct,
            SubstantialEffectsIn = Drop() ? null : o.SubstantialEffectsIn,
            InvolvesGroup = Drop() ? null : o.InvolvesGroup,
        }).ToArray();
        var g = c.Group!;
        var group = Drop(0.05) ? null : g with
        {
            Members = Drop() ? null : g.Members,
            ExistsForPeriodOfTime = Drop() ? null : g.ExistsForPeriodOfTime,
            Structured = Drop() ? null : g.Structured,
            ActsInConcert = Drop() ? null : g.ActsInConcert,
            AimsAtSeriousCrime = Drop() ? null : g.AimsAtSeriousCrime,
            MaterialBenefit = Drop() ? null : g.MaterialBenefit,
            ActiveIn = Drop(0.2) ? null : g.ActiveIn,
        };
        var f = c.Facts!;
        var facts = Drop(0.05) ? null : f with
        {
            HarmThreatened = Drop() ? null : f.HarmThreatened,
            Damage = Drop() ? null : f.Damage! with
            {
                Individuals = Drop() ? null : f.Damage.Individuals,
                LegalEntities = Drop() ? null : f.Damage.LegalEntities,
                State = Drop() ? null : f.Damage.State,
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

    private static string State(Random r) => States[r.Next(States.Length)];

    /// <summary>n states; a state may repeat (duplicates count once, DESIGN §2).</summary>
    private static string[] StateList(Random r, int n)
    {
        var list = new string[n];
        for (var i = 0; i < n; i++)
        {
            list[i] = State(r);
        }

        return list;
    }

    private static bool Chance(Random r, double p) => r.NextDouble() < p;
#pragma warning restore CA5394
}
