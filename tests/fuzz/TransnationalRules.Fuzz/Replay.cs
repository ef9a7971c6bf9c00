namespace TransnationalRules.Fuzz;

/// <summary>Runs the fuzz target on files, outside the fuzzer: one line per file, and the stack trace of any failure.</summary>
internal static class Replay
{
    public static int Run(IEnumerable<string> paths, TextWriter output)
    {
        var failed = 0;
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [p]);
        foreach (var file in files)
        {
            try
            {
                FuzzTarget.Run(File.ReadAllBytes(file));
                output.WriteLine($"ok      {file}");
            }
#pragma warning disable CA1031 // Triage: any exception is a finding to print, not to handle.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                output.WriteLine($"FAILED  {file}");
                output.WriteLine(e);
            }
        }

        output.WriteLine($"{failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
