using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Rendering;

/// <summary>
/// Writes classifications as a readable report — plain text, Markdown, or one self-contained HTML page — in English
/// or Ukrainian, one case at a time, so a report of many cases streams.
/// </summary>
/// <remarks>
/// Per case: the two headline findings, every criterion with its outcome (in colour and in words), reason and
/// citation, the quoted provision on demand (HTML), the criteria as trees (Markdown and HTML), per foreign State of
/// <c>abroad</c> the cooperation routes (open ones first, then what the others still need, as labels with their
/// paths), and the missing facts ranked "ask first". Free-text case data is HTML-encoded; nothing from the case is ever executed.
/// </remarks>
/// <example>
/// <code>
/// using var writer = new ReportWriter(Console.Out, ReportFormat.Html, Language.Uk);
/// writer.WriteCase(classifier.Classify(someCase), someCase);
/// writer.Complete();
/// </code>
/// </example>
public sealed class ReportWriter : IDisposable
{
    private readonly TextWriter output;
    private readonly ReportEmitter emitter;
    private readonly Language language;
    private bool started;
    private bool completed;
    private int classified;
    private int invalid;

    /// <summary>Creates a writer.</summary>
    /// <param name="output">Where to write; not closed by this writer.</param>
    /// <param name="format">The format.</param>
    /// <param name="language">The language of every text.</param>
    public ReportWriter(TextWriter output, ReportFormat format, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        emitter = ReportEmitter.For(format, output, language);
        this.language = language;
        this.output = output;
    }

    /// <summary>Writes one classified case.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="case">The case it classified, for its title and offence ids; optional.</param>
    public void WriteCase(CaseClassification classification, CaseDescription? @case = null)
    {
        ArgumentNullException.ThrowIfNull(classification);
        Start();
        classified++;
        emitter.Case(CaseReportBuilder.Build(classification, @case, language));
    }

    /// <summary>Writes a case that could not be classified, with its errors, so that every input case is accounted for.</summary>
    /// <param name="caseId">The case's id when it could be read, else <see langword="null"/>.</param>
    /// <param name="source">Where it came from, e.g. <c>cases.jsonl:12</c>.</param>
    /// <param name="errors">The errors as (path, code, message).</param>
    public void WriteInvalid(string? caseId, string source, IEnumerable<(string Path, string Code, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(errors);
        Start();
        invalid++;
        emitter.Invalid($"{Words.Case(language)} {caseId ?? "?"} ({source}) — {Words.Invalid(language)}", errors);
    }

    /// <summary>Ends the report (the HTML page's closing tags and the summary line).</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        Start();
        completed = true;
        emitter.End(Words.Summary(language, classified, invalid));
        output.Flush();
    }

    /// <summary>Completes the report.</summary>
    public void Dispose() => Complete();

    private void Start()
    {
        if (started)
        {
            return;
        }

        started = true;
        emitter.Begin(Words.Pick(language, "Transnational organised crime: case classification", "Транснаціональна організована злочинність: класифікація справ"));
    }
}
