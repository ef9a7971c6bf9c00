using System.Globalization;
using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>A Markdown report: headlines, every criterion with its reason, provision and tree as nested lists, cooperation, ask first.</summary>
internal sealed class MarkdownEmitter(TextWriter output, Language language) : ReportEmitter(output, language)
{
    public override void Begin(string title) => Output.WriteLine($"# {title}\n");

    public override void Case(CaseReport c)
    {
        var l = Language;
        Output.WriteLine($"## {Md(c.Title)}\n");
        Output.WriteLine($"- **{c.Transnational.Title}:** {Headline(c.Transnational)}");
        Output.WriteLine($"- **{c.ConventionApplies.Title}:** {Headline(c.ConventionApplies)}");
        Output.WriteLine($"- **{Words.AreasEngaged(l)}:** {Md(List(c.AreasEngaged))}");
        Output.WriteLine($"- **{Words.AreasOpen(l)}:** {Md(List(c.AreasOpen))}\n");
        Output.WriteLine($"### {Words.Pick(l, "Criteria", "Критерії")}\n");
        foreach (var r in c.Criteria)
        {
            Item(r);
            if (!r.Missing.IsEmpty)
            {
                Output.WriteLine($"  - {Words.Missing(l)}: {Facts(r.Missing)}");
            }

            Quote(r);
            foreach (var child in r.Tree.Value)
            {
                Node(child, 1);
            }
        }

        if (!c.Cooperation.IsEmpty)
        {
            Output.WriteLine($"\n### {Words.Cooperation(l)}");
            foreach (var state in c.Cooperation)
            {
                Output.WriteLine($"\n#### {Md(state.Title)}\n");
                Output.WriteLine($"{Words.OpenRoutes(l)}: {Md(OpenRoutes(state))}\n");
                foreach (var r in state.Routes)
                {
                    Item(r);
                    if (r.Outcome == Outcome.Unknown && !r.Missing.IsEmpty)
                    {
                        Output.WriteLine($"  - {Words.StillNeeded(l)}: {Facts(r.Missing)}");
                    }

                    Quote(r);
                }
            }
        }

        Output.WriteLine($"\n### {Words.AskFirst(l)}\n");
        if (c.AskFirst.IsEmpty)
        {
            Output.WriteLine(Words.None(l));
        }

        for (var i = 0; i < c.AskFirst.Length; i++)
        {
            Output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {Fact(c.AskFirst[i])}");
        }

        foreach (var part in c.Parts)
        {
            Output.WriteLine($"\n### {Md(part.Heading)}\n");
            foreach (var line in part.Lines)
            {
                Output.WriteLine($"- {Md(line.Text)}{(line.Facts.IsEmpty ? string.Empty : ": " + Facts(line.Facts))}");
            }
        }

        Output.WriteLine();
    }

    public override void Invalid(string title, IEnumerable<(string Path, string Code, string Message)> errors)
    {
        Output.WriteLine($"## {Md(title)}");
        Output.WriteLine();
        foreach (var (path, code, message) in errors)
        {
            Output.WriteLine($"- `{path}` **{code}**: {Md(message)}");
        }

        Output.WriteLine();
    }

    public override void End(string summary) => Output.WriteLine($"---\n\n{summary}");

    private void Item(CriterionItem r)
    {
        Output.WriteLine($"- {Mark(r.Outcome)} **{Words.Outcome(r.Outcome, Language)}** — `{r.Id}` {Md(r.Title)} ({Md(r.Citation)})");
        Output.WriteLine($"  - {Md(r.Reason)}");
    }

    /// <summary>The quoted provision as a Markdown quote block under the criterion, in the reader's language.</summary>
    private void Quote(CriterionItem r)
    {
        if (r.Provision is { } quote)
        {
            Output.WriteLine($"  > **{Words.Provision(Language)} ({Md(r.Citation)}):** {Md(quote)}");
        }
    }

    private void Node(TreeNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        Output.WriteLine($"{indent}- {Mark(node.Outcome)} {Md(node.Text)}: *{Words.Outcome(node.Outcome, Language)}*{(node.Detail is null ? "" : $" ({Md(node.Detail)})")}");
        foreach (var child in node.Children)
        {
            Node(child, depth + 1);
        }
    }

    /// <summary>"MET — reason"; when unknown, the first fact to ask for, its path as code.</summary>
    private string Headline(HeadlineItem h) =>
        Md(Upper(h.Outcome))
        + (h.Reason is null ? string.Empty : Md($" — {h.Reason}"))
        + (h.AskFirst is null ? string.Empty : $"{Md($" {Words.AskFirstOne(Language)}: ")}{Fact(h.AskFirst)}.");

    private static string Facts(IEnumerable<FactItem> facts) => string.Join("; ", facts.Select(Fact));

    private static string Fact(FactItem f) => f.Label is { } label ? $"{Md(label)} (`{f.Path}`)" : $"`{f.Path}`";

    private static string Mark(Outcome o) => o switch { Outcome.Met => "✅", Outcome.NotMet => "❌", _ => "❔" };

    private static string Md(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);
}
