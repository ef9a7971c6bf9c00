using TransnationalRules.Json;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Reliability;

/// <summary>
/// Replays every file of the fuzz seed corpus (tests/fuzz/corpus) through <see cref="CaseClassifier"/>, so CI runs
/// what the fuzzer starts from and every finding kept there: a result comes back, valid exactly when it has no
/// errors. File names say what to expect: <c>bad-*</c> and <c>regress-*</c> are invalid, the rest valid.
/// </summary>
public sealed class CorpusReplayTests
{
    private static readonly CaseClassifier Classifier = new();

    private static string CorpusFolder { get; } = Path.Combine(FindRoot(), "tests", "fuzz", "corpus");

    public static IEnumerable<TestCaseData> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusFolder)
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetArgDisplayNames(Path.GetFileName(f)));

    [TestCaseSource(nameof(CorpusFiles))]
    public void A_corpus_file_returns_a_result(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CorpusFolder, name));

        var result = Classifier.Classify(bytes);

        result.IsValid.Should().Be(result.Errors.IsEmpty, "valid exactly when there are no errors");
        (result.Classification is null).Should().Be(!result.IsValid);
        result.Errors.Where(e => !ErrorCodes.All.Contains(e.Code) || e.Message.Length == 0).Should().BeEmpty();
        var invalid = name.StartsWith("bad-", StringComparison.Ordinal) || name.StartsWith("regress-", StringComparison.Ordinal);
        result.IsValid.Should().Be(!invalid, string.Join(" | ", result.Errors));
        if (result.IsValid)
        {
            CaseJson.WriteClassification(result.Classification).Should().NotBeNullOrEmpty();
        }
    }

    [Test]
    public void The_corpus_stays_small()
    {
        var files = Directory.GetFiles(CorpusFolder);
        files.Length.Should().BeInRange(50, 400);
        files.Sum(f => new FileInfo(f).Length).Should().BeLessThan(2 * 1024 * 1024);
    }

    // TestCaseSource runs before any TestContext exists: find the repository from the assembly's folder.
    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TransnationalRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("TransnationalRules.sln not found above the test assembly.");
    }
}
