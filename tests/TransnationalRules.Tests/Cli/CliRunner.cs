using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TransnationalRules.Tests.Cli;

/// <summary>
/// Runs the command-line sample as a separate process, as an analyst or a script would: either collecting its output
/// (<see cref="Run"/>) or streaming it line by line (<see cref="Stream"/>, for output of gigabytes). Either way the
/// process's peak resident memory is sampled, and a CLI that outlives its timeout, with or without output, is killed
/// with its process tree.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

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

    /// <summary>Runs the CLI with <paramref name="stdin"/> as its standard input and returns all of its output.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        var stdout = "";
        var (exit, _, stderr) = Execute(stdin, reader => stdout = reader.ReadToEnd(), DefaultTimeout, args);
        return (exit, stdout, stderr);
    }

    /// <summary>
    /// Runs the CLI with an empty standard input, handing each line of its standard output to <paramref name="onLine"/>
    /// as it comes, and returns its exit code, its peak resident memory (VmHWM of /proc/PID/status; null where there is
    /// no /proc) and its standard error.
    /// </summary>
    public static (int ExitCode, long? PeakBytes, string Stderr) Stream(Action<string> onLine, TimeSpan timeout, params string[] args) =>
        Execute("", reader =>
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                onLine(line);
            }
        }, timeout, args);

    public static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (int ExitCode, long? PeakBytes, string Stderr) Execute(string stdin, Action<StreamReader> readStdout, TimeSpan timeout, string[] args)
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
        var stderr = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            try
            {
                process.StandardInput.Write(stdin);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The CLI stopped reading (it exited or was killed); its exit code and output tell the rest.
            }
        });

        long? peak = null;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                if (PeakResidentBytes(process.Id) is long now)
                {
                    peak = Math.Max(peak ?? 0, now);
                }

                await Task.Delay(20).ConfigureAwait(false);
            }
        });

        // A CLI that hangs, with or without output, is killed with its process tree, which ends the read.
        var killed = false;
        using var killer = new Timer(_ =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
                Volatile.Write(ref killed, true);
            }
            catch (InvalidOperationException)
            {
                // It has just exited.
            }
        }, null, timeout, Timeout.InfiniteTimeSpan);

        readStdout(process.StandardOutput);
        process.WaitForExit();
        killer.Change(Timeout.Infinite, Timeout.Infinite);
        sampling.Cancel();
        sampler.Wait();
        writer.Wait();
        return Volatile.Read(ref killed)
            ? throw new TimeoutException($"The CLI did not finish in {timeout}.")
            : (process.ExitCode, peak, stderr.Result);
    }

    /// <summary>The peak resident set of a running process (VmHWM), or null when it has exited or there is no /proc.</summary>
    private static long? PeakResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

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
