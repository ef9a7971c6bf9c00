using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules;

/// <summary>
/// The entry point: reads a case description (JSON or C#), validates it against DESIGN §4 and classifies it against a
/// rule set (DESIGN §3, §5). Build one and share it: it is immutable and thread-safe.
/// </summary>
/// <remarks>
/// Invalid input is an expected outcome: <c>Classify</c> returns a <see cref="ClassificationResult"/> with every
/// problem at once (path, stable code of <see cref="ErrorCodes"/>, a message that repeats no value of the case) and no
/// classification. <c>ClassifyOrThrow</c> throws <see cref="CaseValidationException"/> instead. A null argument is
/// misuse and throws <see cref="ArgumentNullException"/>.
/// </remarks>
/// <example>
/// <code>
/// var classifier = new CaseClassifier();   // RuleSet.Default
/// var result = classifier.Classify("""
///     { "caseId": "UA-2024-0001",
///       "offences": [ { "id": "fraud", "kind": "fraud", "maximumPenaltyYears": 12, "committedIn": ["MD", "UA"] } ] }
///     """);
/// if (result.IsValid)
/// {
///     Console.WriteLine(result.Classification.Transnational);            // Met: committed in two states
///     Console.WriteLine(CaseJson.WriteClassification(result.Classification));
/// }
/// else
/// {
///     foreach (var error in result.Errors)
///     {
///         Console.WriteLine(error);   // e.g. "offences[0].committedIn[1]: invalidStateCode: Must be ..."
///     }
/// }
/// </code>
/// </example>
public sealed class CaseClassifier
{
    private readonly Classifier classifier;

    /// <summary>Builds a classifier for <paramref name="ruleSet"/>.</summary>
    /// <param name="ruleSet">The rule set; <see langword="null"/> for <see cref="RuleSet.Default"/>.</param>
    /// <exception cref="ArgumentException">A rule refers to a criterion not in the set, or criteria refer to each other in a cycle.</exception>
    public CaseClassifier(RuleSet? ruleSet = null)
    {
        classifier = new Classifier(ruleSet ?? RuleSet.Default);
    }

    private CaseClassifier(Classifier classifier, bool _) => this.classifier = classifier;

    /// <summary>Wraps an already built classifier, so that JSON callers and model callers share one built rule set.</summary>
    /// <param name="classifier">The classifier.</param>
    /// <returns>The entry point over <paramref name="classifier"/>.</returns>
    public static CaseClassifier For(Classifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        return new CaseClassifier(classifier, true);
    }

    /// <summary>The rule set cases are classified against.</summary>
    public RuleSet RuleSet => classifier.RuleSet;

    /// <summary>Reads, validates and classifies a case given as a JSON string.</summary>
    /// <param name="json">The case description (DESIGN §4).</param>
    /// <returns>The classification, or every problem of the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public ClassificationResult Classify(string json) => Classify(CaseJson.Read(json));

    /// <summary>Reads, validates and classifies a case given as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The case description (DESIGN §4).</param>
    /// <returns>The classification, or every problem of the input.</returns>
    public ClassificationResult Classify(ReadOnlySpan<byte> utf8Json) => Classify(CaseJson.Read(utf8Json));

    /// <summary>Reads a case from a stream of UTF-8 JSON (to its end), validates and classifies it.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The classification, or every problem of the input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ClassificationResult Classify(Stream utf8Json) => Classify(CaseJson.Read(utf8Json));

    /// <summary>Validates and classifies a case built in C#.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The classification, or every problem of the case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public ClassificationResult Classify(CaseDescription @case)
    {
        var errors = CaseValidation.Validate(@case);
        if (!errors.IsEmpty)
        {
            var caseIdValid = !errors.Any(e => e.Path == "caseId");
            return new ClassificationResult(null, caseIdValid ? @case.CaseId : null, errors);
        }

        var classification = classifier.Classify(@case);
        return new ClassificationResult(classification, classification.CaseId, []);
    }

    /// <summary>Reads, validates and classifies a case given as a JSON string; throws when it is invalid.</summary>
    /// <param name="json">The case description (DESIGN §4).</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CaseValidationException">The case is invalid; the exception carries every problem.</exception>
    public CaseClassification ClassifyOrThrow(string json) => Classify(json).GetClassificationOrThrow();

    /// <summary>Reads, validates and classifies a case given as UTF-8 JSON; throws when it is invalid.</summary>
    /// <param name="utf8Json">The case description (DESIGN §4).</param>
    /// <returns>The classification.</returns>
    /// <exception cref="CaseValidationException">The case is invalid; the exception carries every problem.</exception>
    public CaseClassification ClassifyOrThrow(ReadOnlySpan<byte> utf8Json) => Classify(utf8Json).GetClassificationOrThrow();

    /// <summary>Reads a case from a stream of UTF-8 JSON, validates and classifies it; throws when it is invalid.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="CaseValidationException">The case is invalid; the exception carries every problem.</exception>
    public CaseClassification ClassifyOrThrow(Stream utf8Json) => Classify(utf8Json).GetClassificationOrThrow();

    /// <summary>Validates and classifies a case built in C#; throws when it is invalid.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="CaseValidationException">The case is invalid; the exception carries every problem.</exception>
    public CaseClassification ClassifyOrThrow(CaseDescription @case) => Classify(@case).GetClassificationOrThrow();

    private ClassificationResult Classify(CaseReadResult read) =>
        read.IsValid
            ? new ClassificationResult(classifier.Classify(read.Case), read.CaseId, [])
            : new ClassificationResult(null, read.CaseId, read.Errors);
}
