using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Properties;

/// <summary>
/// JSON round trips over generated cases with unknowns: a case read back from its own JSON is the same case (it writes
/// the same and classifies the same), and a classification read back from its JSON has the same outcomes, reasons,
/// evidence and missing facts.
/// </summary>
public sealed class JsonRoundTripProperties
{
    private static readonly CaseClassifier Classifier = new();

    [ScaledProperty(1000)]
    public Property A_case_read_back_from_its_JSON_is_the_same_case() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), s =>
        {
            var written = CaseJson.Write(s.Partial);
            var read = CaseJson.Read(written);
            return read.IsValid
                && CaseJson.Write(read.Case) == written
                && CaseJson.WriteClassification(Classifier.ClassifyOrThrow(read.Case)) == CaseJson.WriteClassification(Classifier.ClassifyOrThrow(s.Partial));
        });

    [ScaledProperty(1000)]
    public Property A_classification_read_back_from_its_JSON_says_the_same() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), s =>
        {
            var classification = Classifier.ClassifyOrThrow(s.Partial);
            var json = CaseJson.WriteClassification(classification);
            var doc = JsonSerializer.Deserialize(json, CaseJsonContext.Default.ClassificationDocument)!;
            return doc.CaseId == classification.CaseId
                && doc.RuleSet.Id == classification.RuleSetId && doc.RuleSet.Version == classification.RuleSetVersion
                && doc.Transnational == classification.Transnational && doc.ConventionApplies == classification.ConventionApplies
                && doc.CriteriaMet.SequenceEqual(classification.CriteriaMet)
                && SameCriteria(doc.Criteria, classification.Criteria)
                && doc.Offences.Count == classification.Offences.Length
                && doc.Offences.Zip(classification.Offences).All(p => p.First.Id == p.Second.Id && SameCriteria(p.First.Criteria, p.Second.Criteria))
                && doc.MissingFacts.SequenceEqual(classification.MissingFacts);
        });

    private static bool SameCriteria(IReadOnlyList<CriterionDocument> read, IReadOnlyList<CriterionResult> written) =>
        read.Count == written.Count && read.Zip(written).All(p =>
            p.First.Id == p.Second.Id && p.First.Outcome == p.Second.Outcome
            && p.First.Title.En == p.Second.Title.En && p.First.Title.Uk == p.Second.Title.Uk
            && p.First.Citation == p.Second.Citation
            && p.First.Reason.En == p.Second.Reason.En && p.First.Reason.Uk == p.Second.Reason.Uk
            && p.First.Evidence.SequenceEqual(p.Second.Evidence) && p.First.MissingFacts.SequenceEqual(p.Second.MissingFacts));
}
