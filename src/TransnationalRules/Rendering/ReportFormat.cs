namespace TransnationalRules.Rendering;

/// <summary>The report formats.</summary>
public enum ReportFormat
{
    /// <summary>A readable plain-text summary per case.</summary>
    Text = 0,

    /// <summary>A Markdown report of all cases, criteria as nested lists.</summary>
    Markdown = 1,

    /// <summary>One self-contained HTML page (no external assets), readable on a phone.</summary>
    Html = 2,
}
