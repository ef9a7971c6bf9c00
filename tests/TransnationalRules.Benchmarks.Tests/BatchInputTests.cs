using TransnationalRules.Benchmarks.Benchmarks;
using TransnationalRules.Benchmarks.Corpus;

namespace TransnationalRules.Benchmarks.Tests;

public class BatchInputTests
{
    [Test]
    public void The_batch_is_one_line_per_case_and_every_line_reads_and_classifies_as_its_case()
    {
        var lines = BatchInput.JsonLines(BenchCorpus.Default, 1_500);
        var count = 0;
        foreach (var line in new LineReader(lines))
        {
            line[0].Should().Be((byte)'{');
            count++;
        }

        count.Should().Be(1_500);
        FluentActions.Invoking(() => BatchInput.Verify(lines, BenchCorpus.Default, new CaseClassifier())).Should().NotThrow();
    }
}
