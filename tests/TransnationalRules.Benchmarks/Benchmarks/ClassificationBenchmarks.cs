using BenchmarkDotNet.Attributes;
using TransnationalRules.Benchmarks.Engines;
using TransnationalRules.Classification;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Benchmarks;

/// <summary>
/// Full classification (DESIGN §5: every criterion with reasons, evidence and missing facts) against the same UNTOC
/// logic in Microsoft RulesEngine and NRules, each over the whole corpus (one operation = 1,000 cases).
/// </summary>
/// <remarks>
/// The baseline is TransnationalRules on the fully known corpus, the input the two-valued engines get. A result's
/// outcome, evidence and missing facts are computed by <c>Classify</c>; its reason text when first read, which
/// <see cref="Classify_FullyKnown_ReadingEveryReason"/> measures.
/// </remarks>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private readonly UntocFindings[] buffer = new UntocFindings[16];
    private IReadOnlyList<CaseDescription> fullyKnown = [];
    private IReadOnlyList<CaseDescription> withUnknowns = [];
    private Classifier classifier = null!;
    private RulesEngineUntoc rulesEngine = null!;
    private NRulesUntoc nrules = null!;

    [GlobalSetup]
    public void Setup()
    {
        var shared = BenchSetup.Shared;
        fullyKnown = shared.Corpus.FullyKnown;
        withUnknowns = shared.Corpus.WithUnknowns;
        classifier = shared.Classifier;
        rulesEngine = shared.RulesEngine;
        nrules = shared.NRules;
    }

    [Benchmark(Baseline = true)]
    public int Classify_FullyKnown() => Classify(fullyKnown);

    [Benchmark]
    public int Classify_WithUnknowns() => Classify(withUnknowns);

    /// <summary>
    /// The same classification, then every reason read (both languages, case level and per offence): what rendering
    /// a full report costs, since reasons are written when first read.
    /// </summary>
    [Benchmark]
    public int Classify_FullyKnown_ReadingEveryReason()
    {
        var sum = 0;
        foreach (var c in fullyKnown)
        {
            var result = classifier.Classify(c);
            foreach (var r in result.Criteria)
            {
                sum += r.Reason.En.Length + r.Reason.Uk.Length;
            }

            foreach (var offence in result.Offences)
            {
                foreach (var r in offence.Criteria)
                {
                    sum += r.Reason.En.Length + r.Reason.Uk.Length;
                }
            }
        }

        return sum;
    }

    [Benchmark]
    public int RulesEngine_FullyKnown() => Run(rulesEngine);

    [Benchmark]
    public int NRules_FullyKnown() => Run(nrules);

    private int Classify(IReadOnlyList<CaseDescription> cases)
    {
        var sum = 0;
        foreach (var c in cases)
        {
            var result = classifier.Classify(c);
            sum += result.Criteria.Length + result.MissingFacts.Length + (int)result.Criteria[^1].Outcome;
        }

        return sum;
    }

    private int Run(IUntocEngine engine)
    {
        var sum = 0;
        foreach (var c in fullyKnown)
        {
            engine.Evaluate(c, buffer);
            sum += (int)buffer[0];
        }

        return sum;
    }
}
