using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TransnationalRules.Package.Tests;

/// <summary>
/// Packs src/ as a release would (<c>dotnet pack -c Release</c>), checks what the packages hold, and builds and runs a
/// consumer project that takes them by PackageReference from the packed folder, restored into a private packages
/// folder so that no package cached by an earlier run is ever used.
/// </summary>
[NonParallelizable]
public class PackageTests
{
    private string work = "";
    private string feed = "";
    private string version = "";

    [OneTimeSetUp]
    public void Pack()
    {
        work = Path.Combine(Path.GetTempPath(), "tr-pkg-" + Guid.NewGuid().ToString("N"));
        feed = Path.Combine(work, "feed");
        Directory.CreateDirectory(work);

        // Its own artifacts folder: the Release build shares no obj/ with the solution's build running beside it.
        var artifacts = Path.Combine(work, "artifacts");
        foreach (var project in new[] { "TransnationalRules", "TransnationalRules.DependencyInjection" })
        {
            var (exit, output) = Dotnet.Run(Dotnet.RepositoryRoot, "pack", Path.Combine("src", project, project + ".csproj"),
                "-c", "Release", "-o", feed, "--artifacts-path", artifacts, "--disable-build-servers");
            exit.Should().Be(0, "dotnet pack {0} failed:\n{1}", project, output);
        }

        var library = Directory.GetFiles(feed, "TransnationalRules.*.nupkg")
            .Select(Path.GetFileName)
            .Select(name => Regex.Match(name!, @"^TransnationalRules\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$"))
            .Single(m => m.Success);
        version = library.Groups[1].Value;
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Test]
    public void The_library_package_holds_the_assembly_its_docs_the_readme_and_the_schemas()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"TransnationalRules.{version}.nupkg"));

        package.Entries.Select(e => e.FullName).Should().Contain(
        [
            "lib/net10.0/TransnationalRules.dll",
            "lib/net10.0/TransnationalRules.xml",
            "PACKAGE.md",
            "schemas/case.schema.json",
            "schemas/classification.schema.json",
        ]);
        var metadata = Nuspec(package);
        metadata.Value("id").Should().Be("TransnationalRules");
        metadata.Value("readme").Should().Be("PACKAGE.md");
        metadata.Child("license").Attribute("type")!.Value.Should().Be("expression");
        metadata.Value("license").Should().Be("MIT");
        metadata.Child("repository").Attribute("type")!.Value.Should().Be("git");
        metadata.Value("tags").Should().Contain("untoc");
        metadata.Value("description").Should().NotBeNullOrWhiteSpace();
        metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value)
            .Should().Equal("FluentValidation");
    }

    [Test]
    public void The_dependency_injection_package_depends_on_the_library_of_the_same_version()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed, $"TransnationalRules.DependencyInjection.{version}.nupkg"));

        package.Entries.Select(e => e.FullName).Should().Contain(
        [
            "lib/net10.0/TransnationalRules.DependencyInjection.dll",
            "lib/net10.0/TransnationalRules.DependencyInjection.xml",
            "PACKAGE.md",
        ]);
        var dependencies = Nuspec(package).Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);
        dependencies.Should().ContainKey("Microsoft.Extensions.DependencyInjection.Abstractions");
        dependencies.Should().Contain("TransnationalRules", version);
    }

    [TestCase("TransnationalRules")]
    [TestCase("TransnationalRules.DependencyInjection")]
    public void Each_package_has_a_symbols_package_with_its_pdb(string id)
    {
        using var symbols = ZipFile.OpenRead(Path.Combine(feed, $"{id}.{version}.snupkg"));

        symbols.Entries.Select(e => e.FullName).Should().Contain($"lib/net10.0/{id}.pdb");
    }

    [Test]
    public void A_consumer_project_restores_the_packages_builds_and_classifies_a_sample_case()
    {
        var consumer = Path.Combine(work, "consumer");
        CopyDirectory(Path.Combine(TestContext.CurrentContext.TestDirectory, "Consumer"), consumer);
        var packages = Path.Combine(work, "packages");

        var (buildExit, buildOutput) = Dotnet.Run(consumer, "build", "-c", "Release", "--packages", packages,
            $"-p:TransnationalRulesVersion={version}", "--disable-build-servers");
        buildExit.Should().Be(0, "the consumer did not build:\n{0}", buildOutput);
        Directory.Exists(Path.Combine(packages, "transnationalrules", version)).Should().BeTrue("the package comes from the packed folder, restored afresh");

        var sample = Path.Combine(Dotnet.RepositoryRoot, "samples", "cases", "2024-ua-pl-drug-labs.json");
        var (exit, output) = Dotnet.Run(consumer, Path.Combine("bin", "Release", "net10.0", "Consumer.dll"), sample);

        exit.Should().Be(0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().StartWith(
        [
            "caseId: 2024-ua-pl-drug-labs",
            "ruleSet: default 1.0.0",
            "transnational: Met",
            "conventionApplies: Met",
            "criteriaMet: untoc.art2.a, untoc.art2.b, untoc.art3.2.a, untoc.art3.2.c, untoc.art3.2, untoc.art3.1.group, untoc.art3.1, ua.oc1993.framework-and-cooperation, ua.oc1993.harm-prevention, ua.oc1993.detection-and-prosecution, ua.drugs1995",
        ]);
        // Ask first (DESIGN §5): art. 3(2) and 3(1) are met, so their open parts are not asked; extradition from Poland waits on these.
        lines.Should().Contain(l => l.StartsWith("missingFacts: abroad[0].suspects, abroad[0].dualCriminality", StringComparison.Ordinal));
        lines.Should().Contain("singletons: True").And.Contain("schema: True");
        var json = JsonDocument.Parse(lines.Single(l => l.StartsWith("json: ", StringComparison.Ordinal))["json: ".Length..]).RootElement;
        json.GetProperty("caseId").GetString().Should().Be("2024-ua-pl-drug-labs");
        json.GetProperty("transnational").GetString().Should().Be("met");
        json.GetProperty("criteria").GetArrayLength().Should().Be(21);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

internal static class XElementExtensions
{
    public static XElement Child(this XElement metadata, string name) =>
        metadata.Elements().Single(e => e.Name.LocalName == name);

    public static string Value(this XElement metadata, string name) => metadata.Child(name).Value;
}
