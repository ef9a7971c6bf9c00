using NRules.Fluent.Dsl;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>The NRules rules of <see cref="NRulesUntoc"/>: one top-level class per criterion (NRules loads public top-level rule types only).</summary>
public static class NRulesUntocRules
{
    /// <summary>The rule classes.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        typeof(OrganisedCriminalGroupRule), typeof(SeriousCrimeRule), typeof(CommittedInMoreThanOneStateRule),
        typeof(SubstantialConductElsewhereRule), typeof(GroupActiveInMoreThanOneStateRule), typeof(SubstantialEffectsElsewhereRule),
        typeof(TransnationalInNatureRule), typeof(ConventionOffenceRule), typeof(InvolvesOrganisedCriminalGroupRule), typeof(ConventionAppliesRule),
    ];

    private static readonly HashSet<OffenceKind> ConventionKinds =
    [
        OffenceKind.ParticipationInOrganisedCriminalGroup, OffenceKind.MoneyLaundering, OffenceKind.Bribery, OffenceKind.ObstructionOfJustice,
        OffenceKind.TraffickingInPersons, OffenceKind.SmugglingOfMigrants, OffenceKind.FirearmsTrafficking,
    ];

    /// <summary>Whether an offence kind is established by the Convention or a Protocol.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for a Convention or Protocol offence.</returns>
    public static bool IsConventionOffence(OffenceKind kind) => ConventionKinds.Contains(kind);
}

/// <summary><c>untoc.art2.a</c>.</summary>
public sealed class OrganisedCriminalGroupRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        CriminalGroup group = null!;
        When().Match(() => group,
            g => g.Members >= 3, g => g.ExistsForPeriodOfTime == true, g => g.Structured == true,
            g => g.ActsInConcert == true, g => g.AimsAtSeriousCrime == true, g => g.MaterialBenefit == true);
        Then().Do(ctx => ctx.Insert(new OrganisedGroupFinding()));
    }
}

/// <summary><c>untoc.art2.b</c>.</summary>
public sealed class SeriousCrimeRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When().Match(() => offence, o => o.Offence.LifeImprisonment || o.Offence.MaximumPenaltyYears >= 4m);
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.SeriousCrime)));
    }
}

/// <summary><c>untoc.art3.2.a</c>.</summary>
public sealed class CommittedInMoreThanOneStateRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When().Match(() => offence, o => o.Offence.CommittedIn!.Distinct().Count() >= 2);
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.CommittedInMoreThanOneState)));
    }
}

/// <summary><c>untoc.art3.2.b</c>.</summary>
public sealed class SubstantialConductElsewhereRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When().Match(() => offence, o => o.Offence.SubstantialConduct!.Any(s => !o.Offence.CommittedIn!.Contains(s.State)));
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.SubstantialConductElsewhere)));
    }
}

/// <summary><c>untoc.art3.2.c</c>.</summary>
public sealed class GroupActiveInMoreThanOneStateRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        CriminalGroup group = null!;
        When()
            .Match(() => offence, o => o.Offence.InvolvesGroup == true)
            .Exists<OrganisedGroupFinding>()
            .Match(() => group, g => g.ActiveIn!.Distinct().Count() >= 2);
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.GroupActiveInMoreThanOneState)));
    }
}

/// <summary><c>untoc.art3.2.d</c>.</summary>
public sealed class SubstantialEffectsElsewhereRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When().Match(() => offence, o => o.Offence.SubstantialEffectsIn!.Any(s => !o.Offence.CommittedIn!.Contains(s)));
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.SubstantialEffectsElsewhere)));
    }
}

/// <summary><c>untoc.art3.2</c>: any of (a)–(d), inferred from their findings.</summary>
public sealed class TransnationalInNatureRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When()
            .Match(() => offence)
            .Exists<Finding>(f => f.Offence == offence, f => (f.Flag & Tests) != 0);
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.TransnationalInNature)));
    }

    private const UntocFindings Tests = UntocFindings.CommittedInMoreThanOneState | UntocFindings.SubstantialConductElsewhere
        | UntocFindings.GroupActiveInMoreThanOneState | UntocFindings.SubstantialEffectsElsewhere;
}

/// <summary><c>untoc.art3.1.offence</c>.</summary>
public sealed class ConventionOffenceRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When().Match(() => offence, o => NRulesUntocRules.IsConventionOffence(o.Offence.Kind));
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.ConventionOffence)));
    }
}

/// <summary><c>untoc.art3.1.group</c>: the offence involves the group, which is an organised criminal group.</summary>
public sealed class InvolvesOrganisedCriminalGroupRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When()
            .Match(() => offence, o => o.Offence.InvolvesGroup == true)
            .Exists<OrganisedGroupFinding>();
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.InvolvesOrganisedCriminalGroup)));
    }
}

/// <summary><c>untoc.art3.1</c>: (Convention offence or serious crime), transnational, involving an organised criminal group.</summary>
public sealed class ConventionAppliesRule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        OffenceFact offence = null!;
        When()
            .Match(() => offence)
            .Exists<Finding>(f => f.Offence == offence, f => f.Flag == UntocFindings.ConventionOffence || f.Flag == UntocFindings.SeriousCrime)
            .Exists<Finding>(f => f.Offence == offence, f => f.Flag == UntocFindings.TransnationalInNature)
            .Exists<Finding>(f => f.Offence == offence, f => f.Flag == UntocFindings.InvolvesOrganisedCriminalGroup);
        Then().Do(ctx => ctx.Insert(new Finding(offence, UntocFindings.ConventionApplies)));
    }
}
