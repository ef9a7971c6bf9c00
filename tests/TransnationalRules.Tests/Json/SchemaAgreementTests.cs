using System.Text.Json;
using Json.Schema;
using TransnationalRules.Json;
using TransnationalRules.TestData;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Json;

/// <summary>
/// The published case schema (src/TransnationalRules/Schemas/case.schema.json), run by a third-party validator
/// (JsonSchema.Net, draft 2020-12), and the library agree: every valid case passes the schema, and every invalid one
/// fails it unless all of its errors are of a rule the schema lists as checked beyond it.
/// </summary>
public sealed class SchemaAgreementTests
{
    // The rules the schema's description lists as "checked when reading, beyond this schema", and what is not JSON at all.
    private static readonly HashSet<string> BeyondTheSchema =
    [
        ErrorCodes.DuplicateId, ErrorCodes.NotInActiveIn, ErrorCodes.Conflict, ErrorCodes.Duplicate, ErrorCodes.DuplicateProperty, ErrorCodes.TooDeep, ErrorCodes.InvalidJson,
    ];

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Cli.CliRunner.RepositoryRoot, "src", "TransnationalRules", "Schemas", "case.schema.json"))));

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    /// <summary>The bad inputs with at least one error the schema can express (the others are listed in its description).</summary>
    public static IEnumerable<TestCaseData> SchemaExpressible() =>
        BadInputTests.BadInputs().Where(row => !CaseJson.Read((string)row.Arguments[0]!).Errors.All(e => BeyondTheSchema.Contains(e.Code)));

    [Test]
    public void Only_the_rules_the_schema_lists_as_beyond_it_are_left_out()
    {
        var left = BadInputTests.BadInputs().Count() - SchemaExpressible().Count();

        // Syntax errors and the five rules the schema's description names (depth, unique ids, activeIn, membersAtLeast, a State
        // once in abroad), repeated properties (at the root and in an abroad entry).
        left.Should().Be(15);
    }

    [TestCaseSource(nameof(SchemaExpressible))]
    public void The_schema_rejects_what_the_library_rejects(string json, string path, string code, bool only)
    {
        _ = (path, code, only);
        var errors = CaseJson.Read(json).Errors;

        SchemaAccepts(json).Should().BeFalse($"the library reports {string.Join(", ", errors.Select(e => e.Code + " at " + e.Path))}");
    }

    [Test]
    public void The_schema_accepts_every_valid_generated_case_and_every_sample([Values(1, 2, 3)] int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var (full, partial) = ValidCases.Generate(random, CaseProfile.Properties, "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var c in new[] { full, partial })
            {
                CaseValidation.Validate(c).Should().BeEmpty();
                var json = CaseJson.Write(c);
                SchemaAccepts(json).Should().BeTrue(json);
            }
        }

        foreach (var sample in Directory.GetFiles(Path.Combine(Cli.CliRunner.RepositoryRoot, "samples", "cases"), "*.json"))
        {
            SchemaAccepts(File.ReadAllText(sample)).Should().BeTrue(Path.GetFileName(sample));
        }
    }

    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["UA"],"committedInOthers":"some"}]}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","substantialEffectsIn":[],"substantialEffectsInOthers":"unknown"}]}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedInOthers":"some"}]}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":null,"committedInOthers":"none"}]}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["UA"],"committedInOthers":null}]}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"activeIn":[],"activeInOthers":"some"}}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"activeIn":[],"activeInOthers":"none"}}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"activeIn":[]}}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"membersAtLeast":5}}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["HK","CN"]}]}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["AQ"]}]}""", false)]
    public void Schema_and_library_agree_on_partial_knowledge_and_territories(string json, bool valid)
    {
        CaseJson.Read(json).IsValid.Should().Be(valid, string.Join(" | ", CaseJson.Read(json).Errors));
        SchemaAccepts(json).Should().Be(valid);
    }
}
