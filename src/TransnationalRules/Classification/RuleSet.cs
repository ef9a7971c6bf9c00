using System.Collections.Immutable;
using TransnationalRules.Logic;

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
    private RuleSet(string id, string version, ImmutableArray<Criterion> criteria, Metadata metadata)
    {
        Id = id;
        Version = version;
        Criteria = criteria;
        meta = metadata.Keep(criteria);
    }

    private readonly Metadata meta;

    /// <summary>
    /// The default rule set: every criterion of DESIGN §3 in its order, id <c>default</c>, version <c>1.0.0</c>; its
    /// headlines are <c>untoc.art3.2</c> and <c>untoc.art3.1</c>, its questions and areas as DESIGN §5 declares them.
    /// </summary>
    public static RuleSet Default => DefaultRules.Set;

    /// <summary>The set's id, reported in every classification.</summary>
    public string Id { get; }

    /// <summary>The set's version, reported in every classification.</summary>
    public string Version { get; }

    /// <summary>The criteria, in the order classifications list them.</summary>
    public ImmutableArray<Criterion> Criteria { get; }

    /// <summary>The criterion whose case-level outcome a classification reports as <c>transnational</c>, or <see langword="null"/>.</summary>
    public string? TransnationalId => meta.Transnational;

    /// <summary>The criterion whose case-level outcome a classification reports as <c>conventionApplies</c>, or <see langword="null"/>.</summary>
    public string? ConventionAppliesId => meta.ConventionApplies;

    /// <summary>
    /// The criteria that are questions an analyst asks of a case (DESIGN §5), in set order; the others are parts of
    /// them. A derived set keeps its questions; an added criterion is a question only when declared with <see cref="WithQuestions"/>.
    /// </summary>
    public ImmutableArray<string> Questions => meta.Questions;

    /// <summary>
    /// Which codes are territories and the State each counts as (DESIGN §2.2), territory → State: the table of
    /// <c>reference/TERRITORIES.md</c> (China: HK, MO; the United Kingdom: GI, JE, …; …) unless replaced with <see cref="WithTerritories(IEnumerable{KeyValuePair{string, string}})"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Territories => meta.Territories.Territories;

    /// <summary>The table the plan folds territories with.</summary>
    internal TerritoryTable TerritoryTable => meta.Territories;

    /// <summary>The tables the cooperation channels are decided on (issue 19); <see cref="TreatyTables.Default"/> unless replaced.</summary>
    public TreatyTables Treaties => meta.Treaties;

    /// <summary>
    /// The criteria that reports summarise as areas engaged or open (for the default set, the Ukrainian legal areas),
    /// in set order. Every other criterion is shown with its reason in every report format.
    /// </summary>
    public ImmutableArray<string> Areas => meta.Areas;

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

        return new RuleSet(id, version, array, Metadata.None);
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
        return new RuleSet(id, version, Criteria, meta);
    }

    /// <summary>The same set, with the criteria reported as the headlines <c>transnational</c> and <c>conventionApplies</c>.</summary>
    /// <param name="transnational">The id of a criterion of the set, or <see langword="null"/>.</param>
    /// <param name="conventionApplies">The id of a criterion of the set, or <see langword="null"/>.</param>
    /// <returns>The set with those headlines.</returns>
    /// <exception cref="ArgumentException">An id is not in the set.</exception>
    public RuleSet WithHeadlines(string? transnational, string? conventionApplies)
    {
        if (transnational is not null)
        {
            IndexOf(transnational);
        }

        if (conventionApplies is not null)
        {
            IndexOf(conventionApplies);
        }

        return new RuleSet(Id, Version, Criteria, meta with { Transnational = transnational, ConventionApplies = conventionApplies });
    }

    /// <summary>The same set, with <paramref name="criterionIds"/> declared questions too (DESIGN §5).</summary>
    /// <param name="criterionIds">Ids of criteria of the set.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">An id is not in the set.</exception>
    public RuleSet WithQuestions(params IEnumerable<string> criterionIds) =>
        new(Id, Version, Criteria, meta with { Questions = [.. meta.Questions, .. Checked(criterionIds)] });

    /// <summary>
    /// The same set, counting territories as States by <paramref name="territoryToState"/> (DESIGN §2.2) in every "distinct
    /// States" and "outside every committing State" test: a national policy in place of the default table (<see cref="Territories"/>).
    /// </summary>
    /// <param name="territoryToState">Each territory with the State it counts as (ISO 3166-1 alpha-2 codes); none: every code counts as a State of its own.</param>
    /// <returns>The set, its version marked <c>+modified</c> as for any change of outcomes.</returns>
    /// <exception cref="ArgumentException">A code is not valid, a territory is mapped twice or to itself, or a State is a territory too.</exception>
    /// <example>
    /// <code>
    /// var policy = RuleSet.Default.WithTerritories(RuleSet.Default.Territories.Where(t => t.Key != "GI"));
    /// </code>
    /// </example>
    public RuleSet WithTerritories(IEnumerable<KeyValuePair<string, string>> territoryToState) =>
        WithTerritories(TerritoryTable.Create(territoryToState));

    /// <summary>The same set with <paramref name="territories"/> (<see cref="WithTerritories(IEnumerable{KeyValuePair{string, string}})"/>).</summary>
    internal RuleSet WithTerritories(TerritoryTable territories)
    {
        ArgumentNullException.ThrowIfNull(territories);
        return new(Id, Version.Contains('+', StringComparison.Ordinal) ? Version : Version + "+modified", Criteria, meta with { Territories = territories });
    }

    /// <summary>
    /// The same set, deciding party status and forms of crime by <paramref name="treaties"/> (issue 19): a user's tables
    /// in place of <see cref="TreatyTables.Default"/>.
    /// </summary>
    /// <param name="treaties">The tables.</param>
    /// <returns>The set, its version marked <c>+modified</c> as for any change of outcomes.</returns>
    public RuleSet WithTreaties(TreatyTables treaties)
    {
        ArgumentNullException.ThrowIfNull(treaties);
        return new(Id, Version.Contains('+', StringComparison.Ordinal) ? Version : Version + "+modified", Criteria, meta with { Treaties = treaties });
    }

    /// <summary>The same set, with <paramref name="criterionIds"/> summarised in reports as areas engaged or open.</summary>
    /// <param name="criterionIds">Ids of criteria of the set.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">An id is not in the set.</exception>
    public RuleSet WithAreas(params IEnumerable<string> criterionIds) =>
        new(Id, Version, Criteria, meta with { Areas = [.. meta.Areas, .. Checked(criterionIds)] });

    private string[] Checked(IEnumerable<string> criterionIds)
    {
        ArgumentNullException.ThrowIfNull(criterionIds);
        var ids = criterionIds.ToArray();
        foreach (var id in ids)
        {
            ArgumentNullException.ThrowIfNull(id, nameof(criterionIds));
            IndexOf(id);
        }

        return ids;
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
        new(Id, Version.Contains('+', StringComparison.Ordinal) ? Version : Version + "+modified", criteria, meta);

    /// <summary>What a set declares of its criteria, kept to the ids present and in set order.</summary>
    private sealed record Metadata(string? Transnational, string? ConventionApplies, ImmutableArray<string> Questions, ImmutableArray<string> Areas, TerritoryTable Territories, TreatyTables Treaties)
    {
        public static readonly Metadata None = new(null, null, [], [], TerritoryTable.Default, TreatyTables.Default);

        public Metadata Keep(ImmutableArray<Criterion> criteria)
        {
            bool Has(string? id) => id is not null && criteria.Any(c => c.Id == id);
            ImmutableArray<string> InOrder(ImmutableArray<string> ids) =>
                [.. criteria.Select(c => c.Id).Where(id => ids.Contains(id, StringComparer.Ordinal))];
            return new Metadata(Has(Transnational) ? Transnational : null, Has(ConventionApplies) ? ConventionApplies : null, InOrder(Questions), InOrder(Areas), Territories, Treaties);
        }
    }
}
