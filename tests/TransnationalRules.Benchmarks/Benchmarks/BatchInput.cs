using System.Text.Json;
using TransnationalRules.Benchmarks.Corpus;
using TransnationalRules.Json;

namespace TransnationalRules.Benchmarks.Benchmarks;

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
