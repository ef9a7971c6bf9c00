using System.Text.Json;
using TransnationalRules.Json;

namespace TransnationalRules.Tests.Json;

/// <summary>Every sample case (samples/cases/*.json) reads as valid and classifies as its hand-derived expected file says.</summary>
public sealed class SampleCaseTests
{
    private static readonly CaseClassifier Classifier = new();

    public static IEnumerable<TestCaseData> Samples() =>
        Directory.EnumerateFiles(FindFolder(), "*.json").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileNameWithoutExtension(path)));

    [TestCaseSource(nameof(Samples))]
    public void Sample_case_is_valid(string path)
    {
        using var stream = File.OpenRead(path);

        var read = CaseJson.Read(stream);

        read.Errors.Should().BeEmpty();
        CaseJson.Read(CaseJson.Write(read.Case!)).IsValid.Should().BeTrue();
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_case_classifies_as_expected(string path)
    {
        var expectedPath = Path.Combine(Path.GetDirectoryName(path)!, "expected", Path.GetFileName(path));
        File.Exists(expectedPath).Should().BeTrue("every sample case has its expected outcomes in samples/cases/expected/");

        using var expected = JsonDocument.Parse(File.ReadAllText(expectedPath));
        using var actual = JsonDocument.Parse(CaseJson.WriteClassification(Classifier.ClassifyOrThrow(File.ReadAllText(path))));
        var e = expected.RootElement;
        var a = actual.RootElement;

        a.GetProperty("transnational").GetString().Should().Be(e.GetProperty("transnational").GetString());
        a.GetProperty("conventionApplies").GetString().Should().Be(e.GetProperty("conventionApplies").GetString());
        var criteria = a.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("outcome").GetString());
        criteria.Should().Equal(e.GetProperty("criteria").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()));
        foreach (var offence in a.GetProperty("offences").EnumerateArray())
        {
            var id = offence.GetProperty("id").GetString()!;
            offence.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("outcome").GetString())
                .Should().Equal(e.GetProperty("offences").GetProperty(id).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()), $"offence {id}");
        }

        if (e.TryGetProperty("missingFacts", out var missing))
        {
            foreach (var criterion in missing.EnumerateObject())
            {
                var result = a.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == criterion.Name);
                result.GetProperty("missingFacts").EnumerateArray().Select(m => m.GetString())
                    .Should().Equal(criterion.Value.EnumerateArray().Select(m => m.GetString()), criterion.Name);
            }
        }

        // Data gaps (issue 19): the tables with no verified entry behind an unknown route, in abroad order then table order.
        if (e.TryGetProperty("dataGaps", out var gaps))
        {
            a.GetProperty("dataGaps").EnumerateArray().Select(g => (g.GetProperty("state").GetString(), g.GetProperty("table").GetString()))
                .Should().Equal(gaps.EnumerateArray().Select(g => (g.GetProperty("state").GetString(), g.GetProperty("table").GetString())), "dataGaps");
        }

        // Cooperation (DESIGN §3.1, §5): every expected file states it, [] for a case without abroad entries.
        e.TryGetProperty("cooperation", out var expectedStates).Should().BeTrue("every expected file states its cooperation routes");
        var states = a.GetProperty("cooperation").EnumerateArray().ToList();
        states.Select(st => st.GetProperty("state").GetString()).Should().Equal(expectedStates.EnumerateArray().Select(st => st.GetProperty("state").GetString()));
        foreach (var (state, expectedState) in states.Zip(expectedStates.EnumerateArray()))
        {
            var name = state.GetProperty("state").GetString();
            var routes = state.GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
            routes.ToDictionary(r => r.Key, r => r.Value.GetProperty("outcome").GetString())
                .Should().Equal(expectedState.GetProperty("routes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()), name);
            var expectedMissing = expectedState.TryGetProperty("missingFacts", out var m) ? m.EnumerateObject().ToDictionary(p => p.Name, p => p.Value) : [];
            foreach (var (id, route) in routes)
            {
                if (route.GetProperty("outcome").GetString() == "unknown")
                {
                    expectedMissing.Should().ContainKey(id, $"an unknown route's missing facts are derived by hand ({name} {id})");
                    Strings(route.GetProperty("missingFacts")).Should().Equal(Strings(expectedMissing[id]), $"{name} {id}");
                }
            }

            if (expectedState.TryGetProperty("evidence", out var evidence))
            {
                foreach (var route in evidence.EnumerateObject())
                {
                    Strings(routes[route.Name].GetProperty("evidence")).Should().Equal(Strings(route.Value), $"{name} {route.Name}");
                }
            }
        }
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString());

    internal static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "cases");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/cases not found above the test directory.");
    }
}
