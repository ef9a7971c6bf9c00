using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi.Tests;

/// <summary>The service in process (WebApplicationFactory): the HTTP contract of POST /classify, GET / and the documents.</summary>
[Parallelizable(ParallelScope.All)]
public class ClassifyTests
{
    private const string Good1 = """{"caseId":"g1","offences":[{"id":"o","kind":"fraud","maximumPenaltyYears":12,"committedIn":["MD","UA"]}]}""";
    private const string Good2 = """{"caseId":"g2","offences":[{"id":"o","kind":"drugTrafficking","committedIn":["UA"],"substantialConduct":[],"substantialEffectsIn":[],"involvesGroup":false}]}""";
    private const string Bad = """{"caseId":"b1","offences":[{"id":"o","kind":"arson","committedIn":["ua"]}]}""";

    private static WebApplicationFactory<Program> factory = null!;

    [OneTimeSetUp]
    public static void Start() => factory = new WebApplicationFactory<Program>();

    [OneTimeTearDown]
    public static void Stop() => factory.Dispose();

    private static HttpClient Client() => factory.CreateClient();

    private static ByteArrayContent Body(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static ByteArrayContent Body(string text, string mediaType) => Body(Encoding.UTF8.GetBytes(text), mediaType);

    [Test]
    public async Task A_valid_case_gives_200_with_the_classification_the_library_writes()
    {
        using var client = Client();

        using var response = await client.PostAsync("/classify", Body(Samples.DrugLabs, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        json.GetProperty("caseId").GetString().Should().Be("2024-ua-pl-drug-labs");
        json.GetProperty("ruleSet").GetProperty("id").GetString().Should().Be("default");
        json.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be("1.0.0");
        json.GetProperty("transnational").GetString().Should().Be("met");
        json.GetProperty("conventionApplies").GetString().Should().Be("met");
        json.GetProperty("criteriaMet").EnumerateArray().Select(e => e.GetString()).Should().Contain(["untoc.art3.2.a", "ua.drugs1995"]);
        var criterion = json.GetProperty("criteria").EnumerateArray().First(c => c.GetProperty("id").GetString() == "untoc.art3.2.a");
        criterion.GetProperty("outcome").GetString().Should().Be("met");
        criterion.GetProperty("title").GetProperty("uk").GetString().Should().NotBeNullOrEmpty();
        criterion.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).Should().Equal("offences[0].committedIn[0]", "offences[0].committedIn[1]");
        json.GetProperty("criteria").GetArrayLength().Should().Be(21, "routes are reported per foreign State, under cooperation");
        json.GetProperty("cooperation").EnumerateArray().Select(c => c.GetProperty("state").GetString()).Should().Equal("PL");
        json.GetProperty("offences")[0].GetProperty("id").GetString().Should().Be("drug-production");
        // Ask first (DESIGN §5): the headlines are met, so the route facts lead; (b) and (d)'s open facts are not asked.
        json.GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()).Should().StartWith(["abroad[0].suspects", "abroad[0].dualCriminality"])
            .And.NotContain("offences[0].substantialConduct");

        text.Should().Be(CaseJson.WriteClassification(new CaseClassifier().ClassifyOrThrow(Samples.DrugLabs)), "the service adds nothing to DESIGN §5");
        text.Should().Contain("Організована злочинна група", "Ukrainian text is not \\u-escaped");
    }

    [Test]
    public async Task An_invalid_case_gives_400_problem_details_listing_every_error()
    {
        using var client = Client();

        using var response = await client.PostAsync("/classify", Body(Bad, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("type").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("caseId").GetString().Should().Be("b1");
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: e.GetProperty("path").GetString(), Code: e.GetProperty("code").GetString(), Message: e.GetProperty("message").GetString()))
            .ToList();
        errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("offences[0].kind", "unknownValue"),
            ("offences[0].committedIn[0]", "invalidStateCode"));
        errors.Should().OnlyContain(e => !string.IsNullOrWhiteSpace(e.Message));
    }

    [Test]
    public async Task Input_that_is_not_JSON_gives_400_with_the_error_at_the_document()
    {
        using var client = Client();

        using var response = await client.PostAsync("/classify", Body("{ not json", "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("caseId").ValueKind.Should().Be(JsonValueKind.Null);
        problem.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("invalidJson");
    }

    [TestCase("application/x-ndjson")]
    [TestCase("application/jsonl")]
    [TestCase("application/x-ndjson; charset=utf-8")]
    public async Task JSON_Lines_with_a_bad_line_in_the_middle_give_one_line_per_case_in_order(string mediaType)
    {
        using var client = Client();

        using var response = await client.PostAsync("/classify", Body($"{Good1}\r\n{Bad}\n\n{Good2}\nnot json\n", mediaType));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Should().HaveCount(4, "four cases in (the blank line is not a case), four lines out");
        lines[0].GetProperty("caseId").GetString().Should().Be("g1");
        lines[0].GetProperty("transnational").GetString().Should().Be("met");
        lines[1].GetProperty("caseId").GetString().Should().Be("b1");
        lines[1].GetProperty("source").GetString().Should().Be("request:2");
        lines[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString())
            .Should().Equal("offences[0].kind", "offences[0].committedIn[0]");
        lines[2].GetProperty("caseId").GetString().Should().Be("g2");
        lines[2].GetProperty("transnational").GetString().Should().Be("notMet");
        lines[3].GetProperty("caseId").ValueKind.Should().Be(JsonValueKind.Null);
        lines[3].GetProperty("source").GetString().Should().Be("request:5");
        lines[3].GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("invalidJson");
    }

    [Test]
    public async Task Every_sample_case_as_JSON_Lines_gives_what_the_library_gives()
    {
        var cases = Directory.GetFiles(Samples.CasesFolder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => CaseJson.Read(File.ReadAllBytes(f)).Case!)
            .ToList();
        cases.Should().NotBeEmpty().And.NotContainNulls();
        var classifier = new CaseClassifier();
        using var client = Client();

        using var response = await client.PostAsync("/classify",
            Body(string.Join('\n', cases.Select(c => CaseJson.Write(c))), "application/x-ndjson"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal(cases.Select(c => CaseJson.WriteClassification(classifier.ClassifyOrThrow(c))));
    }

    [Test]
    public async Task An_empty_JSON_Lines_body_gives_no_lines()
    {
        using var client = Client();

        using var response = await client.PostAsync("/classify", Body("", "application/x-ndjson"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [TestCase("text/plain")]
    [TestCase("application/json; charset=utf-16")]
    [TestCase(null)]
    public async Task Other_media_types_give_415_saying_what_to_send(string? mediaType)
    {
        using var client = Client();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Good1));
        content.Headers.ContentType = mediaType is null ? null : MediaTypeHeaderValue.Parse(mediaType);

        using var response = await client.PostAsync("/classify", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("application/x-ndjson");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_body_over_the_limit_gives_413(bool withContentLength)
    {
        using var client = Client();
        var bytes = new byte[RequestLimits.DefaultMaxBodyBytes + 1];
        Array.Fill(bytes, (byte)' ');
        HttpContent content = withContentLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-ndjson");

        using var response = await client.PostAsync("/classify", content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be(413);
        problem.GetProperty("detail").GetString().Should().Contain("40960000 bytes (39.06 MiB, decompressed)");
    }

    [Test]
    public async Task A_body_of_exactly_the_limit_is_read()
    {
        using var client = Client();
        var line = Encoding.UTF8.GetBytes(Good1 + "\n");
        var bytes = new byte[RequestLimits.DefaultMaxBodyBytes];
        Array.Fill(bytes, (byte)' ');
        line.CopyTo(bytes, 0);

        using var response = await client.PostAsync("/classify", Body(bytes, "application/x-ndjson"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    [Test]
    public async Task The_root_says_what_the_service_is()
    {
        using var client = Client();

        using var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("name").GetString().Should().Contain("TransnationalRules");
        json.GetProperty("ruleSet").GetProperty("id").GetString().Should().Be("default");
        json.GetProperty("endpoints").EnumerateArray().Select(e => e.GetString()).Should().Contain(e => e!.StartsWith("POST /classify", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_OpenAPI_document_describes_classify()
    {
        using var client = Client();

        using var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        document.GetProperty("openapi").GetString().Should().StartWith("3.");
        var classify = document.GetProperty("paths").GetProperty("/classify").GetProperty("post");
        classify.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("application/json", "application/x-ndjson");
        classify.GetProperty("responses").EnumerateObject().Select(p => p.Name).Should().Contain(["200", "400", "413", "415"]);
        document.GetProperty("paths").EnumerateObject().Select(p => p.Name)
            .Should().Contain(["/", "/schemas/case.schema.json", "/schemas/classification.schema.json"]);
    }

    [Test]
    public async Task The_OpenAPI_document_describes_abroad_stage_and_cooperation()
    {
        using var client = Client();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var classify = document.GetProperty("paths").GetProperty("/classify").GetProperty("post");
        var request = Resolve(document, classify.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema")).GetProperty("properties");
        request.GetProperty("stage").GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).Should().Equal("pretrial", "trial");
        var entry = request.GetProperty("abroad").GetProperty("items");
        entry.GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("state");
        entry.GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Should().BeEquivalentTo("state", "suspects", "victims", "witnesses", "proceeds", "evidence", "proceedings", "dualCriminality");
        var classification = Resolve(document, classify.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf")[0]);
        var cooperation = classification.GetProperty("properties").GetProperty("cooperation");
        cooperation.GetProperty("type").GetString().Should().Be("array");
        cooperation.GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().Contain(["state", "routes"]);
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    [Test]
    public async Task A_case_with_abroad_entries_gives_its_cooperation_routes()
    {
        using var client = Client();
        var drugLabs = Samples.DrugLabs;

        using var response = await client.PostAsync("/classify", Body(drugLabs, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var poland = json.GetProperty("cooperation").EnumerateArray().Should().ContainSingle().Subject;
        poland.GetProperty("state").GetString().Should().Be("PL");
        poland.GetProperty("routes").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal("untoc.art27", "untoc.art18", "untoc.art16", "untoc.art13", "untoc.art19",
                "interpol.ncb", "europol", "eurojust", "coe.mla1959", "coe.extradition1957", "coe.jit2001");
        // The Convention applies to the drug production, and the labs' equipment is in Poland: confiscation is open;
        // extradition waits on a suspect there and dual criminality.
        var routes = poland.GetProperty("routes").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        routes["untoc.art13"].GetProperty("outcome").GetString().Should().Be("met");
        routes["untoc.art13"].GetProperty("evidence").EnumerateArray().Select(e => e.GetString()).Should().Contain("abroad[0].proceeds");
        routes["untoc.art18"].GetProperty("reason").GetProperty("en").GetString().Should().Contain("Office of the Prosecutor General");
        routes["untoc.art16"].GetProperty("outcome").GetString().Should().Be("unknown");
        routes["untoc.art16"].GetProperty("missingFacts").EnumerateArray().Select(e => e.GetString()).Should().Equal("abroad[0].suspects", "abroad[0].dualCriminality");
    }

    [Test]
    public async Task The_schemas_are_the_library_s()
    {
        using var client = Client();

        using var response = await client.GetAsync("/schemas/case.schema.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/schema+json");
        (await response.Content.ReadAsStringAsync()).Should().Be(CaseJson.CaseSchema);
        (await client.GetStringAsync("/schemas/classification.schema.json")).Should().Be(CaseJson.ClassificationSchema);
    }

    [Test]
    public async Task An_unknown_path_gives_404_problem_details()
    {
        using var client = Client();

        using var response = await client.GetAsync("/nowhere");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    /// <summary>A stream whose length is not known, so the request is sent chunked with no Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
