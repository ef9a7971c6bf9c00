using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// TransnationalRules' own outcomes as <see cref="UntocFindings"/>, so they can be compared with the two-valued engines:
/// on a fully known case every UNTOC criterion must be met or not met, never unknown.
/// </summary>
public sealed class LibraryUntoc(Classifier classifier) : IUntocEngine
{
    /// <inheritdoc/>
    public string Name => "TransnationalRules";

    /// <inheritdoc/>
    public void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(fullyKnown);
        FromClassification(classifier.Classify(fullyKnown), perOffence);
    }

    /// <summary>Reads the UNTOC findings of every offence from a classification of a fully known case.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="perOffence">Receives the findings of offence i at index i.</param>
    /// <exception cref="InvalidOperationException">A compared criterion is unknown, or missing from the classification.</exception>
    public static void FromClassification(CaseClassification classification, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var organised = Decided(classification["untoc.art2.a"], classification.CaseId, "case");
        for (var i = 0; i < classification.Offences.Length; i++)
        {
            var findings = organised ? UntocFindings.OrganisedCriminalGroup : UntocFindings.None;
            var seen = UntocFindings.OrganisedCriminalGroup;
            foreach (var result in classification.Offences[i].Criteria)
            {
                var flag = UntocIds.FlagOf(result.Id);
                if (flag == UntocFindings.None)
                {
                    continue;
                }

                seen |= flag;
                if (Decided(result, classification.CaseId, $"offences[{i}]"))
                {
                    findings |= flag;
                }
            }

            if (seen != AllFlags)
            {
                throw new InvalidOperationException($"Case {classification.CaseId}: offences[{i}] lacks criteria {AllFlags & ~seen}.");
            }

            perOffence[i] = findings;
        }
    }

    private static readonly UntocFindings AllFlags = UntocIds.All.Aggregate(UntocFindings.None, (all, f) => all | f.Flag);

    private static bool Decided(CriterionResult result, string caseId, string where) => result.Outcome switch
    {
        Outcome.Met => true,
        Outcome.NotMet => false,
        _ => throw new InvalidOperationException($"Case {caseId}: {result.Id} is unknown at {where}, but every fact is known."),
    };
}
