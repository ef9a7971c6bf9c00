using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TransnationalRules.WebApi.Tests;

/// <summary>
/// The service as deployed: its own process on Kestrel, bound where <c>--urls</c> says (127.0.0.1, a free port), with
/// Kestrel's own request size limit in force.
/// </summary>
[NonParallelizable]
public partial class KestrelTests
{
    private Process? server;
    private Uri baseAddress = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var bin = Path.Combine(Samples.RepositoryRoot, "samples", "TransnationalRules.WebApi", "bin", framework.Parent!.Name, framework.Name);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(bin, "TransnationalRules.WebApi.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        server = new Process { StartInfo = start };
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The server stopped before listening:\n" + string.Join('\n', log)));
                return;
            }

            log.Enqueue(e.Data);
            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        server.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();

        baseAddress = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        if (server is null)
        {
            return;
        }

        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(10_000);
        }

        server.Dispose();
    }

    [Test]
    public void It_listens_where_urls_says()
    {
        baseAddress.Host.Should().Be("127.0.0.1");
        baseAddress.Port.Should().BePositive();
    }

    [Test]
    public async Task A_case_is_classified_over_real_HTTP()
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        using var content = new ByteArrayContent(Samples.DrugLabs);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync("/classify", content);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("transnational").GetString().Should().Be("met");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_chunked_body_over_the_limit_gives_413_on_Kestrel()
    {
        using var client = new HttpClient { BaseAddress = baseAddress };
        var bytes = new byte[RequestLimits.DefaultMaxBodyBytes + 1024 * 1024];
        Array.Fill(bytes, (byte)' ');
        using var content = new StreamContent(new NonSeekableStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");

        using var response = await client.PostAsync("/classify", content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
