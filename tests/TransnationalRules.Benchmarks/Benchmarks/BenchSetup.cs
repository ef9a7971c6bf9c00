using TransnationalRules.Benchmarks.Corpus;
using TransnationalRules.Benchmarks.Engines;
using TransnationalRules.Classification;

namespace TransnationalRules.Benchmarks.Benchmarks;

/// <summary>
/// What every benchmark class shares, built once per process: the corpus, the engines, and the proof that they agree.
/// </summary>
public sealed class BenchSetup
{
    private static readonly Lazy<BenchSetup> Instance = new(() => new BenchSetup());

    private BenchSetup()
    {
        Corpus = BenchCorpus.Default;
        Classifier = new Classifier(RuleSet.Default);
        Handwritten = new HandwrittenUntoc();
        RulesEngine = new RulesEngineUntoc();
        NRules = new NRulesUntoc();
        Outcomes = new LibraryOutcomesUntoc();

        // Before timing anything: all engines give the same outcome for every UNTOC criterion of every offence.
        Agreement = EngineAgreement.Verify(Corpus.FullyKnown, [new LibraryUntoc(Classifier), Outcomes, Handwritten, RulesEngine, NRules]);
        Console.WriteLine("// Agreement: " + Agreement);
    }

    /// <summary>The shared instance; creating it verifies agreement and throws if the engines disagree.</summary>
    public static BenchSetup Shared => Instance.Value;

    /// <summary>The corpus.</summary>
    public BenchCorpus Corpus { get; }

    /// <summary>A classifier of <see cref="RuleSet.Default"/>.</summary>
    public Classifier Classifier { get; }

    /// <summary>The hand-written chain.</summary>
    public HandwrittenUntoc Handwritten { get; }

    /// <summary>The RulesEngine workflow.</summary>
    public RulesEngineUntoc RulesEngine { get; }

    /// <summary>The NRules rules.</summary>
    public NRulesUntoc NRules { get; }

    /// <summary>The library's outcome-only path over the UNTOC criteria.</summary>
    public LibraryOutcomesUntoc Outcomes { get; }

    /// <summary>What the agreement check compared.</summary>
    public AgreementReport Agreement { get; }
}
