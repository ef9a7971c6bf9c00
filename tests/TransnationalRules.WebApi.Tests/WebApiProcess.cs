using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TransnationalRules.WebApi.Tests;

/// <summary>The built Web API sample in its own process on Kestrel, at 127.0.0.1 on a free port, as deployed.</summary>
internal sealed partial class WebApiProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> log = new();

    private WebApiProcess(Process process) => this.process = process;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the server wrote, for a failure message.</summary>
    public string Log => string.Join('\n', log);

    public static async Task<WebApiProcess> StartAsync()
    {
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var bin = Path.Combine(Samples.RepositoryRoot, "samples", "TransnationalRules.WebApi", "bin", framework.Parent!.Name, framework.Name);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = bin, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(bin, "TransnationalRules.WebApi.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var server = new WebApiProcess(new Process { StartInfo = start });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The server stopped before listening:\n" + server.Log));
                return;
            }

            server.log.Enqueue(e.Data);
            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        server.process.ErrorDataReceived += (_, e) => server.log.Enqueue(e.Data ?? "");
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            server.BaseAddress = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
