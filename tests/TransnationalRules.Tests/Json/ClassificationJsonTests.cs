using System.Buffers;
using System.Text;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Tests.Support;
using TransnationalRules.Validation;
using static TransnationalRules.Tests.Json.CaseTexts;

namespace TransnationalRules.Tests.Json;

/// <summary>A classification written as JSON has the names, order and values of DESIGN §5.</summary>
public sealed class ClassificationJsonTests
{
    private static readonly string[] CriterionFields = ["id", "outcome", "title", "citation", "reason", "evidence", "missingFacts"];

    private static readonly CaseClassifier Classifier = new();

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(DesignExample).SetArgDisplayNames("DESIGN §4 example");
        yield return new TestCaseData(DesignExampleAbroad).SetArgDisplayNames("DESIGN §4 example with abroad");
        yield return new TestCaseData(Case()).SetArgDisplayNames("minimal");
        yield return new TestCaseData(Root("'caseId':'two','offences':[{'id':'a','kind':'bribery','committedIn':['UA','PL']},{'id':'b','kind':'drugTrafficking','maximumPenaltyYears':3}]"))
            .SetArgDisplayNames("two offences");
    }

    [TestCaseSource(nameof(Cases))]
    public void Written_classification_has_the_fields_of_design_5_in_order(string json)
    {
        var classification = Classifier.ClassifyOrThrow(json);

        using var document = JsonDocument.Parse(CaseJson.WriteClassification(classification));
        var root = document.RootElement;

        Names(root).Should().Equal("caseId", "ruleSet", "detail", "transnational", "conventionApplies", "criteriaMet", "criteria", "offences", "cooperation", "missingFacts", "dataGaps");
        root.GetProperty("caseId").GetString().Should().Be(classification.CaseId);
        Names(root.GetProperty("ruleSet")).Should().Equal("id", "version");
        root.GetProperty("ruleSet").GetProperty("id").GetString().Should().Be("default");
        root.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be("1.0.0");
        root.GetProperty("detail").GetString().Should().Be("full", "the level says which shape this is");
        root.GetProperty("transnational").GetString().Should().Be(Text(classification["untoc.art3.2"].Outcome));
        root.GetProperty("conventionApplies").GetString().Should().Be(Text(classification["untoc.art3.1"].Outcome));
        Strings(root.GetProperty("criteriaMet")).Should().Equal(classification.Criteria.Where(c => c.Outcome == Outcome.Met).Select(c => c.Id));
        Strings(root.GetProperty("missingFacts")).Should().Equal(classification.MissingFacts);

        var criteria = root.GetProperty("criteria").EnumerateArray().ToList();
        criteria.Select(c => c.GetProperty("id").GetString()).Should().Equal(DesignIds.All);
        for (var i = 0; i < criteria.Count; i++)
        {
            CheckCriterion(criteria[i], classification.Criteria[i]);
        }

        var offences = root.GetProperty("offences").EnumerateArray().ToList();
        offences.Should().HaveCount(classification.Offences.Length);
        for (var i = 0; i < offences.Count; i++)
        {
            Names(offences[i]).Should().Equal("id", "criteria");
            offences[i].GetProperty("id").GetString().Should().Be(classification.Offences[i].Id);
            var offenceCriteria = offences[i].GetProperty("criteria").EnumerateArray().ToList();
            offenceCriteria.Select(c => c.GetProperty("id").GetString()).Should().Equal(DesignIds.OffenceLevel);
            for (var j = 0; j < offenceCriteria.Count; j++)
            {
                CheckCriterion(offenceCriteria[j], classification.Offences[i].Criteria[j]);
            }
        }

        // One entry per abroad entry, in input order, each with the five routes of DESIGN §3.1 in table order.
        var cooperation = root.GetProperty("cooperation").EnumerateArray().ToList();
        cooperation.Should().HaveCount(classification.Cooperation.Length);
        for (var i = 0; i < cooperation.Count; i++)
        {
            Names(cooperation[i]).Should().Equal("state", "routes");
            cooperation[i].GetProperty("state").GetString().Should().Be(classification.Cooperation[i].State);
            var routes = cooperation[i].GetProperty("routes").EnumerateArray().ToList();
            routes.Select(c => c.GetProperty("id").GetString()).Should().Equal(DesignIds.Routes);
            for (var j = 0; j < routes.Count; j++)
            {
                CheckCriterion(routes[j], classification.Cooperation[i].Routes[j]);
            }
        }
    }

    [Test]
    public void Cooperation_is_one_entry_per_abroad_entry_in_input_order_and_empty_without_abroad()
    {
        using var with = JsonDocument.Parse(CaseJson.WriteClassification(Classifier.ClassifyOrThrow(DesignExampleAbroad)));
        with.RootElement.GetProperty("cooperation").EnumerateArray().Select(c => c.GetProperty("state").GetString()).Should().Equal("RO", "MD");
        Strings(with.RootElement.GetProperty("criteriaMet")).Should().NotContain(DesignIds.Routes, "route outcomes appear only under cooperation");
        with.RootElement.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal(DesignIds.All);

        using var without = JsonDocument.Parse(CaseJson.WriteClassification(Classifier.ClassifyOrThrow(DesignExample)));
        without.RootElement.GetProperty("cooperation").GetArrayLength().Should().Be(0);
    }

    [Test]
    public void Design_example_is_transnational_with_evidence_and_missing_facts()
    {
        using var document = JsonDocument.Parse(CaseJson.WriteClassification(Classifier.ClassifyOrThrow(DesignExample)));
        var root = document.RootElement;

        root.GetProperty("transnational").GetString().Should().Be("met");
        var b = root.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "untoc.art3.2.b");
        b.GetProperty("outcome").GetString().Should().Be("met");
        b.GetProperty("citation").GetString().Should().Be("UNTOC art. 3(2)(b)");
        Strings(b.GetProperty("evidence")).Should().Contain("offences[0].substantialConduct[0]");
        Strings(b.GetProperty("missingFacts")).Should().BeEmpty();
        // proceedsLaundered is null, but ua.oc1993.money-laundering-and-business is met by businessEntitiesUsed already.
        Strings(root.GetProperty("missingFacts")).Should().Equal("facts.socialConditionsExploited");
    }

    [TestCaseSource(nameof(Cases))]
    public void Writer_agrees_with_the_source_generated_shape(string json)
    {
        // The hand-written writer and the documents behind the schema must not drift: what the writer writes reads
        // into ClassificationDocument (unknown properties refused) and writes back byte for byte.
        var written = CaseJson.WriteClassification(Classifier.ClassifyOrThrow(json));

        var document = JsonSerializer.Deserialize(written, CaseJsonContext.Default.ClassificationDocument);

        Serialize(document!, CaseJsonContext.Default.ClassificationDocument).Should().Be(written);
    }

    [TestCaseSource(nameof(Cases))]
    public void Summary_writer_agrees_with_the_source_generated_summary_shape(string json)
    {
        // The same for the summary level and the document behind classification-summary.schema.json.
        var written = CaseJson.WriteClassification(Classifier.ClassifyOrThrow(json), ClassificationDetail.Summary);

        var document = JsonSerializer.Deserialize(written, CaseJsonContext.Default.ClassificationSummaryDocument);

        document!.Detail.Should().Be(ClassificationDetail.Summary);
        Serialize(document, CaseJsonContext.Default.ClassificationSummaryDocument).Should().Be(written);
    }

    [TestCaseSource(nameof(Cases))]
    public void String_writer_and_stream_overloads_write_the_same(string json)
    {
        var classification = Classifier.ClassifyOrThrow(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CaseJson.WriteClassification(classification, writer);
        }

        using var stream = new MemoryStream();
        CaseJson.WriteClassification(classification, stream);

        var text = CaseJson.WriteClassification(classification);
        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(text);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        text.Should().NotContain("\n").And.Contain("Конвенц", "Ukrainian text is written unescaped");
    }

    [Test]
    public void Error_line_has_the_fields_of_design_7()
    {
        var read = CaseJson.Read(Case("'id':'o1','kind':'theft'", "'extra':1"));

        var line = CaseJson.WriteErrors(read.CaseId, "cases.jsonl:3", read.Errors);

        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        Names(root).Should().Equal("caseId", "source", "errors");
        root.GetProperty("caseId").GetString().Should().Be("C-1");
        root.GetProperty("source").GetString().Should().Be("cases.jsonl:3");
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().HaveCount(2);
        errors.Should().AllSatisfy(e => Names(e).Should().Equal("path", "code", "message"));
        errors.Select(e => (e.GetProperty("path").GetString(), e.GetProperty("code").GetString()))
            .Should().Equal(("extra", ErrorCodes.UnknownProperty), ("offences[0].kind", ErrorCodes.UnknownValue));
        Serialize(JsonSerializer.Deserialize(line, CaseJsonContext.Default.ErrorLineDocument)!, CaseJsonContext.Default.ErrorLineDocument).Should().Be(line);
    }

    [Test]
    public void Error_line_writes_an_unknown_case_id_as_null()
    {
        var read = CaseJson.Read("{");

        using var document = JsonDocument.Parse(CaseJson.WriteErrors(read.CaseId, "-:1", read.Errors));

        document.RootElement.GetProperty("caseId").ValueKind.Should().Be(JsonValueKind.Null);
        document.RootElement.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be(ErrorCodes.InvalidJson);
    }

    [Test]
    public void Writers_refuse_null_arguments()
    {
        FluentActions.Invoking(() => CaseJson.WriteClassification(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.Write(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.WriteErrors(null, null, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.WriteErrors(null, null, [null!])).Should().Throw<ArgumentNullException>();
    }

    private static void CheckCriterion(JsonElement element, CriterionResult result)
    {
        Names(element).Should().Equal(CriterionFields);
        element.GetProperty("id").GetString().Should().Be(result.Id);
        element.GetProperty("outcome").GetString().Should().Be(Text(result.Outcome));
        Names(element.GetProperty("title")).Should().Equal("en", "uk");
        element.GetProperty("title").GetProperty("en").GetString().Should().Be(result.Title.En);
        element.GetProperty("title").GetProperty("uk").GetString().Should().Be(result.Title.Uk);
        element.GetProperty("citation").GetString().Should().Be(result.Citation);
        Names(element.GetProperty("reason")).Should().Equal("en", "uk");
        element.GetProperty("reason").GetProperty("en").GetString().Should().Be(result.Reason.En);
        element.GetProperty("reason").GetProperty("uk").GetString().Should().Be(result.Reason.Uk);
        Strings(element.GetProperty("evidence")).Should().Equal(result.Evidence);
        Strings(element.GetProperty("missingFacts")).Should().Equal(result.MissingFacts);
    }

    private static string Text(Outcome outcome) => outcome switch
    {
        Outcome.Met => "met",
        Outcome.NotMet => "notMet",
        _ => "unknown",
    };

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static List<string?> Strings(JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetString())];

    private static string Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(writer, value, type);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
