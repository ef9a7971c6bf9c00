using BenchmarkDotNet.Attributes;
using TransnationalRules.Benchmarks.Engines;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Benchmarks;

/// <summary>
/// The limit: the UNTOC outcomes of every offence by a hand-written if/else chain (the baseline) and by the library's
/// fastest path, <see cref="Classification.Classifier.Outcomes(Model.CaseDescription)"/> over the UNTOC criteria alone, on the fully known
/// corpus (one operation = 1,000 cases). Both produce the same per-offence findings.
/// </summary>
[MemoryDiagnoser]
public class OutcomeBenchmarks
{
    private readonly UntocFindings[] buffer = new UntocFindings[16];
    private IReadOnlyList<CaseDescription> fullyKnown = [];
    private HandwrittenUntoc handwritten = null!;
    private LibraryOutcomesUntoc outcomes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var shared = BenchSetup.Shared;
        fullyKnown = shared.Corpus.FullyKnown;
        handwritten = shared.Handwritten;
        outcomes = shared.Outcomes;
    }

    [Benchmark(Baseline = true)]
    public int Handwritten_FullyKnown() => Run(handwritten);

    [Benchmark]
    public int Outcomes_FullyKnown() => Run(outcomes);

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
