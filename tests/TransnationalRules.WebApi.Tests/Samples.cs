namespace TransnationalRules.WebApi.Tests;

internal static class Samples
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CasesFolder => Path.Combine(RepositoryRoot, "samples", "cases");

    public static byte[] DrugLabs => File.ReadAllBytes(Path.Combine(CasesFolder, "2024-ua-pl-drug-labs.json"));

    /// <summary>The value at a fact path (<c>offences[0].committedIn</c>) of a case, or null where it holds nothing.</summary>
    public static System.Text.Json.Nodes.JsonNode? At(System.Text.Json.Nodes.JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = part[0] == '['
                ? node is System.Text.Json.Nodes.JsonArray a && int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture) is var i && i < a.Count ? a[i] : null
                : node is System.Text.Json.Nodes.JsonObject o ? o[part] : null;
        }

        return node;
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
