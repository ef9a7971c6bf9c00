using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Json;

/// <summary>
/// Reads case descriptions (DESIGN §4) and writes cases, classifications (DESIGN §5) and error lines (DESIGN §7) as JSON.
/// </summary>
/// <remarks>
/// <para>
/// Reading parses and validates in one pass and never throws for bad input: it returns a valid case or every problem at
/// once, each with its path, a code of <see cref="ErrorCodes"/> and a message that repeats no value of the case. JSON
/// problems (syntax, types, unknown or repeated properties, depth) are reported in document order, then the value rules
/// of <see cref="CaseDescriptionValidator"/>. An absent or <c>null</c> fact is unknown, except <c>lifeImprisonment</c>:
/// absent is <see langword="false"/>, <c>null</c> is an error. A list that is present is complete.
/// </para>
/// <para>
/// Writing uses the source-generated metadata of the model (cases) or a hand-written <see cref="Utf8JsonWriter"/> path
/// (classifications): no reflection. Overloads that make their own writer produce compact JSON that escapes what JSON
/// requires but leaves Ukrainian letters as they are; pass your own <see cref="Utf8JsonWriter"/> for other settings.
/// All members are thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var read = CaseJson.Read(File.ReadAllBytes("case.json"));
/// if (!read.IsValid)
/// {
///     Console.WriteLine(CaseJson.WriteErrors(read.CaseId, "case.json:1", read.Errors));
///     return;
/// }
///
/// var classification = new Classifier(RuleSet.Default).Classify(read.Case);
/// Console.WriteLine(CaseJson.WriteClassification(classification));
/// </code>
/// </example>
public static class CaseJson
{
    /// <summary>The largest stream <see cref="Read(Stream)"/> reads: 1 GiB, the largest buffer that can still double.</summary>
    internal const int MaxStreamBytes = 1 << 30;

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = ClassificationWriter.Encoder, SkipValidation = true };
    private static readonly Lazy<string> CaseSchemaText = new(() => Resource("case.schema.json"));
    private static readonly Lazy<string> ClassificationSchemaText = new(() => Resource("classification.schema.json"));
    private static readonly Lazy<string> ClassificationSummarySchemaText = new(() => Resource("classification-summary.schema.json"));

    /// <summary>The JSON Schema (draft 2020-12) of a case description, as packed in the library.</summary>
    /// <remarks>It states every rule a schema can; a few (unique offence ids, <c>group.activeIn</c> holding the states of group offences, depth) only reading checks.</remarks>
    public static string CaseSchema => CaseSchemaText.Value;

    /// <summary>The JSON Schema (draft 2020-12) of a classification, as packed in the library.</summary>
    public static string ClassificationSchema => ClassificationSchemaText.Value;

    /// <summary>The JSON Schema (draft 2020-12) of a classification at the summary level (<see cref="ClassificationDetail.Summary"/>), as packed in the library.</summary>
    /// <remarks>Both shapes carry <c>detail</c> (<c>full</c> or <c>summary</c>) right after <c>ruleSet</c>, so a reader can tell them apart.</remarks>
    public static string ClassificationSummarySchema => ClassificationSummarySchemaText.Value;

    /// <summary>Reads and validates a case description from UTF-8 JSON (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <returns>The case, or every problem found.</returns>
    public static CaseReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        var errors = new ErrorList();
        var (@case, caseId) = CaseParser.Parse(utf8Json, errors);
        if (@case is not null)
        {
            CaseValidation.AddTo(errors, @case);
        }

        // Blank is the one caseId rule reading does not check; past the error cap its error may not be on the list.
        if (errors.HasErrorAt("caseId") || Validation.UnicodeText.IsBlank(caseId))
        {
            caseId = null;
        }

        return new CaseReadResult(@case, caseId, errors.ToImmutable());
    }

    /// <summary>Reads and validates a case description from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The case, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CaseReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Reads and validates a case description from a stream of UTF-8 JSON, read to its end.</summary>
    /// <param name="utf8Json">The stream; it is read whole into a pooled buffer, and not closed.</param>
    /// <returns>The case, or every problem found; a stream of 1 GiB or more is not read past that, and is reported as <see cref="ErrorCodes.TooLong"/> at <c>""</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CaseReadResult Read(Stream utf8Json) => Read(utf8Json, MaxStreamBytes);

    /// <summary>Reads a stream of at most <paramref name="maxBytes"/> (a power of two); a longer one is reported, not read.</summary>
    internal static CaseReadResult Read(Stream utf8Json, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(16 * 1024, maxBytes));
        var length = 0;
        try
        {
            int read;
            while ((read = utf8Json.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    if (length >= maxBytes)
                    {
                        // The buffer could not double again (past 1 GiB an int overflows): an error, not an exception.
                        return new CaseReadResult(null, null, [new CaseError(string.Empty, ErrorCodes.TooLong,
                            string.Create(CultureInfo.InvariantCulture, $"The input is {maxBytes / (1024 * 1024):N0} MiB or larger; it was not read to its end."))]);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }
            }

            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Writes a case description as compact JSON, leaving out unknown (<see langword="null"/>) facts.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static string Write(CaseDescription @case) => ToText(@case, static (w, c) => Write(c, w));

    /// <summary>Writes a case description to <paramref name="writer"/>, leaving out unknown (<see langword="null"/>) facts.</summary>
    /// <param name="case">The case.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CaseDescription @case, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, @case, CaseJsonContext.Default.CaseDescription);
    }

    /// <summary>Writes a classification (DESIGN §5) as compact JSON.</summary>
    /// <param name="classification">The classification.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    public static string WriteClassification(CaseClassification classification) =>
        ToText(classification, static (w, c) => WriteClassification(c, w));

    /// <summary>Writes a classification (DESIGN §5) to <paramref name="writer"/>, the fastest way: reuse one writer (<see cref="Utf8JsonWriter.Reset()"/>) for many.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteClassification(CaseClassification classification, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(writer);
        ClassificationWriter.Write(writer, classification);
    }

    /// <summary>Writes a classification (DESIGN §5) as compact UTF-8 JSON to a stream, with no line break after it.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteClassification(CaseClassification classification, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CompactOptions);
        ClassificationWriter.Write(writer, classification);
    }

    /// <summary>Writes a classification (DESIGN §5) as compact JSON at the level of detail asked for.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="detail"><see cref="ClassificationDetail.Full"/> (what the overload without it writes) or <see cref="ClassificationDetail.Summary"/> (outcomes only).</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classification"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="detail"/> is not a defined level.</exception>
    /// <example>
    /// <code>
    /// var classification = new CaseClassifier().ClassifyOrThrow(json);
    /// var line = CaseJson.WriteClassification(classification, ClassificationDetail.Summary);
    /// // {"caseId":"UA-2024-0001","ruleSet":{...},"transnational":"met",...,"outcomes":{"untoc.art2.a":"met",...},...}
    /// </code>
    /// </example>
    public static string WriteClassification(CaseClassification classification, ClassificationDetail detail)
    {
        CheckDetail(detail);
        return ToText(classification, (w, c) => ClassificationWriter.Write(w, c, detail));
    }

    /// <summary>Writes a classification (DESIGN §5) to <paramref name="writer"/> at the level of detail asked for; reuse one writer (<see cref="Utf8JsonWriter.Reset()"/>) for many.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <param name="detail"><see cref="ClassificationDetail.Full"/> or <see cref="ClassificationDetail.Summary"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="detail"/> is not a defined level.</exception>
    public static void WriteClassification(CaseClassification classification, Utf8JsonWriter writer, ClassificationDetail detail)
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(writer);
        CheckDetail(detail);
        ClassificationWriter.Write(writer, classification, detail);
    }

    /// <summary>Writes a classification (DESIGN §5) as compact UTF-8 JSON to a stream at the level of detail asked for, with no line break after it.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="utf8Json">The stream; it is flushed, not closed.</param>
    /// <param name="detail"><see cref="ClassificationDetail.Full"/> or <see cref="ClassificationDetail.Summary"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="detail"/> is not a defined level.</exception>
    public static void WriteClassification(CaseClassification classification, Stream utf8Json, ClassificationDetail detail)
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(utf8Json);
        CheckDetail(detail);
        using var writer = new Utf8JsonWriter(utf8Json, CompactOptions);
        ClassificationWriter.Write(writer, classification, detail);
    }

    /// <summary>
    /// Writes the line that stands for an invalid case (DESIGN §7) as compact JSON:
    /// <c>{"caseId": ..., "source": "file:line", "errors": [{"path": ..., "code": ..., "message": ...}]}</c>.
    /// </summary>
    /// <param name="caseId">The case's id when known (<see cref="CaseReadResult.CaseId"/>), else <see langword="null"/>.</param>
    /// <param name="source">Where the case came from, as <c>file:line</c>; <see langword="null"/> writes <c>null</c>.</param>
    /// <param name="errors">The errors.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> or one of them is null.</exception>
    public static string WriteErrors(string? caseId, string? source, IEnumerable<CaseError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return ToText(errors, (w, e) => WriteErrors(caseId, source, e, w));
    }

    /// <summary>Writes the line that stands for an invalid case (DESIGN §7) to <paramref name="writer"/>.</summary>
    /// <param name="caseId">The case's id when known, else <see langword="null"/>.</param>
    /// <param name="source">Where the case came from, as <c>file:line</c>; <see langword="null"/> writes <c>null</c>.</param>
    /// <param name="errors">The errors.</param>
    /// <param name="writer">The writer; it is not flushed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/>, one of them, or <paramref name="writer"/> is null.</exception>
    public static void WriteErrors(string? caseId, string? source, IEnumerable<CaseError> errors, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(writer);
        ClassificationWriter.WriteErrors(writer, caseId, source, errors);
    }

    private static void CheckDetail(ClassificationDetail detail)
    {
        if (detail is not (ClassificationDetail.Full or ClassificationDetail.Summary))
        {
            throw new ArgumentOutOfRangeException(nameof(detail), detail, "Not a detail level.");
        }
    }

    private static string ToText<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TransnationalRules.Schemas." + name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
