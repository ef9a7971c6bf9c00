using System.Text.Json;
using TransnationalRules.Json;

namespace TransnationalRules.Tests.Json;

/// <summary>The committed JSON Schemas match the types; <c>UPDATE_SCHEMAS=1 dotnet test</c> rewrites them.</summary>
public sealed class SchemaTests
{
    private static readonly string SchemaFolder = FindSchemaFolder();

    private static IEnumerable<TestCaseData> Schemas()
    {
        yield return new TestCaseData("case.schema.json", (Func<string>)SchemaGenerator.Case).SetArgDisplayNames("case");
        yield return new TestCaseData("classification.schema.json", (Func<string>)SchemaGenerator.Classification).SetArgDisplayNames("classification");
        yield return new TestCaseData("classification-summary.schema.json", (Func<string>)SchemaGenerator.ClassificationSummary).SetArgDisplayNames("classification-summary");
    }

    [TestCaseSource(nameof(Schemas))]
    public void Committed_schema_matches_the_types(string file, Func<string> generate)
    {
        var path = Path.Combine(SchemaFolder, file);
        var generated = generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
            Assert.Warn($"Rewrote {path}; commit it.");
            return;
        }

        File.Exists(path).Should().BeTrue($"{path} must exist; run `UPDATE_SCHEMAS=1 dotnet test tests/TransnationalRules.Tests` to create it");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated,
            $"{file} is out of date with the types; run `UPDATE_SCHEMAS=1 dotnet test tests/TransnationalRules.Tests --filter SchemaTests` and commit the result");
    }

    [Test]
    public void Packed_schemas_are_the_committed_files()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            Assert.Ignore("The assembly was built with the schemas as they were before this run rewrote them.");
        }

        CaseJson.CaseSchema.ReplaceLineEndings("\n").Should().Be(File.ReadAllText(Path.Combine(SchemaFolder, "case.schema.json")).ReplaceLineEndings("\n"));
        CaseJson.ClassificationSchema.ReplaceLineEndings("\n").Should().Be(File.ReadAllText(Path.Combine(SchemaFolder, "classification.schema.json")).ReplaceLineEndings("\n"));
        CaseJson.ClassificationSummarySchema.ReplaceLineEndings("\n").Should().Be(File.ReadAllText(Path.Combine(SchemaFolder, "classification-summary.schema.json")).ReplaceLineEndings("\n"));
    }

    [Test]
    public void Case_schema_states_the_limits_and_state_codes()
    {
        using var schema = JsonDocument.Parse(CaseJson.CaseSchema);
        var root = schema.RootElement;
        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        root.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("caseId", "offences");
        root.GetProperty("properties").GetProperty("caseId").GetProperty("maxLength").GetInt32().Should().Be(128);
        var offence = root.GetProperty("properties").GetProperty("offences").GetProperty("items");
        offence.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("id", "kind");
        offence.GetProperty("properties").GetProperty("committedIn").GetProperty("minItems").GetInt32().Should().Be(1);
        offence.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Contain(["drugTrafficking", "participationInOrganisedCriminalGroup"]);
        var codes = root.GetProperty("$defs").GetProperty("stateCode").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        // The 250 accepted codes but AQ, which is no place (notAState, DESIGN §2.2).
        codes.Should().HaveCount(249).And.Contain(["UA", "GB", "XK", "HK"]).And.NotContain(["UK", "EU", "XX", "AQ"]);
        offence.GetProperty("properties").GetProperty("committedInOthers").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("none", "some", "unknown");
        offence.GetProperty("dependentSchemas").GetProperty("committedInOthers").GetProperty("required").EnumerateArray().Select(e => e.GetString())
            .Should().Equal("committedIn");
        var group = root.GetProperty("properties").GetProperty("group");
        group.GetProperty("properties").GetProperty("activeIn").TryGetProperty("minItems", out _).Should().BeFalse("[] is valid when activeInOthers is some or unknown");
        group.GetProperty("else").GetProperty("properties").GetProperty("activeIn").GetProperty("minItems").GetInt32().Should().Be(1);
    }

    private static string FindSchemaFolder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "TransnationalRules", "Schemas");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/TransnationalRules/Schemas not found above the test directory.");
    }
}
