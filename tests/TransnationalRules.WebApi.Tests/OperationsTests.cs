using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TransnationalRules.Json;

namespace TransnationalRules.WebApi.Tests;

/// <summary>What running the service costs and shows: batch limits that agree, compressed answers, quiet logs.</summary>
public class OperationsTests
{
    private static WebApplicationFactory<Program> factory = null!;

    [OneTimeSetUp]
    public static void Start() => factory = new WebApplicationFactory<Program>();

    [OneTimeTearDown]
    public static void Stop() => factory.Dispose();

    /// <summary>The largest sample case as one JSON line (four offences, four abroad States): a realistic case at its largest.</summary>
    private static string LargestSampleLine()
    {
        var line = Directory.GetFiles(Samples.CasesFolder, "*.json")
            .Select(f => JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(f)).RootElement))
            .MaxBy(l => Encoding.UTF8.GetByteCount(l))!;
        return line;
    }

    private static ByteArrayContent Lines(string line, int count)
    {
        var builder = new StringBuilder((line.Length + 1) * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(line).Append('\n');
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(builder.ToString()));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return content;
    }

    [Test]
    public async Task A_batch_of_the_case_limit_is_not_stopped_by_the_byte_limit_and_one_more_case_is_refused()
    {
        var line = LargestSampleLine();
        var bytes = (long)(Encoding.UTF8.GetByteCount(line) + 1) * RequestLimits.DefaultMaxJsonLines;
        bytes.Should().BeGreaterThan(16L * 1024 * 1024, "the batch is over the old 16 MiB limit, which stopped it at ~6,000 such cases");
        using var client = factory.CreateClient();

        using var limit = await client.PostAsync("/classify?detail=summary", Lines(line, RequestLimits.DefaultMaxJsonLines));
        using var over = await client.PostAsync("/classify?detail=summary", Lines(line, RequestLimits.DefaultMaxJsonLines + 1));

        limit.StatusCode.Should().Be(HttpStatusCode.OK, $"{RequestLimits.DefaultMaxJsonLines} cases of {Encoding.UTF8.GetByteCount(line)} bytes are within both limits");
        var answers = (await limit.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        answers.Should().HaveCount(RequestLimits.DefaultMaxJsonLines);
        JsonDocument.Parse(answers[^1]).RootElement.GetProperty("detail").GetString().Should().Be("summary");
        over.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var problem = JsonDocument.Parse(await over.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().Should().Be("The request holds too many cases.", "the case limit speaks, not the byte limit");
        problem.GetProperty("detail").GetString().Should().Contain("At most 10000 cases");
    }

    [TestCase(null, 10_000, RequestLimits.DefaultMaxBodyBytes)]
    [TestCase("500", 500, 500L * RequestLimits.BytesPerCase)]
    public void The_byte_limit_follows_the_case_limit(string? maxJsonLines, int cases, long bytes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Classify:MaxJsonLines"] = maxJsonLines }).Build();

        RequestLimits.From(configuration).Should().Be(new RequestLimits(bytes, cases));
    }

    [Test]
    public void A_byte_limit_set_explicitly_wins()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Classify:MaxRequestBodyBytes"] = "1000" }).Build();

        RequestLimits.From(configuration).Should().Be(new RequestLimits(1000, RequestLimits.DefaultMaxJsonLines));
    }

    [TestCase("gzip", "application/json")]
    [TestCase("br", "application/json")]
    [TestCase("br", "application/x-ndjson")]
    public async Task The_answer_is_compressed_when_asked(string encoding, string mediaType)
    {
        using var client = factory.CreateClient();
        // As JSON Lines, the (indented) sample is sent as one line.
        var body = mediaType == "application/json" ? Samples.DrugLabs : JsonSerializer.SerializeToUtf8Bytes(JsonDocument.Parse(Samples.DrugLabs).RootElement);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/classify") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().Equal(encoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var input = new MemoryStream(compressed);
        using Stream decoder = encoding == "gzip" ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        var text = (await reader.ReadToEndAsync()).TrimEnd('\n');
        text.Should().Be(CaseJson.WriteClassification(new CaseClassifier().ClassifyOrThrow(Samples.DrugLabs)));
        compressed.Length.Should().BeLessThan(Encoding.UTF8.GetByteCount(text) / 2);
    }

    [Test]
    public async Task The_answer_is_not_compressed_unless_asked()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Samples.DrugLabs);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/classify", content);

        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString().Should().Be("full");
    }

    [Test]
    public void The_shipped_settings_keep_the_framework_to_warnings_and_are_copied_beside_the_binary()
    {
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var bin = Path.Combine(Samples.RepositoryRoot, "samples", "TransnationalRules.WebApi", "bin", framework.Parent!.Name, framework.Name);

        configuration["Logging:LogLevel:Microsoft.AspNetCore"].Should().Be("Warning");
        configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"].Should().Be("Information", "'Now listening on' stays");
        File.Exists(Path.Combine(bin, "appsettings.json")).Should().BeTrue("dotnet TransnationalRules.WebApi.dll reads it from its folder");
        var logging = factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        logging.IsEnabled(LogLevel.Information).Should().BeFalse("no 'Request starting' / 'Request finished' lines per request");
        logging.IsEnabled(LogLevel.Warning).Should().BeTrue();
    }

    [TestCase(typeof(OperationCanceledException))]
    [TestCase(typeof(IOException))]
    public async Task A_client_that_goes_away_is_one_debug_line_and_499_not_a_failure(Type exception)
    {
        var logger = new ListLogger();
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        var middleware = new ClientDisconnects(_ =>
        {
            aborted.Cancel();
            throw (Exception)Activator.CreateInstance(exception)!;
        }, logger);

        await middleware.InvokeAsync(context);

        context.Response.StatusCode.Should().Be(StatusCodes.Status499ClientClosedRequest);
        logger.Entries.Should().ContainSingle().Which.Level.Should().Be(LogLevel.Debug);
        logger.Entries[0].Exception.Should().BeNull("no stack trace for a client that left");
    }

    [Test]
    public async Task A_cancellation_while_the_client_is_still_there_is_a_failure()
    {
        var logger = new ListLogger();
        var context = new DefaultHttpContext();
        var middleware = new ClientDisconnects(_ => throw new OperationCanceledException(), logger);

        await FluentActions.Awaiting(() => middleware.InvokeAsync(context)).Should().ThrowAsync<OperationCanceledException>("the exception handler logs it as the failure it is");
        logger.Entries.Should().BeEmpty();
    }

    private sealed class ListLogger : ILogger<ClientDisconnects>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
