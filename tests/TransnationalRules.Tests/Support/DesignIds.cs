namespace TransnationalRules.Tests.Support;

/// <summary>
/// The criterion ids of DESIGN §3, written out once in the table's order with their level, and the lists tests
/// compare against. Ids are a public contract: a test that needs a list of them takes it from here.
/// </summary>
internal static class DesignIds
{
    /// <summary>DESIGN §3's table: id and whether it is evaluated per offence.</summary>
    private static readonly (string Id, bool OffenceLevel)[] Table =
    [
        ("untoc.art2.a", false),
        ("untoc.art2.b", true),
        ("untoc.art3.2.a", true),
        ("untoc.art3.2.b", true),
        ("untoc.art3.2.c", true),
        ("untoc.art3.2.d", true),
        ("untoc.art3.2", true),
        ("untoc.art3.1.offence", true),
        ("untoc.art3.1.group", true),
        ("untoc.art3.1", true),
        ("ua.oc1993.framework-and-cooperation", false),
        ("ua.oc1993.root-causes", false),
        ("ua.oc1993.harm-prevention", false),
        ("ua.oc1993.group-emergence-prevention", false),
        ("ua.oc1993.detection-and-prosecution", false),
        ("ua.oc1993.compensation", false),
        ("ua.oc1993.anti-corruption", false),
        ("ua.oc1993.civil-society-and-media", false),
        ("ua.oc1993.money-laundering-and-business", false),
        ("ua.thb2011", false),
        ("ua.drugs1995", false),
    ];

    /// <summary>Every id of DESIGN §3 in the table's order: a classification's case-level <c>criteria</c> (§5).</summary>
    public static readonly string[] All = [.. Table.Select(r => r.Id)];

    /// <summary>The offence-level ids in the table's order: each offence's <c>criteria</c> (§5).</summary>
    public static readonly string[] OffenceLevel = [.. Table.Where(r => r.OffenceLevel).Select(r => r.Id)];

    /// <summary>The ids evaluated for the case only (never per offence), in the table's order.</summary>
    public static readonly string[] CaseLevelOnly = [.. Table.Where(r => !r.OffenceLevel).Select(r => r.Id)];

    /// <summary>The UNTOC criteria (the first ten rows).</summary>
    public static readonly string[] Untoc = [.. All.Take(10)];

    /// <summary>The Ukrainian areas of counteraction (the last eleven rows).</summary>
    public static readonly string[] Ukrainian = [.. All.Skip(10)];

    /// <summary>The nine main directions of art. 6 of Law of Ukraine No. 3341-XII, in the order of its items.</summary>
    public static readonly string[] Oc1993Areas = [.. All.Skip(10).Take(9)];

    /// <summary>DESIGN §3.1's table: the cooperation routes, evaluated per <c>abroad</c> entry (a classification's <c>cooperation[].routes</c>).</summary>
    public static readonly string[] Routes = ["untoc.art27", "untoc.art18", "untoc.art16", "untoc.art13", "untoc.art19", "interpol.ncb", "europol", "eurojust", "coe.mla1959", "coe.extradition1957", "coe.jit2001"];

    /// <summary>The five routes of the Convention (DESIGN §3.1), the first of <see cref="Routes"/>.</summary>
    public static readonly string[] UntocRoutes = ["untoc.art27", "untoc.art18", "untoc.art16", "untoc.art13", "untoc.art19"];

    /// <summary>Every id of the default set: §3's table, then §3.1's routes.</summary>
    public static readonly string[] DefaultSet = [.. All, .. Routes];

    /// <summary>The criteria that read only offence kinds, which are always known: never <c>unknown</c>.</summary>
    public static readonly string[] KindOnly = ["untoc.art3.1.offence", "ua.thb2011", "ua.drugs1995"];
}
