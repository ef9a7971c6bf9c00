using TransnationalRules.Model;
using TransnationalRules.TestData;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Properties;

/// <summary>
/// The shared generator of valid cases (tests/Shared/ValidCases.cs) is deterministic, gives valid cases only, and
/// covers what the properties need: every field absent at times, <c>[]</c>, repeated states, lifeImprisonment, the
/// four-year boundary of art. 2(b) and the three-member boundary of art. 2(a).
/// </summary>
public sealed class ValidCasesTests
{
    private static readonly Dictionary<string, CaseProfile> Profiles = new()
    {
        ["properties"] = CaseProfile.Properties,
        ["volume"] = CaseProfile.Volume,
        ["benchmarks"] = CaseProfile.Benchmarks,
    };

    private static List<(CaseDescription Full, CaseDescription Partial)> Sample(CaseProfile profile, int seed = 1, int count = 500)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => ValidCases.Generate(random, profile, "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }

    [Test]
    public void Every_generated_case_and_its_partial_version_are_valid([Values("properties", "volume", "benchmarks")] string profile)
    {
        foreach (var (full, partial) in Sample(Profiles[profile]))
        {
            CaseValidation.Validate(full).Should().BeEmpty("case {0} is valid when fully known", full.CaseId);
            CaseValidation.Validate(partial).Should().BeEmpty("case {0} is valid with facts forgotten", partial.CaseId);
        }
    }

    [Test]
    public void The_same_seed_gives_the_same_cases()
    {
        var a = Sample(CaseProfile.Properties, seed: 7, count: 50);
        var b = Sample(CaseProfile.Properties, seed: 7, count: 50);
        var c = Sample(CaseProfile.Properties, seed: 8, count: 50);
        Json(a).Should().Equal(Json(b));
        Json(c).Should().NotEqual(Json(a));
    }

    [Test]
    public void The_property_tests_cases_cover_every_field_and_boundary()
    {
        var sample = Sample(CaseProfile.Properties);
        var full = sample.Select(s => s.Full).ToList();
        var partial = sample.Select(s => s.Partial).ToList();
        var offences = full.SelectMany(c => c.Offences).ToList();
        var partialOffences = partial.SelectMany(c => c.Offences).ToList();

        offences.Select(o => o.Kind).Distinct().Should().HaveCount(Enum.GetValues<OffenceKind>().Length, "every kind");
        offences.Select(o => o.MaximumPenaltyYears).Should().Contain([3.99m, 4m], "both sides of art. 2(b)'s four years");
        offences.Select(o => o.LifeImprisonment).Distinct().Should().HaveCount(2);
        full.Select(c => c.Offences.Count).Distinct().Should().BeEquivalentTo([1, 2, 3]);
        full.Select(c => c.Group!.Members).Should().Contain([1, 2, 3], "both sides of art. 2(a)'s three members");
        offences.Should().Contain(o => o.SubstantialConduct!.Count == 0).And.Contain(o => o.SubstantialEffectsIn!.Count == 0, "[] means known: none");
        offences.Should().Contain(o => o.CommittedIn!.Distinct().Count() < o.CommittedIn!.Count, "a repeated state counts once");
        offences.Should().Contain(o => o.CommittedIn!.Count == 1).And.Contain(o => o.CommittedIn!.Count > 1);
        full.SelectMany(c => c.Facts!.InternationalCooperation!).Select(c => c.Partner).Distinct().Should().HaveCount(Enum.GetValues<CooperationPartner>().Length);
        full.Should().Contain(c => c.Title == null).And.Contain(c => c.Title != null);

        partialOffences.Should().Contain(o => o.MaximumPenaltyYears == null).And.Contain(o => o.CommittedIn == null)
            .And.Contain(o => o.SubstantialConduct == null).And.Contain(o => o.SubstantialEffectsIn == null).And.Contain(o => o.InvolvesGroup == null);
        partial.Should().Contain(c => c.Group == null).And.Contain(c => c.Facts == null).And.Contain(c => c.Facts != null && c.Facts.Damage == null);
        var groups = partial.Select(c => c.Group).OfType<CriminalGroup>().ToList();
        groups.Should().Contain(g => g.Members == null).And.Contain(g => g.ActiveIn == null).And.Contain(g => g.Structured == null);
        var facts = partial.Select(c => c.Facts).OfType<CaseFacts>().ToList();
        facts.Should().Contain(f => f.HarmThreatened == null).And.Contain(f => f.InternationalCooperation == null)
            .And.Contain(f => f.Damage != null && f.Damage.State == null);
        partial.Zip(full).SelectMany(p => p.First.Offences.Zip(p.Second.Offences))
            .Should().OnlyContain(o => o.First.Kind == o.Second.Kind && o.First.LifeImprisonment == o.Second.LifeImprisonment, "kind and lifeImprisonment are never forgotten");

        // abroad and stage (DESIGN §3.1, §4): one to three distinct foreign States, HK and CN both possible; every fact both ways.
        var abroad = full.Where(c => c.Abroad is not null).ToList();
        abroad.Should().NotBeEmpty().And.OnlyContain(c => c.Abroad!.Count >= 1 && c.Abroad.Count <= 3 && c.Stage != null);
        full.Should().Contain(c => c.Abroad == null, "a case without abroad entries has no routes");
        abroad.SelectMany(c => c.Abroad!).Select(a => a.State).Should().Contain(["HK", "CN", "PL"]).And.NotContain("UA");
        abroad.Should().OnlyContain(c => !(c.Abroad!.Any(a => a.State == "HK") && c.Abroad!.Any(a => a.State == "CN")), "abroad holds States: HK and CN are one (issue 19)");
        abroad.Should().OnlyContain(c => c.Abroad!.Select(a => a.State).Distinct().Count() == c.Abroad!.Count);
        abroad.Select(c => c.Stage).Distinct().Should().HaveCount(2);
        abroad.SelectMany(c => c.Abroad!).Select(a => a.DualCriminality).Distinct().Should().HaveCount(2);
        var partialAbroad = partial.Where(c => c.Abroad is not null).SelectMany(c => c.Abroad!).ToList();
        partialAbroad.Should().Contain(a => a.Suspects == null).And.Contain(a => a.Evidence == null).And.Contain(a => a.DualCriminality == null);
        partial.Should().Contain(c => c.Abroad != null && c.Stage == null);
    }

    [Test]
    public void The_property_tests_cases_and_their_partial_versions_give_every_route_every_outcome()
    {
        // Else soundness over routes would test little: partial versions are mostly unknown or not met, full ones decide.
        var seen = Sample(CaseProfile.Properties).SelectMany(s => new[] { s.Full, s.Partial })
            .SelectMany(c => Support.Evaluate.Default.Classify(c).Cooperation.SelectMany(st => st.Routes))
            .GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Select(r => r.Outcome).Distinct().Count());

        // The five routes of the Convention; the channels of issue 19 that read only a table take the table's answer.
        Support.DesignIds.UntocRoutes.Should().OnlyContain(id => seen.GetValueOrDefault(id) == 3);
    }

    [Test]
    public void The_property_tests_cases_cover_partial_knowledge_and_territories()
    {
        var partial = Sample(CaseProfile.Properties).Select(s => s.Partial).ToList();
        var offences = partial.SelectMany(c => c.Offences).ToList();
        var groups = partial.Select(c => c.Group).OfType<CriminalGroup>().ToList();
        OtherStates?[] every = [null, OtherStates.None, OtherStates.Some, OtherStates.Unknown];

        offences.Select(o => o.CommittedInOthers).Distinct().Should().BeEquivalentTo(every, "every marker of committedIn (DESIGN §2.1)");
        offences.Select(o => o.SubstantialConductOthers).Distinct().Should().BeEquivalentTo(every);
        offences.Select(o => o.SubstantialEffectsInOthers).Distinct().Should().BeEquivalentTo(every);
        groups.Select(g => g.ActiveInOthers).Distinct().Should().BeEquivalentTo(every);
        offences.Should().Contain(o => o.SubstantialEffectsIn != null && o.SubstantialEffectsIn.Count == 0 && o.SubstantialEffectsInOthers == OtherStates.Some, "[] with some: one State, none named");
        groups.Should().Contain(g => g.ActiveIn != null && g.ActiveIn.Count == 0 && g.ActiveInOthers != null);
        groups.Should().Contain(g => g.MembersAtLeast >= 3 && g.Members == null, "a lower bound that decides art. 2(a)")
            .And.Contain(g => g.MembersAtLeast < 3 && g.Members == null, "a lower bound that does not");
        offences.Should().Contain(o => o.CommittedIn != null && o.CommittedIn.Contains("HK") && o.CommittedIn.Contains("CN"), "a territory beside its State (DESIGN §2.2)");
    }

    private static List<string> Json(List<(CaseDescription Full, CaseDescription Partial)> cases) =>
        [.. cases.SelectMany(c => new[] { TransnationalRules.Json.CaseJson.Write(c.Full), TransnationalRules.Json.CaseJson.Write(c.Partial) })];
}
