using System.CommandLine;

namespace TransnationalRules.Cli;

/// <summary>
/// Tokens that look like options but are none: System.CommandLine hands them to PATH (any word may be a path), so they
/// are caught here and named as what they are, with the nearest known option. A file whose name starts with <c>-</c>
/// is still reachable as <c>./-name</c> or after <c>--</c>; <c>-</c> alone is standard input.
/// </summary>
internal static class UnknownOptions
{
    private static readonly string[] Always = ["--help", "-h", "-?", "--version"];

    public static List<string> Find(string[] args, string[]? paths, IEnumerable<Option> options)
    {
        var known = options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(Always).ToList();
        var end = Array.IndexOf(args, "--");
        var beforeEnd = end < 0 ? args : args[..end];
        return [.. (paths ?? [])
            .Where(p => p.Length > 1 && p[0] == '-' && beforeEnd.Contains(p))
            .Distinct(StringComparer.Ordinal)
            .Select(p => Nearest(p, known) is { } near
                ? $"Unknown option {p}; did you mean {near}? (A file named so: ./{p})"
                : $"Unknown option {p}. (A file named so: ./{p})")];
    }

    private static string? Nearest(string token, List<string> known)
    {
        var name = token.Split('=')[0];
        var best = known.Where(k => k.StartsWith("--", StringComparison.Ordinal)).MinBy(k => Distance(name, k));
        return best is not null && Distance(name, best) <= 2 ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
