using System.Diagnostics;
using System.Text.RegularExpressions;

namespace TransnationalRules.WebApi.Tests;

/// <summary>
/// The OpenAPI document is a contract a generator nobody here wrote can use: Microsoft Kiota (a .NET local tool,
/// restored from the NuGet source this machine uses) generates a C# client from the document the running service
/// serves, the client is built, and it calls the service: <c>transnational</c> is a typed enum, <c>errors</c> a typed
/// list, at both detail levels, and the discriminator on <c>detail</c> fills exactly the shape the body is.
/// </summary>
[NonParallelizable]
public partial class KiotaClientTests
{
    private const string KiotaVersion = "1.38.0";
    private const string KiotaPackagesVersion = "2.1.6";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(4);

    private Process? server;
    private Uri baseAddress = null!;
    private string dir = "";

    [OneTimeSetUp]
    public async Task StartServer()
    {
        dir = Path.Combine(Path.GetTempPath(), "tr-kiota-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        var bin = Path.Combine(Samples.RepositoryRoot, "samples", "TransnationalRules.WebApi", "bin", framework.Parent!.Name, framework.Name);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = bin, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(bin, "TransnationalRules.WebApi.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        server = new Process { StartInfo = start };
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("The server stopped before listening."));
            }
            else if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        server.ErrorDataReceived += (_, _) => { };
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        baseAddress = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }

        server?.Dispose();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left behind.
        }
    }

    [Test]
    public async Task A_Kiota_client_generated_from_the_served_document_calls_the_service_with_typed_results()
    {
        using (var http = new HttpClient { BaseAddress = baseAddress })
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "openapi.json"), await http.GetStringAsync("/openapi/v1.json"));
        }

        Dotnet("new", "tool-manifest");
        Dotnet("tool", "install", "Microsoft.OpenApi.Kiota", "--version", KiotaVersion);
        var generate = Dotnet("kiota", "generate", "--language", "CSharp", "--openapi", "openapi.json", "--output", "Client",
            "--class-name", "TransnationalClient", "--namespace-name", "Tr.Client", "--exclude-backward-compatible", "--clean-output");
        generate.Should().Contain("Generation completed successfully");

        var packages = string.Concat(new[] { "Abstractions", "Http.HttpClientLibrary", "Serialization.Json", "Serialization.Text", "Serialization.Form", "Serialization.Multipart" }
            .Select(p => $"""<PackageReference Include="Microsoft.Kiota.{p}" Version="{KiotaPackagesVersion}" />"""));
        await File.WriteAllTextAsync(Path.Combine(dir, "Caller.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>{packages}</ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(dir, "Program.cs"), CallerProgram);

        var output = Dotnet("run", "--", baseAddress.ToString().TrimEnd('/'));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("full ", StringComparison.Ordinal) || l.StartsWith("summary ", StringComparison.Ordinal) || l.StartsWith("problem ", StringComparison.Ordinal)).ToArray();
        lines.Should().Equal(
            "full detail=full transnational=Met criteria=21 other=False",
            "summary detail=summary transnational=Met outcomes=21 other=False",
            "problem status=400 errors=caseId:empty");
    }

    /// <summary>The caller: the types it names (Classification_transnational, ClassificationSummary_transnational, List&lt;CaseError&gt;) are the point; it does not compile if they are not generated.</summary>
    private const string CallerProgram = """
        using Microsoft.Kiota.Abstractions.Authentication;
        using Microsoft.Kiota.Http.HttpClientLibrary;
        using Tr.Client;
        using Tr.Client.Classify;
        using Tr.Client.Models;

        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = args[0] };
        var client = new TransnationalClient(adapter);
        Case Fraud(string caseId) => new()
        {
            CaseId = caseId,
            Offences = [new Case_offences { Id = "o", Kind = Case_offences_kind.Fraud, MaximumPenaltyYears = 12, CommittedIn = [StateCode.MD, StateCode.UA] }],
        };

        // 200 is oneOf(Classification, ClassificationSummary) with a discriminator on `detail`: the client fills the one the
        // body says, and the caller reads the level from it, with no guess of its own.
        var full = await client.Classify.PostAsync(Fraud("k1"));
        Classification_transnational? transnational = full!.Classification!.Transnational;
        Console.WriteLine($"full detail={full.Classification.Detail} transnational={transnational} criteria={full.Classification.Criteria!.Count} other={full.ClassificationSummary is not null}");

        var summary = await client.Classify.PostAsync(Fraud("k2"), c => c.QueryParameters.Detail = PostDetailQueryParameterType.Summary);
        ClassificationSummary_transnational? headline = summary!.ClassificationSummary!.Transnational;
        Console.WriteLine($"summary detail={summary.ClassificationSummary.Detail} transnational={headline} outcomes={summary.ClassificationSummary.Outcomes!.AdditionalData.Count} other={summary.Classification is not null}");

        try
        {
            await client.Classify.PostAsync(Fraud(" "));
            Console.WriteLine("problem none");
        }
        catch (ProblemDetails problem)
        {
            List<CaseError> errors = problem.Errors!;
            Console.WriteLine($"problem status={problem.Status} errors={string.Join(",", errors.Select(e => e.Path + ":" + e.Code))}");
        }
        """;

    private string Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} took longer than {StepTimeout}.");
        }

        var output = stdout.Result + stderr.Result;
        process.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', args)}:\n{output}");
        return output;
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
