using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using TransnationalRules.Json;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Benchmarks;

/// <summary>
/// Batch: 100,000 lines of JSON Lines (the corpus with unknowns, repeated with distinct case ids) read, validated,
/// classified and written back as one classification line each through <see cref="CaseClassifier"/> and
/// <see cref="CaseJson"/>, at the <c>full</c> and at the <c>summary</c> level; against the floor, System.Text.Json alone reading each case and writing it back (no
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

    /// <summary>The library's pipeline writing the <c>full</c> classification (DESIGN §5): every title, citation, reason, evidence.</summary>
    [Benchmark]
    public long Batch_ReadValidateClassifyWriteFull() => ReadValidateClassifyWrite(ClassificationDetail.Full);

    /// <summary>The library's pipeline writing the <c>summary</c> level (DESIGN §5 "Detail levels"): outcomes and missing facts only.</summary>
    [Benchmark]
    public long Batch_ReadValidateClassifyWriteSummary() => ReadValidateClassifyWrite(ClassificationDetail.Summary);

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

    private long ReadValidateClassifyWrite(ClassificationDetail detail)
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
                CaseJson.WriteClassification(result.Classification!, writer, detail);
            }
            else
            {
                CaseJson.WriteErrors(result.CaseId, "batch:" + line, result.Errors, writer);
            }

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

/// <summary>System.Text.Json's own source-generated reading and writing of the case model, for the raw baseline.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CaseDescription))]
internal sealed partial class RawJsonContext : JsonSerializerContext;
