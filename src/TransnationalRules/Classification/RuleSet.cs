using System.Collections.Immutable;
using TransnationalRules.Logic;
using TransnationalRules.Ukraine;
using TransnationalRules.Untoc;

namespace TransnationalRules.Classification;

/// <summary>
/// An ordered, immutable set of criteria with unique ids, named and versioned so that a classification records which
/// rules produced it.
/// </summary>
/// <remarks>
/// <see cref="Default"/> holds the criteria of DESIGN §3 in its order. <see cref="Add"/>, <see cref="Replace"/> and
/// <see cref="Remove"/> return a new set; unless renamed with <see cref="WithIdentity"/>, a derived set's version
/// gains the build metadata <c>+modified</c>, so no classification claims the default rules it did not use.
/// </remarks>
/// <example>
/// <code>
/// var rules = RuleSet.Default
///     .Replace(myStricterSeriousCrime)
///     .Add(mySanctionsCriterion)
///     .WithIdentity("npu-analytics", "2.1.0");
/// var classifier = new Classifier(rules);
/// </code>
/// </example>
public sealed class RuleSet
{
    private RuleSet(string id, string version, ImmutableArray<Criterion> criteria)
    {
        Id = id;
        Version = version;
        Criteria = criteria;
    }

    /// <summary>The default rule set: every criterion of DESIGN §3, id <c>default</c>, version <c>1.0.0</c>.</summary>
    public static RuleSet Default { get; } = Create("default", "1.0.0",
    [
        OrganisedCriminalGroup.Criterion,
        SeriousCrime.Criterion,
        CommittedInMoreThanOneState.Criterion,
        SubstantialConductInAnotherState.Criterion,
        GroupActiveInMoreThanOneState.Criterion,
        SubstantialEffectsInAnotherState.Criterion,
        TransnationalInNature.Criterion,
        ConventionOffence.Criterion,
        InvolvesOrganisedCriminalGroup.Criterion,
        ConventionApplies.Criterion,
        FrameworkAndCooperation.Criterion,
        RootCauses.Criterion,
        HarmPrevention.Criterion,
        GroupEmergencePrevention.Criterion,
        DetectionAndProsecution.Criterion,
        Compensation.Criterion,
        AntiCorruption.Criterion,
        CivilSocietyAndMedia.Criterion,
        MoneyLaunderingAndBusiness.Criterion,
        TraffickingInHumanBeings.Criterion,
        DrugTrafficking.Criterion,
    ]);

    /// <summary>The set's id, reported in every classification.</summary>
    public string Id { get; }

    /// <summary>The set's version, reported in every classification.</summary>
    public string Version { get; }

    /// <summary>The criteria, in the order classifications list them.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>Creates a rule set.</summary>
    /// <param name="id">The set's id.</param>
    /// <param name="version">The set's version.</param>
    /// <param name="criteria">The criteria, in order; ids must be unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">An id is empty, a criterion is null, or two criteria share an id.</exception>
    public static RuleSet Create(string id, string version, IEnumerable<Criterion> criteria)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(criteria);
        var array = criteria.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in array)
        {
            if (criterion is null)
            {
                throw new ArgumentException("A rule set's criteria may not be null.", nameof(criteria));
            }

            if (!seen.Add(criterion.Id))
            {
                throw new ArgumentException($"Criterion id '{criterion.Id}' appears twice in rule set '{id}'.", nameof(criteria));
            }
        }

        return new RuleSet(id, version, array);
    }

    /// <summary>The criterion with the given id, or <see langword="null"/>.</summary>
    /// <param name="criterionId">The id.</param>
    /// <returns>The criterion.</returns>
    public Criterion? Find(string criterionId) => Criteria.FirstOrDefault(c => c.Id == criterionId);

    /// <summary>A set with <paramref name="criterion"/> appended.</summary>
    /// <param name="criterion">A criterion whose id is not in the set.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The id is already in the set.</exception>
    public RuleSet Add(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (Find(criterion.Id) is not null)
        {
            throw new ArgumentException($"Rule set '{Id}' already has criterion '{criterion.Id}'; use Replace.", nameof(criterion));
        }

        return Derived(Criteria.Add(criterion));
    }

    /// <summary>A set with the criterion of the same id replaced by <paramref name="criterion"/>, in the same place.</summary>
    /// <param name="criterion">The replacement.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">No criterion has that id.</exception>
    public RuleSet Replace(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var index = IndexOf(criterion.Id);
        return Derived(Criteria.SetItem(index, criterion));
    }

    /// <summary>A set without the criterion of the given id.</summary>
    /// <param name="criterionId">The id.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">No criterion has that id.</exception>
    public RuleSet Remove(string criterionId)
    {
        ArgumentNullException.ThrowIfNull(criterionId);
        return Derived(Criteria.RemoveAt(IndexOf(criterionId)));
    }

    /// <summary>The same criteria under another id and version.</summary>
    /// <param name="id">The new id.</param>
    /// <param name="version">The new version.</param>
    /// <returns>The renamed set.</returns>
    public RuleSet WithIdentity(string id, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        return new RuleSet(id, version, Criteria);
    }

    private int IndexOf(string criterionId)
    {
        for (var i = 0; i < Criteria.Length; i++)
        {
            if (Criteria[i].Id == criterionId)
            {
                return i;
            }
        }

        throw new ArgumentException($"Rule set '{Id}' has no criterion '{criterionId}'.", nameof(criterionId));
    }

    private RuleSet Derived(ImmutableArray<Criterion> criteria) =>
        new(Id, Version.Contains('+', StringComparison.Ordinal) ? Version : Version + "+modified", criteria);
}
