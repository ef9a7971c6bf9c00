namespace TransnationalRules.DependencyInjection.Tests;

/// <summary>The sample case the tests classify: transnational (committed in Ukraine and Poland), a drugs case.</summary>
internal static class Sample
{
    public static byte[] DrugLabs { get; } =
        File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "2024-ua-pl-drug-labs.json"));
}
