using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TransnationalRules.WebApi.Tests;

/// <summary>The service in process: the HTTP contract of POST /interview/next and /interview/answer, and the page at GET /.</summary>
[Parallelizable(ParallelScope.All)]
public class InterviewTests
{
    private const string Start = """{"case":{"caseId":"2024-ua-pl-drug-labs","offences":[{"id":"drug-production","kind":"drugTrafficking"}]},"goal":"conventionApplies"}""";

    private static WebApplicationFactory<Program> factory = null!;

    [OneTimeSetUp]
    public static void StartFactory() => factory = new WebApplicationFactory<Program>();

    [OneTimeTearDown]
    public static void Stop() => factory.Dispose();

    private static async Task<(HttpStatusCode Status, JsonNode Body)> Post(string path, string json, string mediaType = "application/json")
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await client.PostAsync(path, content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Test]
    public async Task A_browser_gets_the_page_and_its_script_runs_only_by_its_nonce()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "'nonce-([^']+)'").Groups[1].Value;
        nonce.Should().NotBeEmpty();
        html.Should().Contain($"<script nonce=\"{nonce}\">").And.NotContain("{{nonce}}");
        policy.Should().Contain("default-src 'none'").And.Contain("connect-src 'self'");
        html.Should().NotContainAny("http://", "https://", "src=\"//");   // no external resource
        foreach (var kind in Enum.GetValues<TransnationalRules.Model.OffenceKind>())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
            html.Should().Contain($"['{name}', ", "the page offers every offence kind");
        }
    }

    [Test]
    public async Task The_first_step_asks_a_question_and_carries_the_case_and_the_report()
    {
        var (status, step) = await Post("/interview/next", Start);

        status.Should().Be(HttpStatusCode.OK);
        step["goal"]!.GetValue<string>().Should().Be("conventionApplies");
        step["decided"]!.GetValue<bool>().Should().BeFalse();
        step["outcomes"]!["conventionApplies"]!.GetValue<string>().Should().Be("unknown");
        var question = step["question"]!;
        question["path"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        question["label"]!["en"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        question["label"]!["uk"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        question["kind"]!.GetValue<string>().Should().BeOneOf("yesNo", "number", "wholeNumber", "states", "conduct", "partners", "choice");
        question["hint"]!["uk"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        step["case"]!["caseId"]!.GetValue<string>().Should().Be("2024-ua-pl-drug-labs");
        step["unknown"]!.AsArray().Should().BeEmpty();
        step["report"]!.GetValue<string>().Should().StartWith("<!DOCTYPE html>").And.Contain("2024-ua-pl-drug-labs");
    }

    [Test]
    public async Task An_unknown_answer_is_recorded_and_that_question_is_not_asked_again()
    {
        var (_, first) = await Post("/interview/next", Start);
        var path = first["question"]!["path"]!.GetValue<string>();
        var body = JsonNode.Parse(Start)!.AsObject();
        body["path"] = path;
        body["answer"] = null;

        var (status, second) = await Post("/interview/answer", body.ToJsonString());

        status.Should().Be(HttpStatusCode.OK);
        second["unknown"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal(path);
        second["question"]?["path"]?.GetValue<string>().Should().NotBe(path);
        JsonNode.DeepEquals(second["case"], first["case"]).Should().BeTrue("an unknown answer changes no fact");
    }

    [Test]
    public async Task A_report_in_Ukrainian_when_lang_is_uk()
    {
        var body = JsonNode.Parse(Start)!.AsObject();
        body["lang"] = "uk";

        var (status, step) = await Post("/interview/next", body.ToJsonString());

        status.Should().Be(HttpStatusCode.OK);
        step["report"]!.GetValue<string>().Should().Contain("<html lang=\"uk\"");
    }

    [Test]
    public async Task The_drug_labs_story_answered_over_HTTP_reaches_the_Convention_applies()
    {
        var complete = JsonNode.Parse(Samples.DrugLabs)!.AsObject();
        var body = JsonNode.Parse(Start)!.AsObject();
        var (status, step) = await Post("/interview/next", body.ToJsonString());
        var asked = new List<string>();

        while (status == HttpStatusCode.OK && step["question"] is JsonObject question && asked.Count < 40)
        {
            var path = question["path"]!.GetValue<string>();
            asked.Add(path);
            body["case"] = step["case"]!.DeepClone();
            body["unknown"] = step["unknown"]!.DeepClone();
            body["path"] = path;
            body["answer"] = WireAnswer(question, complete);
            (status, step) = await Post("/interview/answer", body.ToJsonString());
        }

        status.Should().Be(HttpStatusCode.OK, step.ToJsonString());
        asked.Should().OnlyHaveUniqueItems("a question answered is not asked again");
        step["question"].Should().BeNull();
        step["decided"]!.GetValue<bool>().Should().BeTrue();
        step["outcomes"]!["conventionApplies"]!.GetValue<string>().Should().Be("met");
        step["outcomes"]!["transnational"]!.GetValue<string>().Should().Be("met");
        var classified = JsonNode.Parse(await Classify(step["case"]!.ToJsonString()))!;
        classified["conventionApplies"]!.GetValue<string>().Should().Be("met", "the case the interview built classifies as the interview said");
    }

    private static async Task<string> Classify(string json)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/classify", content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The answer the complete case gives to a question, in the wire form of POST /interview/answer (null: unknown).</summary>
    private static JsonNode? WireAnswer(JsonObject question, JsonObject complete)
    {
        var path = question["path"]!.GetValue<string>();
        var value = Samples.At(complete, path);
        if (value is null)
        {
            return Samples.At(complete, path + "AtLeast") is { } bound && question["takesLowerBound"]!.GetValue<bool>() ? new JsonObject { ["atLeast"] = bound.DeepClone() } : null;
        }

        return question["kind"]!.GetValue<string>() switch
        {
            "states" => new JsonObject { ["states"] = value.DeepClone(), ["others"] = Samples.At(complete, path + "Others")?.DeepClone() ?? "none" },
            "conduct" or "partners" => new JsonObject
            {
                ["text"] = value.AsArray().Count == 0 ? "-" : string.Join(" ", value.AsArray().Select(e => e!["aspect"] is { } aspect ? $"{e["state"]}:{aspect}"
                    : e["partner"]!.GetValue<string>() == "state" ? e["state"]!.GetValue<string>() : e["partner"]!.GetValue<string>())),
            },
            _ => value.DeepClone(),
        };
    }


    [TestCase("""{"goal":"conventionApplies"}""", "case", "required")]
    [TestCase("""{"case":{"caseId":"x","offences":[{"id":"o","kind":"fraud"}]},"goal":"everything"}""", "goal", "unknownValue")]
    [TestCase("""{"case":{"caseId":"x","offences":[{"id":"o","kind":"fraud"}]},"unknown":"all"}""", "unknown", "wrongType")]
    [TestCase("""{"case":{"caseId":"x","offences":[{"id":"o","kind":"arson"}]}}""", "case.offences[0].kind", "unknownValue")]
    [TestCase("""[1, 2]""", "", "invalidJson")]
    [TestCase("""{"case": """, "", "invalidJson")]
    public async Task A_bad_request_gives_400_naming_the_field(string json, string path, string code)
    {
        var (status, problem) = await Post("/interview/next", json);

        status.Should().Be(HttpStatusCode.BadRequest);
        problem["status"]!.GetValue<int>().Should().Be(400);
        problem["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["code"]!.GetValue<string>())).Should().Contain((path, code));
    }

    [Test]
    public async Task An_answer_without_a_path_gives_400_and_a_body_that_is_not_JSON_415()
    {
        var (status, problem) = await Post("/interview/answer", Start);
        var (textStatus, _) = await Post("/interview/next", Start, "text/plain");

        status.Should().Be(HttpStatusCode.BadRequest);
        problem["errors"]![0]!["path"]!.GetValue<string>().Should().Be("path");
        textStatus.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task The_OpenAPI_document_describes_the_interview_with_schemas_and_examples()
    {
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]!["schemas"]!;

        foreach (var (path, body) in new[] { ("/interview/next", "InterviewRequest"), ("/interview/answer", "InterviewAnswerRequest") })
        {
            var operation = document["paths"]![path]!["post"]!;
            operation["tags"]![0]!.GetValue<string>().Should().Be("Interview");
            var media = operation["requestBody"]!["content"]!["application/json"]!;
            media["schema"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/" + body);
            var example = media["example"]!.AsObject();
            foreach (var required in schemas[body]!["required"]!.AsArray())
            {
                example.ContainsKey(required!.GetValue<string>()).Should().BeTrue($"the example of {path} has {required}");
            }

            operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/InterviewStep");
        }

        schemas["InterviewQuestion"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>()).Should().Equal("yesNo", "number", "wholeNumber", "states", "conduct", "partners", "choice");
        document["paths"]!["/"]!["get"]!["responses"]!["200"]!["content"]!.AsObject().Select(m => m.Key).Should().Contain("text/html");
    }
}
