using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// TransnationalRules' fastest path to the UNTOC outcomes: <see cref="Classifier.Outcomes(Model.CaseDescription)"/> (no reasons, evidence or
/// missing facts) over a classifier of the UNTOC criteria alone, read into <see cref="UntocFindings"/>.
/// </summary>
public sealed class LibraryOutcomesUntoc : IUntocEngine
{
    private readonly Classifier classifier;
    private readonly (UntocFindings Flag, int Index, bool CaseLevel)[] slots;

    /// <summary>Builds the classifier of the UNTOC-only set once.</summary>
    public LibraryOutcomesUntoc()
    {
        classifier = new Classifier(UntocOnly);
        var criteria = UntocOnly.Criteria;
        slots = [.. UntocIds.All.Select(f =>
        {
            var index = criteria.IndexOf(UntocOnly.Find(f.Id)!);
            return (f.Flag, index, criteria[index].Level == RuleScope.Case);
        })];
    }

    /// <summary><see cref="RuleSet.Default"/> without the Ukrainian areas: the UNTOC criteria alone.</summary>
    public static RuleSet UntocOnly { get; } = RuleSet.Default.Criteria
        .Where(c => !c.Id.StartsWith("untoc.", StringComparison.Ordinal))
        .Aggregate(RuleSet.Default, (set, c) => set.Remove(c.Id))
        .WithIdentity("untoc", "1.0.0");

    /// <inheritdoc/>
    public string Name => "TransnationalRules.Outcomes";

    /// <summary>The classifier of <see cref="UntocOnly"/>.</summary>
    public Classifier Classifier => classifier;

    /// <inheritdoc/>
    /// <remarks>
    /// Through the allocation-free overload, <see cref="Classifier.Outcomes(CaseDescription, Span{Outcome})"/>, into one
    /// buffer per thread; <see cref="Read"/> reads the <see cref="CaseOutcomes"/> of the other overload the same way.
    /// </remarks>
    public void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(fullyKnown);
        var count = UntocOnly.Criteria.Length;
        var needed = count * (1 + fullyKnown.Offences.Count + (fullyKnown.Abroad?.Count ?? 0));
        var outcomes = buffer is { } kept && kept.Length >= needed ? kept : buffer = new Outcome[Math.Max(needed, count * 16)];
        classifier.Outcomes(fullyKnown, outcomes);
        for (var i = 0; i < fullyKnown.Offences.Count; i++)
        {
            var findings = UntocFindings.None;
            foreach (var (flag, index, caseLevel) in slots)
            {
                var outcome = caseLevel ? outcomes[index] : outcomes[index + (1 + i) * count];
                if (outcome == Outcome.Met)
                {
                    findings |= flag;
                }
                else if (outcome == Outcome.Unknown)
                {
                    throw new InvalidOperationException($"Case {fullyKnown.CaseId}: {UntocOnly.Criteria[index].Id} is unknown, but every fact is known.");
                }
            }

            perOffence[i] = findings;
        }
    }

    [ThreadStatic]
    private static Outcome[]? buffer;

    /// <summary>Reads the UNTOC findings of every offence from the outcomes of a fully known case.</summary>
    /// <param name="outcomes">Outcomes of a classifier of <see cref="UntocOnly"/>.</param>
    /// <param name="perOffence">Receives the findings of offence i at index i.</param>
    /// <exception cref="InvalidOperationException">An outcome is unknown.</exception>
    public void Read(CaseOutcomes outcomes, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        for (var i = 0; i < outcomes.OffenceCount; i++)
        {
            var findings = UntocFindings.None;
            foreach (var (flag, index, caseLevel) in slots)
            {
                var outcome = caseLevel ? outcomes[index] : outcomes.ForOffence(i, index);
                if (outcome == Outcome.Met)
                {
                    findings |= flag;
                }
                else if (outcome == Outcome.Unknown)
                {
                    throw new InvalidOperationException($"Case {outcomes.CaseId}: {UntocOnly.Criteria[index].Id} is unknown, but every fact is known.");
                }
            }

            perOffence[i] = findings;
        }
    }
}
