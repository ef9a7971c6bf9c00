using System.Text;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Rendering;
using TransnationalRules.Validation;

namespace TransnationalRules.Cli;

/// <summary>The classify command: N cases in, N answers out, in input order; exit 0 all classified, 1 any invalid, 2 usage.</summary>
internal static class Classify
{
    public const int Success = 0;
    public const int SomeInvalid = 1;
    public const int UsageError = 2;

    private static readonly Classifier Classifier = new(RuleSet.Default);

    public static int Run(string[] paths, string format, string language, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var files = CaseSources.Resolve(paths, out var error);
        if (error is not null)
        {
            stderr.WriteLine(error);
            return UsageError;
        }

        var anyInvalid = false;
        if (format == "json")
        {
            using var buffered = new BufferedStream(stdout, 1 << 16);
            using var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            foreach (var input in files.SelectMany(f => CaseSources.Read(f, stdin)))
            {
                var (classification, _, errors, caseId) = Process(input);
                if (classification is not null)
                {
                    CaseJson.WriteClassification(classification, writer);
                }
                else
                {
                    anyInvalid = true;
                    CaseJson.WriteErrors(caseId, input.Source, errors, writer);
                }

                writer.Flush();
                writer.Reset();
                buffered.WriteByte((byte)'\n');
            }

            buffered.Flush();
            return anyInvalid ? SomeInvalid : Success;
        }

        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        using (var report = new ReportWriter(text, format switch { "markdown" => ReportFormat.Markdown, "html" => ReportFormat.Html, _ => ReportFormat.Text }, language == "uk" ? Language.Uk : Language.En))
        {
            foreach (var input in files.SelectMany(f => CaseSources.Read(f, stdin)))
            {
                var (classification, @case, errors, caseId) = Process(input);
                if (classification is not null)
                {
                    report.WriteCase(classification, @case);
                }
                else
                {
                    anyInvalid = true;
                    report.WriteInvalid(caseId, input.Source, errors.Select(e => (e.Path, e.Code, e.Message)));
                }
            }
        }

        text.Flush();
        return anyInvalid ? SomeInvalid : Success;
    }

    private static (CaseClassification? Classification, Model.CaseDescription? Case, IReadOnlyList<CaseError> Errors, string? CaseId) Process(CaseInput input)
    {
        if (input.ReadError is not null)
        {
            return (null, null, [new CaseError("", ErrorCodes.TooLong, input.ReadError)], null);
        }

        var read = CaseJson.Read(input.Json.Span);
        if (read.Case is null)
        {
            return (null, null, read.Errors, read.CaseId);
        }

        return (Classifier.Classify(read.Case), read.Case, [], read.Case.CaseId);
    }
}
