using System.Text.Json;
using Json.Schema;
using TransnationalRules.Json;
using TransnationalRules.Tests.Cli;

namespace TransnationalRules.Tests.Json;

/// <summary>
/// The published classification schemas (src/TransnationalRules/Schemas/classification.schema.json and
/// classification-summary.schema.json), run by a third-party validator (JsonSchema.Net, draft 2020-12), accept what the
/// library and the CLI write at their level, and refuse the other level: <c>detail</c> tells the two shapes apart.
/// </summary>
public sealed class ClassificationSchemaAgreementTests
{
    private static readonly Lazy<JsonSchema> Full = new(() => Load("classification.schema.json"));
    private static readonly Lazy<JsonSchema> Summary = new(() => Load("classification-summary.schema.json"));

    private static JsonSchema Load(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "src", "TransnationalRules", "Schemas", file)));

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join(" | ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [TestCaseSource(typeof(SummaryJsonTests), nameof(SummaryJsonTests.AllCases))]
    public void Each_level_passes_its_own_schema_and_fails_the_other(string json)
    {
        var classification = new CaseClassifier().ClassifyOrThrow(json);
        var full = CaseJson.WriteClassification(classification, ClassificationDetail.Full);
        var summary = CaseJson.WriteClassification(classification, ClassificationDetail.Summary);

        var fullResult = Evaluate(Full.Value, full);
        var summaryResult = Evaluate(Summary.Value, summary);

        fullResult.IsValid.Should().BeTrue(Errors(fullResult));
        summaryResult.IsValid.Should().BeTrue(Errors(summaryResult));
        Evaluate(Full.Value, summary).IsValid.Should().BeFalse("a summary is not a full classification");
        Evaluate(Summary.Value, full).IsValid.Should().BeFalse("a full classification is not a summary");
    }

    [TestCase("full", "\"detail\":\"summary\"")]
    [TestCase("summary", "\"detail\":\"full\"")]
    public void A_level_that_says_the_other_is_refused(string level, string wrongDetail)
    {
        var classification = new CaseClassifier().ClassifyOrThrow(CaseTexts.DesignExample);
        var detail = level == "full" ? ClassificationDetail.Full : ClassificationDetail.Summary;
        var written = CaseJson.WriteClassification(classification, detail);
        var swapped = written.Replace($"\"detail\":\"{level}\"", wrongDetail, StringComparison.Ordinal);

        swapped.Should().NotBe(written);
        Evaluate(level == "full" ? Full.Value : Summary.Value, swapped).IsValid.Should().BeFalse();
    }

    [Test]
    public void Every_CLI_summary_line_passes_the_summary_schema()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", "samples/cases", "--format", "json", "--detail", "summary");

        exit.Should().Be(0, stderr);
        var lines = CliRunner.Lines(stdout);
        lines.Should().HaveCount(Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "samples", "cases"), "*.json").Length);
        foreach (var line in lines)
        {
            var result = Evaluate(Summary.Value, line);
            result.IsValid.Should().BeTrue($"{line[..Math.Min(60, line.Length)]}…: {Errors(result)}");
            JsonDocument.Parse(line).RootElement.GetProperty("detail").GetString().Should().Be("summary");
        }
    }

    [Test]
    public void Every_CLI_full_line_passes_the_classification_schema()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", "samples/cases", "--format", "json");

        exit.Should().Be(0, stderr);
        var lines = CliRunner.Lines(stdout);
        lines.Should().NotBeEmpty();
        foreach (var line in lines)
        {
            var result = Evaluate(Full.Value, line);
            result.IsValid.Should().BeTrue($"{line[..Math.Min(60, line.Length)]}…: {Errors(result)}");
            JsonDocument.Parse(line).RootElement.GetProperty("detail").GetString().Should().Be("full");
        }
    }
}
