using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using TransnationalRules.Json;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Reliability;

/// <summary>One classifier shared by every core gives exactly the answers it gives one case at a time.</summary>
[NonParallelizable]
public sealed class ConcurrencyTests
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    /// <summary>100,000 cases (about 30 s on two idle cores); <c>TR_CONCURRENCY_CASES</c> for another number.</summary>
    private static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable("TR_CONCURRENCY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100_000;

    [Test]
    public void One_shared_classifier_on_all_cores_answers_as_it_does_sequentially()
    {
        var cases = Cases;
        var classifier = new CaseClassifier();
        var inputs = new byte[cases][];
        Parallel.For(0, cases, i => inputs[i] = RandomCases.Json(i));

        // Sequentially first: a hash of each answer's JSON (the answers themselves, ~50 KB each, would not fit in memory).
        var watch = Stopwatch.StartNew();
        var expected = new byte[cases][];
        for (var i = 0; i < cases; i++)
        {
            expected[i] = Answer(classifier, inputs[i], i);
        }

        var sequential = watch.Elapsed;
        watch.Restart();
        var mismatches = new List<int>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, 2 * Environment.ProcessorCount) };
        Parallel.For(0, cases, options, i =>
        {
            if (!Answer(classifier, inputs[i], i).AsSpan().SequenceEqual(expected[i]))
            {
                lock (mismatches)
                {
                    mismatches.Add(i);
                }
            }
        });

        TestContext.Out.WriteLine($"{cases:N0} cases: sequentially {sequential.TotalSeconds:F1} s, on {options.MaxDegreeOfParallelism} threads {watch.Elapsed.TotalSeconds:F1} s");
        mismatches.Should().BeEmpty("every case gets the same bytes whatever thread classifies it");
        expected.Count(h => h[0] == 0).Should().BeGreaterThan(cases / 25, "the cases include invalid ones");
    }

    /// <summary>The SHA-256 of the classification or error line of a case, tagged 1 (classified) or 0 (invalid).</summary>
    private static byte[] Answer(CaseClassifier classifier, byte[] input, int i)
    {
        var result = classifier.Classify(input);
        buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        if (result.IsValid)
        {
            CaseJson.WriteClassification(result.Classification, writer);
        }
        else
        {
            CaseJson.WriteErrors(result.CaseId, "case:" + i.ToString(CultureInfo.InvariantCulture), result.Errors, writer);
        }

        writer.Flush();
        return [(byte)(result.IsValid ? 1 : 0), .. SHA256.HashData(buffer.WrittenSpan)];
    }
}
