using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Rendering;
using TransnationalRules.Validation;

namespace TransnationalRules.Fuzz;

/// <summary>
/// One fuzz input through the whole pipeline: read, validate and classify it (<see cref="CaseClassifier.Classify(ReadOnlySpan{byte})"/>),
/// then check what came back. Anything but a returned, consistent result throws, and the fuzzer records a crash.
/// </summary>
/// <remarks>
/// Checked beyond "no exception": valid ⇔ no errors; the stream entry point finds the same errors; every error has a
/// known code, a path and a message; a valid case
/// writes as a classification and as a report, and its own JSON (written back by <see cref="CaseJson.Write(Model.CaseDescription)"/>)
/// reads as valid and classifies to byte-identical JSON.
/// </remarks>
internal static class FuzzTarget
{
    private static readonly CaseClassifier Classifier = new();

    public static void Run(ReadOnlySpan<byte> input)
    {
        var result = Classifier.Classify(input);
        Check(result.IsValid == result.Errors.IsEmpty, "IsValid disagrees with Errors");
        using (var stream = new MemoryStream(input.ToArray(), writable: false))
        {
            Check(Classifier.Classify(stream).Errors.SequenceEqual(result.Errors), "the stream and span entry points disagree");
        }

        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                Check(error is not null && ErrorCodes.All.Contains(error.Code), "an error without a known code");
                Check(error!.Path is not null && !string.IsNullOrWhiteSpace(error.Message), "an error without a path or message");
            }

            Check(CaseJson.WriteErrors(result.CaseId, "fuzz:1", result.Errors).Length > 0, "an empty error line");
            return;
        }

        var json = CaseJson.WriteClassification(result.Classification);

        // The case as the library reads it, written back and read again, is the same case.
        var read = CaseJson.Read(input);
        Check(read.IsValid, "CaseJson.Read and CaseClassifier.Classify disagree on validity");
        var again = Classifier.Classify(Encoding.UTF8.GetBytes(CaseJson.Write(read.Case!)));
        Check(again.IsValid, "a valid case written back by CaseJson.Write is invalid");
        Check(CaseJson.WriteClassification(again.Classification!) == json, "a case written back classifies differently");

        // Reports render every valid case; the input picks the format and language.
        var format = (ReportFormat)(input.Length % 3);
        using var report = new ReportWriter(TextWriter.Null, format, input.Length % 2 == 0 ? Language.En : Language.Uk);
        report.WriteCase(result.Classification, read.Case);
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new FuzzFailureException(what);
        }
    }
}
