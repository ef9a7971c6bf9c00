using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TransnationalRules.WebApi.Tests;

/// <summary>
/// The published contracts pass the checks a TypeScript or Python team would run: every schema under
/// src/TransnationalRules/Schemas compiles in Ajv's strict mode (draft 2020-12, ajv-formats), and the served OpenAPI
/// document (which embeds those schemas as components) has no error under Redocly's recommended rules or Spectral's
/// spectral:oas. The pinned tools are installed with npm into a folder outside the repository (TR_LINT_TOOLS, or one in
/// the temporary folder, reused between runs). Without npm the tests are skipped with a message, except under CI=true,
/// where they fail. Warnings are printed, not failed: those left are listed in README ("What CI runs").
/// </summary>
[NonParallelizable]
public partial class LinterTests
{
    private static readonly string[] Packages = ["@redocly/cli@2.77.0", "@stoplight/spectral-cli@6.16.3", "ajv-cli@5.0.0", "ajv-formats@3.0.1"];
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(2);

    private string tools = "";
    private string work = "";

    [OneTimeSetUp]
    public async Task InstallToolsAndDumpDocuments()
    {
        if (FindOnPath("npm") is null)
        {
            const string Message = "npm is not on PATH: Ajv, Redocly and Spectral cannot be installed, so the published contracts are not linted.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Message + " CI=true: install Node.js (npm) on the runner.");
            }

            Assert.Ignore(Message);
        }

        tools = Environment.GetEnvironmentVariable("TR_LINT_TOOLS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "transnationalrules-linters-" + string.Join("-", Packages.Select(p => p.Split('@')[^1])));
        Directory.CreateDirectory(tools);
        if (!Packages.All(p => Directory.Exists(Path.Combine(tools, "node_modules", p[..p.LastIndexOf('@')]))))
        {
            var (exit, output) = Run("npm", tools, InstallTimeout, ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", tools, .. Packages]);
            exit.Should().Be(0, $"npm install of the pinned linters:\n{output}");
        }

        work = Path.Combine(Path.GetTempPath(), "tr-lint-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        using (var factory = new WebApplicationFactory<Program>())
        using (var client = factory.CreateClient())
        {
            await File.WriteAllTextAsync(Path.Combine(work, "openapi.json"), await client.GetStringAsync("/openapi/v1.json"));
        }

        foreach (var schema in Directory.GetFiles(SchemaFolder, "*.schema.json"))
        {
            File.Copy(schema, Path.Combine(work, Path.GetFileName(schema)));
        }

        await File.WriteAllTextAsync(Path.Combine(work, ".spectral.json"), """{ "extends": ["spectral:oas"] }""");
    }

    [OneTimeTearDown]
    public void RemoveDocuments()
    {
        if (work.Length > 0 && Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string SchemaFolder => Path.Combine(Samples.RepositoryRoot, "src", "TransnationalRules", "Schemas");

    public static IEnumerable<TestCaseData> PublishedSchemas() =>
        Directory.GetFiles(Path.Combine(Samples.RepositoryRoot, "src", "TransnationalRules", "Schemas"), "*.schema.json")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetArgDisplayNames(Path.GetFileName(f)));

    [TestCaseSource(nameof(PublishedSchemas))]
    public void Every_published_schema_compiles_in_Ajv_strict_mode(string file)
    {
        var (exit, output) = Tool("ajv", ["compile", "--spec=draft2020", "--strict=true", "-c", "ajv-formats", "-s", file]);

        exit.Should().Be(0, output);
        output.Should().Contain("is valid");
    }

    [Test]
    public void Redocly_finds_no_error_in_the_served_OpenAPI_document()
    {
        var (exit, output) = Tool("redocly", ["lint", "openapi.json"]);
        TestContext.Out.WriteLine(output);

        exit.Should().Be(0, output);
        output.Should().NotContain("Error was generated");
    }

    [Test]
    public void Spectral_finds_no_error_in_the_served_OpenAPI_document()
    {
        var (exit, output) = Tool("spectral", ["lint", "--ruleset", ".spectral.json", "--fail-severity", "error", "openapi.json"]);
        TestContext.Out.WriteLine(output);

        exit.Should().Be(0, output);
        SpectralErrors().IsMatch(output).Should().BeFalse(output);
    }

    private (int ExitCode, string Output) Tool(string name, string[] args) =>
        Run(Path.Combine(tools, "node_modules", ".bin", name), work, LintTimeout, args);

    private static (int ExitCode, string Output) Run(string file, string directory, TimeSpan timeout, string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // No telemetry, no update checks: the tools run offline once installed.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} took longer than {timeout}.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^\s*\d+:\d+\s+error\s", RegexOptions.Multiline)]
    private static partial Regex SpectralErrors();
}
