using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Json;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Json;

/// <summary>Properties over generated valid cases: they validate, and survive writing and reading.</summary>
public sealed class RoundTripProperties
{
    private static readonly string[] States = ["UA", "MD", "RO", "PL", "GB", "XK", "DE"];

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property Generated_valid_case_is_valid_and_round_trips() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var written = CaseJson.Write(c);
            var read = CaseJson.Read(written);
            return CaseValidation.Validate(c).IsEmpty && read.IsValid && CaseJson.Write(read.Case!) == written;
        });

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property One_lower_case_state_gives_one_error_at_its_path() =>
        Prop.ForAll(Cases().Where(c => c.Offences.Any(o => o.CommittedIn is not null)).ToArbitrary(), c =>
        {
            var i = c.Offences.ToList().FindIndex(o => o.CommittedIn is not null);
            var committedIn = c.Offences[i].CommittedIn!.ToList();
            var j = committedIn.Count - 1;
            committedIn[j] = committedIn[j].ToLowerInvariant();
            var offences = c.Offences.ToList();
            offences[i] = offences[i] with { CommittedIn = committedIn };

            var errors = CaseJson.Read(CaseJson.Write(c with { Offences = offences })).Errors;

            return errors.Length == 1 && errors[0].Code == ErrorCodes.InvalidStateCode && errors[0].Path == $"offences[{i}].committedIn[{j}]";
        });

    private static Gen<CaseDescription> Cases() =>
        from offences in Gen.Choose(1, 4).SelectMany(n => Gen.CollectToList(Enumerable.Range(0, n), Offence))
        from criminalGroup in Group(offences)
        from facts in Facts().OrNull()
        from title in Gen.Elements<string?>(null, "Шахрайство", "A \"quoted\" <title> & more")
        select new CaseDescription { CaseId = "C-1", Title = title, Offences = offences, Group = criminalGroup, Facts = facts };

    private static Gen<Offence> Offence(int index) =>
        from kind in Gen.Elements(Enum.GetValues<OffenceKind>())
        from years in Gen.Elements<decimal?>(null, 0m, 3.5m, 4m, 12m, 100m)
        from life in Gen.Elements(true, false)
        from committedIn in StateList(1).OrNull()
        from conduct in Gen.ListOf(Conduct()).Select(l => (IReadOnlyList<SubstantialConduct>)[.. l.Take(3)]).OrNull()
        from effects in StateList(0).OrNull()
        from involvesGroup in Gen.Elements<bool?>(null, true, false)
        select new Offence
        {
            Id = "o" + index,
            Kind = kind,
            MaximumPenaltyYears = years,
            LifeImprisonment = life,
            CommittedIn = committedIn,
            SubstantialConduct = conduct,
            SubstantialEffectsIn = effects,
            InvolvesGroup = involvesGroup,
        };

    private static Gen<SubstantialConduct> Conduct() =>
        from state in Gen.Elements(States)
        from aspect in Gen.Elements(Enum.GetValues<ConductAspect>())
        select new SubstantialConduct { State = state, Aspect = aspect };

    private static Gen<IReadOnlyList<string>> StateList(int min) =>
        from n in Gen.Choose(min, 4)
        from states in Gen.ListOf(Gen.Elements(States), n)
        select (IReadOnlyList<string>)[.. states];

    private static Gen<CriminalGroup?> Group(List<Offence> offences)
    {
        // activeIn, when present, holds every state where an offence involving the group was committed.
        var needed = offences.Where(o => o.InvolvesGroup == true && o.CommittedIn is not null).SelectMany(o => o.CommittedIn!).Distinct().ToList();
        var known =
            from members in Gen.Elements<int?>(null, 1, 3, 400)
            from structured in Gen.Elements<bool?>(null, true, false)
            from extra in StateList(1)
            from hasActiveIn in Gen.Elements(true, false)
            select new CriminalGroup { Members = members, Structured = structured, ActiveIn = hasActiveIn ? [.. needed, .. extra] : null };
        return known.OrNull();
    }

    private static Gen<CaseFacts> Facts() =>
        from harm in Gen.Elements<bool?>(null, true, false)
        from damage in Gen.Elements<Damage?>(null, new Damage(), new Damage { Individuals = true, State = false })
        from cooperation in Gen.Elements<IReadOnlyList<Cooperation>?>(null, [], [new() { Partner = CooperationPartner.Europol }, new() { Partner = CooperationPartner.State, State = "MD" }])
        select new CaseFacts { HarmThreatened = harm, Damage = damage, InternationalCooperation = cooperation };
}
