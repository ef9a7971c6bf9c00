using System.Text;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Rendering;
using TransnationalRules.Validation;

namespace TransnationalRules.Cli;

/// <summary>
/// The classify command: N cases in, N answers out, in input order; exit 0 all classified, 1 any invalid, 2 a usage
/// error, an unreadable path or no case found at all.
/// </summary>
internal static class Classify
{
    public const int Success = 0;
    public const int SomeInvalid = 1;
    public const int UsageError = 2;

    private static readonly Classifier Classifier = new(RuleSet.Default);

    /// <summary>The exit codes as <c>--help</c> lists them.</summary>
    public const string ExitCodes = "Exit codes: 0 every case classified; 1 some case invalid (its error line or section stands in its place); 2 a usage error, an unreadable path or no case found at all.";

    public static int Run(string[] paths, string format, string language, string detail, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (detail != "full" && format != "json")
        {
            stderr.WriteLine($"--detail {detail} applies to --format json only.");
            return UsageError;
        }

        var files = CaseSources.Resolve(paths, out var error, out var skipped);
        if (error is not null)
        {
            stderr.WriteLine(error);
            return UsageError;
        }

        foreach (var file in skipped)
        {
            stderr.WriteLine($"Skipped {file}: neither a .json nor a .jsonl file.");
        }

        var level = detail == "summary" ? ClassificationDetail.Summary : ClassificationDetail.Full;
        var found = 0;
        IEnumerable<CaseInput> Inputs() => files.SelectMany(f => Counted(CaseSources.Read(f, stdin), f == "-" ? "standard input" : f));
        IEnumerable<CaseInput> Counted(IEnumerable<CaseInput> inputs, string name)
        {
            var cases = 0;
            foreach (var input in inputs)
            {
                cases += input.IsEmptyFile ? 0 : 1;
                yield return input;
            }

            if (cases == 0)
            {
                stderr.WriteLine($"No case found in {name}.");
            }

            found += cases;
        }

        var anyInvalid = false;
        if (format == "json")
        {
            using var buffered = new BufferedStream(stdout, 1 << 16);
            using var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            foreach (var input in Inputs())
            {
                var (classification, _, errors, caseId) = Process(input);
                if (classification is not null)
                {
                    CaseJson.WriteClassification(classification, writer, level);
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
            return ExitCode(found, anyInvalid, stderr);
        }

        using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        using (var report = new ReportWriter(text, format switch { "markdown" => ReportFormat.Markdown, "html" => ReportFormat.Html, _ => ReportFormat.Text }, language == "uk" ? Language.Uk : Language.En))
        {
            foreach (var input in Inputs())
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
        return ExitCode(found, anyInvalid, stderr);
    }

    private static int ExitCode(int found, bool anyInvalid, TextWriter stderr)
    {
        if (found == 0)
        {
            stderr.WriteLine("No case found at all: nothing was classified.");
            return UsageError;
        }

        return anyInvalid ? SomeInvalid : Success;
    }

    private static (CaseClassification? Classification, Model.CaseDescription? Case, IReadOnlyList<CaseError> Errors, string? CaseId) Process(CaseInput input)
    {
        if (input.ReadError is not null)
        {
            return (null, null, [new CaseError("", input.ReadErrorCode, input.ReadError)], null);
        }

        var read = CaseJson.Read(input.Json.Span);
        if (read.Case is null)
        {
            return (null, null, read.Errors, read.CaseId);
        }

        return (Classifier.Classify(read.Case), read.Case, [], read.Case.CaseId);
    }
}
