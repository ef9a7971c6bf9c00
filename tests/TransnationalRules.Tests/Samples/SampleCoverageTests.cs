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
            // A channel that reads only a table (issue 19) is notMet only for a verified non-party: the tables hold none
            // for Interpol, ETS 030 or ETS 182, so the samples show it met and unknown (a data gap); tests/Channels
            // shows notMet with a user's table.
            Outcome[] expected = id is "interpol.ncb" or "coe.mla1959" or "coe.jit2001"
                ? [Outcome.Met, Outcome.Unknown]
                : [Outcome.Met, Outcome.NotMet, Outcome.Unknown];
            seen.Should().BeEquivalentTo(expected, id);
        }
    }

    private static string Name(Outcome? o) => o switch { Outcome.Met => "met", Outcome.NotMet => "notMet", Outcome.Unknown => "unknown", _ => "null" };
}
