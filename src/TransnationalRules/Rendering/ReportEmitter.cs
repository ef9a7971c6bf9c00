using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>
/// Writes the parts of a report in one format: the page's opening, each case's <see cref="CaseReport"/>, each invalid
/// case, the closing summary. Emitters only lay out and escape; what to say is decided in <see cref="CaseReportBuilder"/>.
/// </summary>
internal abstract class ReportEmitter(TextWriter output, Language language)
{
    protected TextWriter Output { get; } = output;

    protected Language Language { get; } = language;

    public static ReportEmitter For(ReportFormat format, TextWriter output, Language language) => format switch
    {
        ReportFormat.Markdown => new MarkdownEmitter(output, language),
        ReportFormat.Html => new HtmlEmitter(output, language),
        _ => new TextEmitter(output, language),
    };

    /// <summary>Opens the report.</summary>
    public abstract void Begin(string title);

    /// <summary>Writes one classified case.</summary>
    public abstract void Case(CaseReport report);

    /// <summary>Writes a case that could not be classified, with its errors.</summary>
    public abstract void Invalid(string title, IEnumerable<(string Path, string Code, string Message)> errors);

    /// <summary>Closes the report with its summary line.</summary>
    public abstract void End(string summary);

    /// <summary>"MET", «ТАК», or "—" when there is no outcome.</summary>
    protected string Upper(Outcome? o) => o is Outcome x ? Words.Outcome(x, Language).ToUpperInvariant() : "—";

    /// <summary>"label; label", or "none".</summary>
    protected string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? Words.None(Language) : string.Join("; ", list);
    }

    /// <summary>The open routes of a State: "title (citation); …", or "none".</summary>
    protected string OpenRoutes(StateItem state) => List(state.Open.Select(r => $"{r.Title} ({r.Citation})"));
}
