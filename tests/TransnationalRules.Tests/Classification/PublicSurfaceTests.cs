namespace TransnationalRules.Tests.Classification;

/// <summary>Public types are scarce (issue 21): a type is public only where a user must name it.</summary>
public class PublicSurfaceTests
{
    /// <summary>The cap of issue 21 for the main assembly, nested types included.</summary>
    private const int MaxPublicTypes = 50;

    [Test]
    public void The_main_assembly_has_at_most_fifty_public_types()
    {
        var exported = typeof(TransnationalRules.Logic.Rule).Assembly.GetExportedTypes();

        exported.Should().NotBeEmpty()
            .And.HaveCountLessThanOrEqualTo(MaxPublicTypes, "every public type is one a user must name: {0}", string.Join(", ", exported.Select(t => t.FullName).Order(StringComparer.Ordinal)));
    }
}
