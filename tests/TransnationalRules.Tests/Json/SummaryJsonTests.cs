using System.Buffers;
using System.Text;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using static TransnationalRules.Tests.Json.CaseTexts;

namespace TransnationalRules.Tests.Json;

/// <summary>The <c>summary</c> detail level (DESIGN §5, "Detail levels"): the outcomes of <c>full</c>, and only them.</summary>
public sealed class SummaryJsonTests
{
    private static readonly string[] Head = ["caseId", "ruleSet", "detail", "transnational", "conventionApplies", "criteriaMet"];

    private static readonly CaseClassifier Classifier = new();

    public static IEnumerable<TestCaseData> Samples() =>
        Directory.EnumerateFiles(SampleCaseTests.FindFolder(), "*.json").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(File.ReadAllText(path)).SetArgDisplayNames(Path.GetFileNameWithoutExtension(path)));

    /// <summary>Cases of one to three offences with few facts missing.</summary>
    public static IEnumerable<TestCaseData> TypicalCases()
    {
        yield return new TestCaseData(DesignExample).SetArgDisplayNames("DESIGN §4 example");
        yield return new TestCaseData(ThreeOffences).SetArgDisplayNames("three transnational offences");
        yield return new TestCaseData(DesignExampleAbroad).SetArgDisplayNames("DESIGN §4 example with two foreign States");
    }

    public static IEnumerable<TestCaseData> AllCases() => TypicalCases().Concat(Samples());

    /// <summary>The cases DESIGN §5's size bound speaks of: up to three offences and three abroad entries (2018-thb-network has four).</summary>
    public static IEnumerable<TestCaseData> BoundedCases() =>
        AllCases().Where(c => CaseJson.Read((string)c.Arguments[0]!).Case!.Abroad is not { Count: > 3 });

    [TestCaseSource(nameof(Samples))]
    public void Summary_has_the_outcomes_of_full(string json)
    {
        var classification = Classifier.ClassifyOrThrow(json);

        using var full = JsonDocument.Parse(CaseJson.WriteClassification(classification));
        using var summary = JsonDocument.Parse(CaseJson.WriteClassification(classification, ClassificationDetail.Summary));
        var f = full.RootElement;
        var s = summary.RootElement;

        s.GetProperty("detail").GetString().Should().Be("summary");
        f.GetProperty("detail").GetString().Should().Be("full");
        foreach (var name in Head.Append("missingFacts").Where(n => n != "detail"))
        {
            s.GetProperty(name).GetRawText().Should().Be(f.GetProperty(name).GetRawText(), name);
        }

        Outcomes(s.GetProperty("outcomes")).Should().Equal(Outcomes(f.GetProperty("criteria")));
        var fullOffences = f.GetProperty("offences").EnumerateArray().ToList();
        var summaryOffences = s.GetProperty("offences").EnumerateArray().ToList();
        summaryOffences.Should().HaveSameCount(fullOffences);
        for (var i = 0; i < fullOffences.Count; i++)
        {
            summaryOffences[i].GetProperty("id").GetString().Should().Be(fullOffences[i].GetProperty("id").GetString());
            Outcomes(summaryOffences[i].GetProperty("outcomes")).Should().Equal(Outcomes(fullOffences[i].GetProperty("criteria")), $"offences[{i}]");
        }

        var fullStates = f.GetProperty("cooperation").EnumerateArray().ToList();
        var summaryStates = s.GetProperty("cooperation").EnumerateArray().ToList();
        summaryStates.Should().HaveSameCount(fullStates);
        for (var i = 0; i < fullStates.Count; i++)
        {
            summaryStates[i].GetProperty("state").GetString().Should().Be(fullStates[i].GetProperty("state").GetString());
            Outcomes(summaryStates[i].GetProperty("outcomes")).Should().Equal(Outcomes(fullStates[i].GetProperty("routes")), $"cooperation[{i}]");
        }
    }

    [TestCaseSource(nameof(AllCases))]
    public void Summary_has_the_fields_of_design_5_in_order(string json)
    {
        using var summary = JsonDocument.Parse(CaseJson.WriteClassification(Classifier.ClassifyOrThrow(json), ClassificationDetail.Summary));
        var root = summary.RootElement;

        Names(root).Should().Equal([.. Head, "outcomes", "offences", "cooperation", "missingFacts", "dataGaps"]);
        Names(root.GetProperty("ruleSet")).Should().Equal("id", "version");
        root.GetProperty("outcomes").EnumerateObject().Should().AllSatisfy(p => p.Value.GetString().Should().BeOneOf("met", "notMet", "unknown"));
        root.GetProperty("offences").EnumerateArray().Should().AllSatisfy(o => Names(o).Should().Equal("id", "outcomes"));
        foreach (var state in root.GetProperty("cooperation").EnumerateArray())
        {
            Names(state).Should().Equal("state", "outcomes");
        }

        root.GetProperty("outcomes").EnumerateObject().Select(p => p.Name).Should().NotIntersectWith(["untoc.art27", "untoc.art18", "untoc.art16", "untoc.art13", "untoc.art19"], "route outcomes appear only under cooperation");
        root.ToString().Should().NotContainAny("\"title\"", "\"citation\"", "\"reason\"", "\"evidence\"", "\"criteria\"");
    }

    [TestCaseSource(nameof(TypicalCases))]
    public void Summary_line_of_a_typical_case_is_under_2_KB(string json)
    {
        // DESIGN §5: under 2 KB for up to three offences when few facts are missing. Size, not time.
        var classification = Classifier.ClassifyOrThrow(json);
        classification.MissingFacts.Length.Should().BeLessThanOrEqualTo(1, "a typical case: few facts missing");

        (SummaryBytes(classification) - ChannelBytes(classification)).Should().BeLessThan(2048);
    }

    [TestCaseSource(nameof(BoundedCases))]
    public void Summary_line_is_under_2_KB_besides_the_missing_facts(string json)
    {
        // Only the missingFacts list grows with what is unknown; the rest stays under 2 KB for 1-3 offences and 0-3 States.
        var classification = Classifier.ClassifyOrThrow(json);
        classification.Offences.Length.Should().BeInRange(1, 3);
        classification.Cooperation.Length.Should().BeInRange(0, 3);

        var bytes = SummaryBytes(classification);

        using var summary = JsonDocument.Parse(CaseJson.WriteClassification(classification, ClassificationDetail.Summary));
        var missingFacts = Encoding.UTF8.GetByteCount(summary.RootElement.GetProperty("missingFacts").GetRawText());

        TestContext.Out.WriteLine($"{classification.CaseId}: summary {bytes} B (missingFacts {missingFacts} B), full {Encoding.UTF8.GetByteCount(CaseJson.WriteClassification(classification))} B");
        (bytes - missingFacts - ChannelBytes(classification)).Should().BeLessThan(2048);
    }

    [TestCaseSource(nameof(AllCases))]
    public void String_writer_and_stream_overloads_write_the_same_summary(string json)
    {
        var classification = Classifier.ClassifyOrThrow(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CaseJson.WriteClassification(classification, writer, ClassificationDetail.Summary);
        }

        using var stream = new MemoryStream();
        CaseJson.WriteClassification(classification, stream, ClassificationDetail.Summary);

        var text = CaseJson.WriteClassification(classification, ClassificationDetail.Summary);
        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(text);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        CaseJson.WriteClassification(classification, ClassificationDetail.Full).Should().Be(CaseJson.WriteClassification(classification));
    }

    [Test]
    public void Summary_writers_refuse_null_arguments_and_undefined_levels()
    {
        var classification = Classifier.ClassifyOrThrow(DesignExample);
        using var stream = new MemoryStream();

        FluentActions.Invoking(() => CaseJson.WriteClassification(null!, ClassificationDetail.Summary)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.WriteClassification(classification, (Utf8JsonWriter)null!, ClassificationDetail.Summary)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.WriteClassification(classification, (Stream)null!, ClassificationDetail.Summary)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.WriteClassification(classification, (ClassificationDetail)2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CaseJson.WriteClassification(classification, stream, (ClassificationDetail)(-1))).Should().Throw<ArgumentOutOfRangeException>();
        stream.Length.Should().Be(0, "nothing is written for an undefined level");
    }

    [Test]
    public void Three_offence_case_has_three_offences() =>
        Classifier.ClassifyOrThrow(ThreeOffences).Offences.Should().HaveCount(3);

    /// <summary>
    /// The bytes issue 19 adds to a summary: the six channel outcomes per State and <c>dataGaps</c>. DESIGN §5's 2 KB
    /// bound was set for the five routes of the Convention; with eleven per State it cannot hold for three States, so
    /// the bound is kept for the rest of the line and the channels are measured apart.
    /// </summary>
    private static long ChannelBytes(CaseClassification classification)
    {
        using var summary = JsonDocument.Parse(CaseJson.WriteClassification(classification, ClassificationDetail.Summary));
        var root = summary.RootElement;
        long n = Encoding.UTF8.GetByteCount(root.GetProperty("dataGaps").GetRawText());
        foreach (var state in root.GetProperty("cooperation").EnumerateArray())
        {
            foreach (var route in state.GetProperty("outcomes").EnumerateObject().Where(r => !r.Name.StartsWith("untoc.", StringComparison.Ordinal)))
            {
                n += Encoding.UTF8.GetByteCount($"\"{route.Name}\":\"{route.Value.GetString()}\",");
            }
        }

        return n;
    }

    private static long SummaryBytes(CaseClassification classification)
    {
        using var stream = new MemoryStream();
        CaseJson.WriteClassification(classification, stream, ClassificationDetail.Summary);
        return stream.Length;
    }

    /// <summary>Three offences that are each transnational, with every fact known: the longest <c>criteriaMet</c> a typical case has.</summary>
    private static string ThreeOffences => DesignExample
        .Replace("\"proceedsLaundered\": null", "\"proceedsLaundered\": true", StringComparison.Ordinal)
        .Replace("\"socialConditionsExploited\": null", "\"socialConditionsExploited\": false", StringComparison.Ordinal)
        .Replace("""
                  "involvesGroup": true
                }
              ],
            """, """
                  "involvesGroup": true
                },
                { "id": "laundering", "kind": "moneyLaundering", "maximumPenaltyYears": 12, "committedIn": ["UA", "MD"], "involvesGroup": true },
                { "id": "bribery", "kind": "bribery", "maximumPenaltyYears": 10, "committedIn": ["UA", "RO"], "involvesGroup": true }
              ],
            """, StringComparison.Ordinal);

    private static List<KeyValuePair<string, string?>> Outcomes(JsonElement element) => element.ValueKind == JsonValueKind.Object
        ? [.. element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()))]
        : [.. element.EnumerateArray().Select(c => KeyValuePair.Create(c.GetProperty("id").GetString()!, c.GetProperty("outcome").GetString()))];

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
