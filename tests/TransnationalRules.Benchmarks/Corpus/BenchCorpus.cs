using System.Globalization;
using TransnationalRules.Model;
using TransnationalRules.TestData;

namespace TransnationalRules.Benchmarks.Corpus;

/// <summary>
/// One seeded corpus of valid generated cases (DESIGN §4) in two versions: <see cref="WithUnknowns"/>, where some
/// facts are absent, and <see cref="FullyKnown"/>, the same cases with every fact stated — the version two-valued
/// engines are run on.
/// </summary>
/// <remarks>
/// The cases come from the generator shared with the tests (tests/Shared/ValidCases.cs, with
/// <c>CaseProfile.Benchmarks</c>): each case is generated fully known first and then has facts forgotten at random, so
/// the fully known version is a deterministic valid completion of the one with unknowns. Only
/// <see cref="System.Random"/> with a fixed seed is used: the same seed gives the same corpus on every machine and run.
/// </remarks>
public sealed class BenchCorpus
{
    /// <summary>The seed of the benchmarks' corpus.</summary>
    public const int DefaultSeed = 20_001_115; // UNTOC was adopted on 15 November 2000.

    /// <summary>The number of cases in the benchmarks' corpus.</summary>
    public const int DefaultSize = 1_000;

    /// <summary>States drawn from: a small alphabet, so that committing, conduct, effects and group states collide often.</summary>
    public static IReadOnlyList<string> States => CaseProfile.Benchmarks.States;

    private BenchCorpus(IReadOnlyList<CaseDescription> withUnknowns, IReadOnlyList<CaseDescription> fullyKnown)
    {
        WithUnknowns = withUnknowns;
        FullyKnown = fullyKnown;
    }

    /// <summary>The cases with some facts unknown.</summary>
    public IReadOnlyList<CaseDescription> WithUnknowns { get; }

    /// <summary>The same cases with every fact known (a valid completion of <see cref="WithUnknowns"/>).</summary>
    public IReadOnlyList<CaseDescription> FullyKnown { get; }

    /// <summary>The benchmarks' corpus: <see cref="DefaultSize"/> cases from <see cref="DefaultSeed"/>.</summary>
    public static BenchCorpus Default { get; } = Generate(DefaultSize, DefaultSeed);

    /// <summary>Generates <paramref name="count"/> cases from <paramref name="seed"/>.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The seed of <see cref="System.Random"/>.</param>
    /// <returns>The corpus.</returns>
    public static BenchCorpus Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var known = new CaseDescription[count];
        var partial = new CaseDescription[count];
        for (var i = 0; i < count; i++)
        {
            (known[i], partial[i]) = ValidCases.Generate(random, CaseProfile.Benchmarks, "BENCH-" + i.ToString("D6", CultureInfo.InvariantCulture));
        }

        return new BenchCorpus(partial, known);
    }
}
