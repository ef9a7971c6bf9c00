using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi.Tests;

/// <summary>What systems that call the service rely on: the summary level, compressed bodies, and the limits on them.</summary>
[Parallelizable(ParallelScope.All)]
public class SystemsTests
{
    private const string Good1 = """{"caseId":"g1","offences":[{"id":"o","kind":"fraud","maximumPenaltyYears":12,"committedIn":["MD","UA"]}]}""";
    private const string Bad = """{"caseId":"b1","offences":[{"id":"o","kind":"arson","committedIn":["ua"]}]}""";

    private static WebApplicationFactory<Program> factory = null!;

    [OneTimeSetUp]
    public static void Start() => factory = new WebApplicationFactory<Program>();

    [OneTimeTearDown]
    public static void Stop() => factory.Dispose();

    private static ByteArrayContent Body(byte[] bytes, string mediaType, string? encoding = null)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        foreach (var coding in encoding?.Split(", ") ?? [])
        {
            content.Headers.ContentEncoding.Add(coding);
        }

        return content;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest))
        {
            brotli.Write(bytes);
        }

        return output.ToArray();
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        return problem;
    }

    [Test]
    public async Task Summary_detail_answers_outcomes_only_as_the_library_writes_them()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/classify?detail=summary", Body(Samples.DrugLabs, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        text.Should().Be(CaseJson.WriteClassification(new CaseClassifier().ClassifyOrThrow(Samples.DrugLabs), ClassificationDetail.Summary));
        Encoding.UTF8.GetByteCount(text).Should().BeLessThan(2048, "a summary line of a typical case is under 2 KB");
        JsonDocument.Parse(text).RootElement.GetProperty("outcomes").GetProperty("untoc.art3.2").GetString().Should().Be("met");
    }

    [Test]
    public async Task Summary_detail_applies_to_JSON_lines_and_errors_stay_whole()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/classify?detail=summary", Body(Encoding.UTF8.GetBytes($"{Good1}\n{Bad}\n"), "application/x-ndjson"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        JsonDocument.Parse(lines[0]).RootElement.TryGetProperty("criteria", out _).Should().BeFalse();
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("errors").GetArrayLength().Should().BePositive();
    }

    [Test]
    public async Task An_unknown_detail_level_gives_400_naming_the_parameter()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/classify?detail=verbose", Body(Encoding.UTF8.GetBytes(Good1), "application/json"));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors")[0].GetProperty("path").GetString().Should().Be("?detail");
    }

    [TestCase("gzip")]
    [TestCase("br")]
    public async Task A_compressed_body_is_decompressed(string encoding)
    {
        using var client = factory.CreateClient();
        var plain = Encoding.UTF8.GetBytes(Good1);
        var lines = Encoding.UTF8.GetBytes($"{Good1}\n{Good1}\n");

        using var one = await client.PostAsync("/classify", Body(encoding == "gzip" ? Gzip(plain) : Brotli(plain), "application/json", encoding));
        using var many = await client.PostAsync("/classify", Body(encoding == "gzip" ? Gzip(lines) : Brotli(lines), "application/x-ndjson", encoding));

        one.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement.GetProperty("transnational").GetString().Should().Be("met");
        many.StatusCode.Should().Be(HttpStatusCode.OK);
        (await many.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("transnational").GetString()).Should().Equal("met", "met");
    }

    [TestCase("gzip")]
    [TestCase("br")]
    public async Task A_body_that_is_not_what_its_encoding_says_gives_400_not_200(string encoding)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/classify", Body(Encoding.UTF8.GetBytes($"{Good1}\n"), "application/x-ndjson", encoding));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors")[0].GetProperty("code").GetString().Should().Be("invalidJson", "a code of the library's stable set");
    }

    [TestCase("deflate")]
    [TestCase("compress")]
    [TestCase("gzip, br")]
    public async Task Other_encodings_give_415(string encoding)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/classify", Body(Encoding.UTF8.GetBytes(Good1), "application/json", encoding));

        var problem = await Problem(response, HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString().Should().Contain("gzip");
    }

    [Test]
    public async Task A_zip_bomb_gives_413_without_expanding_in_memory()
    {
        // 512 MiB of spaces: about 2 MiB gzipped, 13 times the 39.06 MiB limit once decompressed.
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 512; i++)
            {
                gzip.Write(spaces);
            }
        }

        using var client = factory.CreateClient();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        using var response = await client.PostAsync("/classify", Body(compressed.ToArray(), "application/json", "gzip"));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        var problem = await Problem(response, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString().Should().Contain("39.06 MiB");
        allocated.Should().BeLessThan(256L * 1024 * 1024, "reading stops at the 39.06 MiB limit; the 512 MiB are never held");
    }

    [Test]
    public async Task More_JSON_lines_than_the_configured_maximum_give_413_and_the_maximum_itself_is_answered()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Classify:MaxJsonLines", "3"));
        using var client = limited.CreateClient();

        using var three = await client.PostAsync("/classify", Body(Encoding.UTF8.GetBytes($"{Good1}\n\n{Good1}\n{Bad}\n"), "application/x-ndjson"));
        using var four = await client.PostAsync("/classify", Body(Encoding.UTF8.GetBytes($"{Good1}\n{Good1}\n{Good1}\n{Good1}"), "application/x-ndjson"));

        three.StatusCode.Should().Be(HttpStatusCode.OK, "blank lines are not cases");
        (await three.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
        var problem = await Problem(four, HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString().Should().Contain("At most 3 cases");
    }

    /// <summary>
    /// The rules of Redocly's recommended set and Spectral's spectral:oas that matter most, checked on the served document
    /// directly (the linters themselves run in LinterTests when npm is present).
    /// </summary>
    [Test]
    public async Task The_OpenAPI_document_is_typed_with_the_library_s_schemas_and_passes_the_lint_rules_checkable_here()
    {
        using var client = factory.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var declaredTags = document.GetProperty("tags").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("description").GetString());
        declaredTags.Values.Should().OnlyContain(d => !string.IsNullOrWhiteSpace(d), "every tag has a description");
        var operationIds = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var op = operation.Value;
                var name = $"{operation.Name} {path.Name}";
                operationIds.Add(op.GetProperty("operationId").GetString()!);
                op.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().OnlyContain(t => declaredTags.ContainsKey(t!), name);
                foreach (var response in op.GetProperty("responses").EnumerateObject())
                {
                    response.Value.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace(name);
                    response.Value.TryGetProperty("content", out var content).Should().BeTrue($"{name} {response.Name} declares its content");
                    content.EnumerateObject().Should().NotBeEmpty();
                    content.EnumerateObject().Where(m => !m.Value.TryGetProperty("schema", out var _)).Should().BeEmpty(name);
                }
            }
        }

        operationIds.Should().OnlyHaveUniqueItems().And.HaveCount(7);
        schemas.GetProperty("ProblemDetails").GetProperty("properties").GetProperty("status").GetProperty("type").GetString().Should().Be("integer");
        var problemProperties = schemas.GetProperty("ProblemDetails").GetProperty("properties");
        problemProperties.GetProperty("errors").GetProperty("items").GetProperty("$ref").GetString().Should().Be("#/components/schemas/CaseError");
        problemProperties.TryGetProperty("caseId", out _).Should().BeTrue();
        schemas.GetProperty("CaseError").GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Equal("path", "code", "message");

        // Bodies refer to components, and the components are the library's generated schemas.
        var classify = document.GetProperty("paths").GetProperty("/classify").GetProperty("post");
        foreach (var media in classify.GetProperty("requestBody").GetProperty("content").EnumerateObject())
        {
            media.Value.GetProperty("schema").GetProperty("$ref").GetString().Should().Be("#/components/schemas/Case", media.Name);
        }

        var ok = classify.GetProperty("responses").GetProperty("200").GetProperty("content");
        var body = ok.GetProperty("application/json").GetProperty("schema");
        body.GetProperty("oneOf").EnumerateArray().Select(s => s.GetProperty("$ref").GetString())
            .Should().Equal("#/components/schemas/Classification", "#/components/schemas/ClassificationSummary");
        body.GetProperty("discriminator").GetProperty("propertyName").GetString().Should().Be("detail");
        body.GetProperty("discriminator").GetProperty("mapping").EnumerateObject().Select(m => (m.Name, m.Value.GetString()))
            .Should().Equal(("full", "#/components/schemas/Classification"), ("summary", "#/components/schemas/ClassificationSummary"));
        foreach (var (shape, level) in new[] { ("Classification", "full"), ("ClassificationSummary", "summary") })
        {
            schemas.GetProperty(shape).GetProperty("properties").GetProperty("detail").GetProperty("const").GetString().Should().Be(level);
            schemas.GetProperty(shape).GetProperty("required").EnumerateArray().Select(e => e.GetString()).Should().Contain("detail");
        }

        ok.GetProperty("application/json").GetProperty("examples").GetProperty("summary").GetProperty("value").GetProperty("detail").GetString().Should().Be("summary");
        document.GetProperty("servers").EnumerateArray().Should().AllSatisfy(s => s.GetProperty("url").GetString().Should().NotEndWith("/"));
        ok.GetProperty("application/x-ndjson").GetProperty("schema").GetProperty("anyOf").EnumerateArray().Select(s => s.GetProperty("$ref").GetString())
            .Should().Contain("#/components/schemas/CaseErrorLine");
        foreach (var status in new[] { "400", "413", "415" })
        {
            classify.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()
                .Should().Be("#/components/schemas/ProblemDetails", status);
        }

        var served = System.Text.Json.Nodes.JsonNode.Parse(CaseJson.CaseSchema)!.AsObject();
        var component = System.Text.Json.Nodes.JsonNode.Parse(schemas.GetProperty("Case").GetRawText())!;
        component["properties"]!.ToJsonString().Should().Be(served["properties"]!.ToJsonString().Replace("#/$defs/stateCode", "#/components/schemas/StateCode", StringComparison.Ordinal),
            "the Case component is the generated schema, its one definition moved to components");
        schemas.GetProperty("StateCode").GetRawText().Should().Contain("\"UA\"");
        var references = System.Text.RegularExpressions.Regex.Matches(document.GetRawText(), "\"\\$ref\": *\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct();
        var unresolved = references.Where(r => !r.StartsWith("#/components/schemas/", StringComparison.Ordinal) || !schemas.TryGetProperty(r["#/components/schemas/".Length..], out var _));
        unresolved.Should().BeEmpty("every reference resolves to a component");
        classify.GetProperty("parameters")[0].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Equal("full", "summary");
    }
}
