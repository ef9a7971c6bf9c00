using System.Diagnostics;
using System.Text;

namespace TransnationalRules.Tests.Cli;

/// <summary>Runs the command-line sample as a separate process, as an analyst or a script would.</summary>
internal static class CliRunner
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The CLI built beside the tests, in the same configuration (bin/&lt;configuration&gt;/net10.0).</summary>
    internal static string CliDll
    {
        get
        {
            var framework = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepositoryRoot, "samples", "TransnationalRules.Cli", "bin", configuration, framework.Name, "transnational-rules.dll");
        }
    }

    public static (int ExitCode, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = RepositoryRoot,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The CLI did not finish in two minutes.");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TransnationalRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("TransnationalRules.sln not found above the test directory.");
    }
}
