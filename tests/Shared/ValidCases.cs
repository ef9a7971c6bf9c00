using System.Globalization;
using TransnationalRules.Model;

namespace TransnationalRules.TestData;

/// <summary>
/// What generated cases draw their states from and how much of them is forgotten: the one knob each user of
/// <see cref="ValidCases"/> turns (a small alphabet makes committing, conduct, effects and group states collide often).
/// </summary>
/// <param name="States">The states drawn from.</param>
/// <param name="Forget">The chance that a fact is forgotten (absent) in the partial version of a case.</param>
/// <param name="Open">
/// The chance that a list of States present in the partial version is known only in part (DESIGN §2.1: some entries
/// kept, with a <c>some</c> or <c>unknown</c> marker), and that the member count is known as a lower bound; 0 draws
/// nothing for them.
/// </param>
/// <param name="Abroad">
/// The chance that a case has <c>abroad</c> entries (one to three foreign States of <paramref name="States"/> but UA, with
/// Hong Kong and China, both of which <c>abroad</c> may name) and a <c>stage</c>; 0 draws nothing for them.
/// </param>
internal sealed record CaseProfile(string[] States, double Forget, double Open = 0, double Abroad = 0)
{
    /// <summary>
    /// The property tests: five codes, one a territory of another (HK of CN, DESIGN §2.2), so that lists collide and
    /// repeat; many facts forgotten; most cases with abroad entries.
    /// </summary>
    public static readonly CaseProfile Properties = new(["UA", "PL", "MD", "CN", "HK"], 0.4, Open: 0.3, Abroad: 0.8);

    /// <summary>Volume and concurrency tests: eight states (Kosovo's XK included); about one fact in four forgotten.</summary>
    public static readonly CaseProfile Volume = new(["UA", "PL", "MD", "RO", "DE", "GB", "XK", "TR"], 0.25, Open: 0.2, Abroad: 0.5);

    /// <summary>
    /// The benchmarks' corpus: twelve states; few facts forgotten, as in a well-kept record; no list known in part and no
    /// abroad entries, so the
    /// corpus stays the one the recorded benchmark figures were measured on.
    /// </summary>
    public static readonly CaseProfile Benchmarks = new(["UA", "PL", "MD", "RO", "HU", "SK", "DE", "GB", "TR", "GE", "LT", "XK"], 0.15);
}

/// <summary>
/// The one generator of valid cases (DESIGN §4) shared by the property tests (through FsCheck, which draws the seed),
/// the volume and concurrency tests and the benchmarks' corpus. A case is generated with every fact known first, then
/// has facts forgotten at random, so the full version is a valid completion of the partial one (DESIGN §2).
/// </summary>
/// <remarks>
/// Only the given <see cref="Random"/> is drawn from, in a fixed order: the same seed gives the same cases on every
/// machine and run. Covered: one to three offences; every kind; penalties on both sides of art. 2(b)'s four years
/// (3.99 and 4 often); lifeImprisonment true and false; state lists with repeats (duplicates count once) and
/// <c>[]</c> ("known: none"); a group of one to many members (three, the boundary of art. 2(a), often); every
/// cooperation partner; titles in English and Ukrainian or none; <c>abroad</c> entries with every fact true or false and
/// a <c>stage</c> (where the profile asks for them); and, in the partial version, every fact absent
/// (<c>null</c>) at times, the group, the facts and the damage as whole objects too. Kind and lifeImprisonment are
/// never forgotten: kind is required and an absent lifeImprisonment means false.
/// </remarks>
internal static class ValidCases
{
    // Penalties around art. 2(b)'s boundary, drawn a third of the time, and a spread of others.
    private static readonly decimal[] Boundary = [3.99m, 4m];
    private static readonly decimal[] Years = [0m, 0.5m, 1m, 2m, 3m, 3.75m, 4.5m, 5m, 7m, 8m, 10m, 12m, 15m, 25m];
    private static readonly OffenceKind[] Kinds = Enum.GetValues<OffenceKind>();
    private static readonly ConductAspect[] Aspects = Enum.GetValues<ConductAspect>();
    private static readonly CooperationPartner[] Partners = Enum.GetValues<CooperationPartner>();

#pragma warning disable CA5394 // Deterministic test data, not security: a seeded System.Random is the point.

    /// <summary>A case with every fact known and its version with facts forgotten, both valid.</summary>
    public static (CaseDescription Full, CaseDescription Partial) Generate(Random random, CaseProfile profile, string caseId)
    {
        var full = Full(random, profile, caseId);
        return (full, Forget(random, full, profile.Forget, profile.Open));
    }

    /// <summary>A valid case with every fact known; every group offence's committing states lie in group.activeIn.</summary>
    public static CaseDescription Full(Random random, CaseProfile profile, string caseId)
    {
        var offences = new Offence[random.Next(1, 4)];
        for (var i = 0; i < offences.Length; i++)
        {
            offences[i] = FullOffence(random, profile, i);
        }

        // DESIGN §4: every committing state of a group offence lies within group.activeIn (never empty).
        var active = offences.Where(o => o.InvolvesGroup == true).SelectMany(o => o.CommittedIn!).ToList();
        active.AddRange(States(random, profile, random.Next(active.Count == 0 ? 1 : 0, 3)));
        var group = new CriminalGroup
        {
            Members = random.Next(10) switch { 0 => 1, 1 => 2, 2 => 3, _ => random.Next(3, 60) },
            ExistsForPeriodOfTime = Chance(random, 0.85),
            Structured = Chance(random, 0.85),
            ActsInConcert = Chance(random, 0.9),
            AimsAtSeriousCrime = Chance(random, 0.85),
            MaterialBenefit = Chance(random, 0.9),
            ActiveIn = [.. active.Distinct(StringComparer.Ordinal)],
        };

        var facts = new CaseFacts
        {
            HarmThreatened = Chance(random, 0.5),
            Damage = new Damage { Individuals = Chance(random, 0.4), LegalEntities = Chance(random, 0.3), State = Chance(random, 0.25) },
            PublicOfficialsInvolved = Chance(random, 0.3),
            CivilAssociationsOrMediaUsed = Chance(random, 0.2),
            BusinessEntitiesUsed = Chance(random, 0.4),
            ProceedsLaundered = Chance(random, 0.3),
            GroupBeingFormed = Chance(random, 0.2),
            SocialConditionsExploited = Chance(random, 0.3),
            InternationalCooperation = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Cooperation(random, profile))],
        };

        var @case = new CaseDescription
        {
            CaseId = caseId,
            Title = random.Next(3) switch { 0 => null, 1 => "Generated case " + caseId, _ => "Згенерована справа «" + caseId + "»" },
            Offences = offences,
            Group = group,
            Facts = facts,
        };

        // Drawn last and only when the profile asks, so that the cases of a profile without them stay as they were.
        if (profile.Abroad > 0 && Chance(random, profile.Abroad))
        {
            string[] candidates = [.. profile.States.Where(s => s != "UA").Concat(["HK", "CN"]).Distinct(StringComparer.Ordinal)];
            var states = candidates.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray();
            @case = @case with
            {
                Stage = random.Next(2) == 0 ? CaseStage.Pretrial : CaseStage.Trial,
                Abroad = [.. states.Select(state => new ForeignState
                {
                    State = state,
                    Suspects = Chance(random, 0.5),
                    Victims = Chance(random, 0.4),
                    Witnesses = Chance(random, 0.4),
                    Proceeds = Chance(random, 0.5),
                    Evidence = Chance(random, 0.5),
                    Proceedings = Chance(random, 0.5),
                    DualCriminality = Chance(random, 0.7),
                })],
            };

            // abroad holds States (issue 19): HK after CN (or CN after HK) is a duplicate, so the later one goes. The
            // entries are drawn first, so the random draws, and every other case, stay as they were.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            @case = @case with { Abroad = [.. @case.Abroad!.Where(a => seen.Add(a.State == "HK" ? "CN" : a.State))] };
        }

        return @case;
    }

    /// <summary>
    /// <paramref name="full"/> with each fact forgotten (absent) with chance <paramref name="chance"/>, and the group,
    /// the facts and the damage as whole objects with half that chance; a list of States may instead be known in part
    /// (DESIGN §2.1: some entries kept, marked <c>some</c> when a State not kept differs from every one kept, else
    /// <c>unknown</c>), and the member count known as a lower bound. Still valid, and the full case is a valid
    /// completion of it: forgetting only removes what validation checks against.
    /// </summary>
    public static CaseDescription Forget(Random random, CaseDescription full, double chance, double open = 0)
    {
        bool Drop() => random.NextDouble() < chance;
        bool DropWhole() => random.NextDouble() < chance / 2;

        // Drawn in the order of the fields; with open = 0 nothing more is drawn than before lists could be open.
        var offences = full.Offences.Select(o =>
        {
            var years = Drop() ? null : o.MaximumPenaltyYears;
            var (committed, committedOthers) = Drop() ? (null, null) : Open(random, o.CommittedIn!, s => s, open, keepOne: true);
            var (conduct, conductOthers) = Drop() ? (null, null) : Open(random, o.SubstantialConduct!, c => c.State, open, keepOne: false);
            var (effects, effectsOthers) = Drop() ? (null, null) : Open(random, o.SubstantialEffectsIn!, s => s, open, keepOne: false);
            return o with
            {
                MaximumPenaltyYears = years,
                CommittedIn = committed,
                CommittedInOthers = committedOthers,
                SubstantialConduct = conduct,
                SubstantialConductOthers = conductOthers,
                SubstantialEffectsIn = effects,
                SubstantialEffectsInOthers = effectsOthers,
                InvolvesGroup = Drop() ? null : o.InvolvesGroup,
            };
        }).ToArray();
        var g = full.Group!;
        CriminalGroup? group = null;
        if (!DropWhole())
        {
            var members = Drop() ? null : g.Members;
            var bound = open > 0 && random.NextDouble() < open ? (int?)random.Next(1, g.Members!.Value + 1) : null;
            var exists = Drop() ? null : g.ExistsForPeriodOfTime;
            var structured = Drop() ? null : g.Structured;
            var concert = Drop() ? null : g.ActsInConcert;
            var aims = Drop() ? null : g.AimsAtSeriousCrime;
            var benefit = Drop() ? null : g.MaterialBenefit;
            var (active, activeOthers) = Drop() ? (null, null) : Open(random, g.ActiveIn!, s => s, open, keepOne: false);
            group = g with
            {
                Members = members,
                MembersAtLeast = bound,
                ExistsForPeriodOfTime = exists,
                Structured = structured,
                ActsInConcert = concert,
                AimsAtSeriousCrime = aims,
                MaterialBenefit = benefit,
                ActiveIn = active,
                ActiveInOthers = activeOthers,
            };
        }

        var f = full.Facts!;
        var facts = DropWhole() ? null : f with
        {
            HarmThreatened = Drop() ? null : f.HarmThreatened,
            Damage = DropWhole() ? null : f.Damage! with
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
        // A case without abroad entries or stage draws nothing more, so its partial version stays as it was.
        var stage = full.Stage is not null && Drop() ? null : full.Stage;
        var abroad = full.Abroad?.Select(a => a with
        {
            Suspects = Drop() ? null : a.Suspects,
            Victims = Drop() ? null : a.Victims,
            Witnesses = Drop() ? null : a.Witnesses,
            Proceeds = Drop() ? null : a.Proceeds,
            Evidence = Drop() ? null : a.Evidence,
            Proceedings = Drop() ? null : a.Proceedings,
            DualCriminality = Drop() ? null : a.DualCriminality,
        }).ToArray();
        return full with { Offences = offences, Group = group, Facts = facts, Stage = stage, Abroad = abroad };
    }

    /// <summary>
    /// A complete list, or, with chance <paramref name="open"/>, part of it with a marker: <c>some</c> when a State not
    /// kept differs (territories folded) from every State kept and a coin says so, else <c>unknown</c>; now and then an
    /// explicit <c>none</c> on the whole list. Draws nothing when <paramref name="open"/> is 0.
    /// </summary>
    private static (IReadOnlyList<T>? List, OtherStates? Others) Open<T>(Random random, IReadOnlyList<T> full, Func<T, string> state, double open, bool keepOne)
    {
        if (open <= 0)
        {
            return (full, null);
        }

        if (random.NextDouble() >= open)
        {
            return (full, random.Next(10) == 0 ? OtherStates.None : null);
        }

        var kept = full.Where(_ => random.Next(2) == 0).ToList();
        if (keepOne && kept.Count == 0)
        {
            kept.Add(full[0]);
        }

        // The default territory table, through the public map (territory -> State).
        var territories = Classification.RuleSet.Default.Territories;
        string StateOf(string code) => territories.TryGetValue(code, out var sovereign) ? sovereign : code;
        var named = kept.Select(e => StateOf(state(e))).ToHashSet(StringComparer.Ordinal);
        var anotherState = full.Any(e => !named.Contains(StateOf(state(e))));
        return (kept, anotherState && random.Next(2) == 0 ? OtherStates.Some : OtherStates.Unknown);
    }

    private static Offence FullOffence(Random random, CaseProfile profile, int i) => new()
    {
        Id = "o" + i.ToString(CultureInfo.InvariantCulture),
        Kind = Kinds[random.Next(Kinds.Length)],
        MaximumPenaltyYears = random.Next(3) == 0 ? Boundary[random.Next(Boundary.Length)] : Years[random.Next(Years.Length)],
        LifeImprisonment = Chance(random, 0.15),
        LegalBasis = Chance(random, 0.5) ? [new LegalBasis { Jurisdiction = "UA", Reference = "Criminal Code art. 190(4)" }] : null,
        CommittedIn = States(random, profile, random.Next(2) == 0 ? 1 : random.Next(2, 4)),
        SubstantialConduct = [.. States(random, profile, random.Next(0, 3)).Select(s => new SubstantialConduct { State = s, Aspect = Aspects[random.Next(Aspects.Length)] })],
        SubstantialEffectsIn = States(random, profile, random.Next(0, 3)),
        InvolvesGroup = Chance(random, 0.6),
    };

    private static Cooperation Cooperation(Random random, CaseProfile profile)
    {
        var partner = Partners[random.Next(Partners.Length)];
        return new Cooperation { Partner = partner, State = partner == CooperationPartner.State ? State(random, profile) : null };
    }

    private static string State(Random random, CaseProfile profile) => profile.States[random.Next(profile.States.Length)];

    /// <summary>n states; a state may repeat (duplicates count once, DESIGN §2).</summary>
    private static string[] States(Random random, CaseProfile profile, int n) => [.. Enumerable.Range(0, n).Select(_ => State(random, profile))];

    private static bool Chance(Random random, double p) => random.NextDouble() < p;

#pragma warning restore CA5394
}
