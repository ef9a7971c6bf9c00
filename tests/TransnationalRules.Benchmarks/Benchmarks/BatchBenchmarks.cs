using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using TransnationalRules.Benchmarks.Corpus;
using TransnationalRules.Json;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Benchmarks;

/// <summary>
/// Batch: 100,000 lines of JSON Lines (the corpus with unknowns, repeated with distinct case ids) read, validated,
/// classified and written back as one classification line each through <see cref="CaseClassifier"/> and
/// <see cref="CaseJson"/>; against the floor, System.Text.Json alone reading each case and writing it back (no
/// validation, no classification). One operation = all 100,000 lines; output goes to <see cref="Stream.Null"/> through
/// one <see cref="Utf8JsonWriter"/> set as the command line sets it.
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    /// <summary>Lines in the batch.</summary>
    public const int Lines = 100_000;

    // As the command line writes JSON Lines: compact, Ukrainian letters left as they are. Both pipelines use it.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private byte[] jsonLines = [];
    private CaseClassifier classifier = null!;

    [GlobalSetup]
    public void Setup()
    {
        classifier = new CaseClassifier();
        jsonLines = BatchInput.JsonLines(BenchSetup.Shared.Corpus, Lines);
        BatchInput.Verify(jsonLines, BenchSetup.Shared.Corpus, classifier);
    }

    [Benchmark]
    public long Batch_ReadValidateClassifyWrite()
    {
        using var writer = new Utf8JsonWriter(Stream.Null, WriterOptions);
        long written = 0;
        var line = 0;
        foreach (var json in new LineReader(jsonLines))
        {
            line++;
            var result = classifier.Classify(json);
            if (result.IsValid)
            {
                CaseJson.WriteClassification(result.Classification!, writer);
            }
            else
            {
                CaseJson.WriteErrors(result.CaseId, "batch:" + line, result.Errors, writer);
            }

            written += EndLine(writer);
        }

        return written;
    }

    [Benchmark(Baseline = true)]
    public long Batch_RawJsonReadWrite()
    {
        using var writer = new Utf8JsonWriter(Stream.Null, WriterOptions);
        long written = 0;
        foreach (var json in new LineReader(jsonLines))
        {
            var c = JsonSerializer.Deserialize(json, RawJsonContext.Default.CaseDescription)!;
            JsonSerializer.Serialize(writer, c, RawJsonContext.Default.CaseDescription);
            written += EndLine(writer);
        }

        return written;
    }

    private static long EndLine(Utf8JsonWriter writer)
    {
        var bytes = writer.BytesPending + writer.BytesCommitted;
        writer.Flush();
        writer.Reset();
        Stream.Null.WriteByte((byte)'\n');
        return bytes + 1;
    }
}

/// <summary>The batch's input: the corpus as JSON Lines, repeated to the length wanted with distinct case ids.</summary>
public static class BatchInput
{
    /// <summary>Makes the JSON Lines.</summary>
    /// <param name="corpus">The corpus; its cases with unknowns are written.</param>
    /// <param name="lines">How many lines.</param>
    /// <returns>UTF-8 JSON Lines, one case a line.</returns>
    public static byte[] JsonLines(BenchCorpus corpus, int lines)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        using var output = new MemoryStream();
        var cases = corpus.WithUnknowns;
        for (var i = 0; i < lines; i++)
        {
            var c = cases[i % cases.Count];
            var bytes = System.Text.Encoding.UTF8.GetBytes(CaseJson.Write(c with { CaseId = $"{c.CaseId}-{i / cases.Count:D3}" }));
            output.Write(bytes);
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    /// <summary>
    /// Checks, before timing, that both pipelines read the first round of lines as the corpus: every line valid and
    /// classified as the in-memory case is, and read back by System.Text.Json with the same offences.
    /// </summary>
    /// <param name="jsonLines">The batch.</param>
    /// <param name="corpus">The corpus it was made from.</param>
    /// <param name="classifier">The library's entry point.</param>
    /// <exception cref="InvalidOperationException">A line reads differently.</exception>
    public static void Verify(byte[] jsonLines, BenchCorpus corpus, CaseClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(classifier);
        var inMemory = new Classification.Classifier(classifier.RuleSet);
        var i = 0;
        foreach (var json in new LineReader(jsonLines))
        {
            if (i == corpus.WithUnknowns.Count)
            {
                break;
            }

            var expected = inMemory.Classify(corpus.WithUnknowns[i]);
            var result = classifier.Classify(json);
            var raw = JsonSerializer.Deserialize(json, RawJsonContext.Default.CaseDescription);
            if (!result.IsValid
                || !result.Classification!.CriteriaMet.SequenceEqual(expected.CriteriaMet)
                || !result.Classification.MissingFacts.SequenceEqual(expected.MissingFacts)
                || raw is null
                || !raw.Offences.Select(o => (o.Kind, o.CommittedIn?.Count)).SequenceEqual(corpus.WithUnknowns[i].Offences.Select(o => (o.Kind, o.CommittedIn?.Count))))
            {
                throw new InvalidOperationException($"Batch line {i + 1} does not read as case {corpus.WithUnknowns[i].CaseId}: "
                    + string.Join("; ", result.Errors.Select(e => e.ToString())));
            }

            i++;
        }
    }
}

/// <summary>The lines of UTF-8 JSON Lines, as spans, without copying.</summary>
/// <param name="utf8">The JSON Lines.</param>
public ref struct LineReader(ReadOnlySpan<byte> utf8)
{
    private ReadOnlySpan<byte> rest = utf8;

    /// <summary>The current line (without its newline).</summary>
    public ReadOnlySpan<byte> Current { get; private set; }

    /// <summary>This reader, for <c>foreach</c>.</summary>
    /// <returns>The reader.</returns>
    public readonly LineReader GetEnumerator() => this;

    /// <summary>Moves to the next non-empty line.</summary>
    /// <returns>Whether there is one.</returns>
    public bool MoveNext()
    {
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            Current = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (!Current.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>System.Text.Json's own source-generated reading and writing of the case model, for the raw baseline.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CaseDescription))]
internal sealed partial class RawJsonContext : JsonSerializerContext;
