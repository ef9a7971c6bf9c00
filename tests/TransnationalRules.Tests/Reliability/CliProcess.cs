using System.Diagnostics;
using System.Globalization;
using System.Text;
using TransnationalRules.Tests.Cli;

namespace TransnationalRules.Tests.Reliability;

/// <summary>
/// Runs the CLI as a process and streams its standard output line by line (it may be gigabytes), sampling the
/// process's peak resident memory (VmHWM of /proc/PID/status; null where there is no /proc).
/// </summary>
internal static class CliProcess
{
    public static (int ExitCode, long? PeakBytes, string Stderr) Run(Action<string> onLine, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = CliRunner.RepositoryRoot,
        };
        start.ArgumentList.Add(CliRunner.CliDll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
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

        // A CLI that hangs, with or without output, is killed, which ends the read loop.
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
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null)
        {
            onLine(line);
        }

        process.WaitForExit();
        killer.Change(Timeout.Infinite, Timeout.Infinite);
        sampling.Cancel();
        sampler.Wait();
        return Volatile.Read(ref killed) ? throw new TimeoutException($"The CLI did not finish in {timeout}.") : (process.ExitCode, peak, stderr.Result);
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
}
