using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Tests.Cli;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Samples;

/// <summary>The sample cases together exercise every outcome of every criterion.</summary>
public class SampleCoverageTests
{
    private static string CasesFolder => Path.Combine(CliRunner.RepositoryRoot, "samples", "cases");

    [Test]
    public void Together_the_samples_make_every_criterion_met_not_met_and_unknown()
    {
        var outcomes = Directory.GetFiles(CasesFolder, "*.json")
            .Select(f => Evaluate.Default.Classify(CaseJson.Read(File.ReadAllBytes(f)).Case!))
            .SelectMany(c => c.Criteria)
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Outcome).Distinct().ToHashSet());
        foreach (var (id, seen) in outcomes)
        {
            var possible = DesignIds.KindOnly.Contains(id)
                ? new[] { Outcome.Met, Outcome.NotMet }   // the kind is always known
                : [Outcome.Met, Outcome.NotMet, Outcome.Unknown];
            seen.Should().BeEquivalentTo(possible, id);
        }
    }

    [Test]
    public void Together_the_samples_make_every_route_met_not_met_and_unknown()
    {
        var outcomes = Directory.GetFiles(CasesFolder, "*.json")
            .Select(f => Evaluate.Default.Classify(CaseJson.Read(File.ReadAllBytes(f)).Case!))
            .SelectMany(c => c.Cooperation.SelectMany(s => s.Routes))
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Outcome).Distinct().ToHashSet());
        outcomes.Keys.Should().BeEquivalentTo(DesignIds.Routes);
        foreach (var (id, seen) in outcomes)
        {
            seen.Should().BeEquivalentTo([Outcome.Met, Outcome.NotMet, Outcome.Unknown], id);
        }
    }

    private static string Name(Outcome? o) => o switch { Outcome.Met => "met", Outcome.NotMet => "notMet", Outcome.Unknown => "unknown", _ => "null" };
}
