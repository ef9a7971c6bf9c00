namespace TransnationalRules.WebApi.Tests;

internal static class Samples
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string CasesFolder => Path.Combine(RepositoryRoot, "samples", "cases");

    public static byte[] DrugLabs => File.ReadAllBytes(Path.Combine(CasesFolder, "2024-ua-pl-drug-labs.json"));

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
