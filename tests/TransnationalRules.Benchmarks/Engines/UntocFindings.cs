
namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// The two-valued UNTOC outcomes of one offence, as the comparison engines compute them: a flag set means
/// <c>met</c>, a flag clear <c>notMet</c>. <see cref="OrganisedCriminalGroup"/> is case-level and repeated per offence.
/// </summary>
[Flags]
public enum UntocFindings
{
    /// <summary>Nothing met.</summary>
    None = 0,

    /// <summary><c>untoc.art2.a</c>.</summary>
    OrganisedCriminalGroup = 1 << 0,

    /// <summary><c>untoc.art2.b</c>.</summary>
    SeriousCrime = 1 << 1,

    /// <summary><c>untoc.art3.2.a</c>.</summary>
    CommittedInMoreThanOneState = 1 << 2,

    /// <summary><c>untoc.art3.2.b</c>.</summary>
    SubstantialConductElsewhere = 1 << 3,

    /// <summary><c>untoc.art3.2.c</c>.</summary>
    GroupActiveInMoreThanOneState = 1 << 4,

    /// <summary><c>untoc.art3.2.d</c>.</summary>
    SubstantialEffectsElsewhere = 1 << 5,

    /// <summary><c>untoc.art3.2</c>.</summary>
    TransnationalInNature = 1 << 6,

    /// <summary><c>untoc.art3.1.offence</c>.</summary>
    ConventionOffence = 1 << 7,

    /// <summary><c>untoc.art3.1.group</c>.</summary>
    InvolvesOrganisedCriminalGroup = 1 << 8,

    /// <summary><c>untoc.art3.1</c>.</summary>
    ConventionApplies = 1 << 9,
}

/// <summary>The criterion ids behind <see cref="UntocFindings"/>.</summary>
public static class UntocIds
{
    /// <summary>Each flag with the id of the criterion it stands for, in DESIGN §3's order.</summary>
    public static IReadOnlyList<(UntocFindings Flag, string Id)> All { get; } =
    [
        (UntocFindings.OrganisedCriminalGroup, "untoc.art2.a"),
        (UntocFindings.SeriousCrime, "untoc.art2.b"),
        (UntocFindings.CommittedInMoreThanOneState, "untoc.art3.2.a"),
        (UntocFindings.SubstantialConductElsewhere, "untoc.art3.2.b"),
        (UntocFindings.GroupActiveInMoreThanOneState, "untoc.art3.2.c"),
        (UntocFindings.SubstantialEffectsElsewhere, "untoc.art3.2.d"),
        (UntocFindings.TransnationalInNature, "untoc.art3.2"),
        (UntocFindings.ConventionOffence, "untoc.art3.1.offence"),
        (UntocFindings.InvolvesOrganisedCriminalGroup, "untoc.art3.1.group"),
        (UntocFindings.ConventionApplies, "untoc.art3.1"),
    ];

    /// <summary>The flag of a criterion id, or <see cref="UntocFindings.None"/> when it is not one compared.</summary>
    /// <param name="id">A criterion id.</param>
    /// <returns>The flag.</returns>
    public static UntocFindings FlagOf(string id)
    {
        foreach (var (flag, i) in All)
        {
            if (i == id)
            {
                return flag;
            }
        }

        return UntocFindings.None;
    }
}
