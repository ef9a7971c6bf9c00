using System.Net;
using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>
/// One self-contained HTML page (no external assets, readable on a phone): headlines with badges, every criterion with
/// its reason, citation, provision on demand and tree, cooperation per State, ask first. Every text is HTML-encoded.
/// </summary>
internal sealed class HtmlEmitter(TextWriter output, Language language) : ReportEmitter(output, language)
{
    public override void Begin(string title) =>
        Output.WriteLine($"<!DOCTYPE html>\n<html lang=\"{(Language == Language.Uk ? "uk" : "en")}\"><head><meta charset=\"utf-8\" /><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" /><title>{H(title)}</title><style>{HtmlStyle}</style></head><body><main><h1>{H(title)}</h1>");

    public override void Case(CaseReport c)
    {
        var l = Language;
        Output.WriteLine($"<section class=\"case\" id=\"case-{H(c.Id)}\"><h2>{H(c.Title)}</h2>");
        Output.WriteLine("<dl class=\"headline\">");
        Output.WriteLine($"<dt>{H(c.Transnational.Title)}</dt><dd>{Headline(c.Transnational)}</dd>");
        Output.WriteLine($"<dt>{H(c.ConventionApplies.Title)}</dt><dd>{Headline(c.ConventionApplies)}</dd>");
        Output.WriteLine($"<dt>{H(Words.AreasEngaged(l))}</dt><dd>{H(List(c.AreasEngaged))}</dd>");
        Output.WriteLine($"<dt>{H(Words.AreasOpen(l))}</dt><dd>{H(List(c.AreasOpen))}</dd></dl>");
        Output.WriteLine($"<h3>{H(Words.Pick(l, "Criteria", "Критерії"))}</h3><ul class=\"criteria\">");
        foreach (var r in c.Criteria)
        {
            Output.WriteLine($"<li class=\"criterion {Code(r.Outcome)}\" data-id=\"{H(r.Id)}\"><details><summary>{Badge(r.Outcome)} <code>{H(r.Id)}</code> {H(r.Title)}</summary>");
            Output.WriteLine($"<p class=\"reason\">{H(r.Reason)}</p>");
            Output.Write($"<p class=\"citation\">{H(r.Citation)}</p>");
            Quote(r);
            if (!r.Missing.IsEmpty)
            {
                Output.Write($"<p class=\"missing\">{H(Words.Missing(l))}: {Facts(r.Missing)}</p>");
            }

            Output.Write("<ul class=\"tree\">");
            foreach (var child in r.Tree.Value)
            {
                Node(child);
            }

            Output.WriteLine("</ul></details></li>");
        }

        Output.WriteLine("</ul>");
        if (!c.Cooperation.IsEmpty)
        {
            Output.WriteLine($"<section class=\"cooperation\"><h3>{H(Words.Cooperation(l))}</h3>");
            foreach (var state in c.Cooperation)
            {
                Output.WriteLine($"<h4 data-state=\"{H(state.Code)}\">{H(state.Title)}</h4><p>{H(Words.OpenRoutes(l))}: {H(OpenRoutes(state))}</p><ul class=\"routes\">");
                foreach (var r in state.Routes)
                {
                    Output.Write($"<li class=\"route {Code(r.Outcome)}\" data-route=\"{H(r.Id)}\"><details><summary>{Badge(r.Outcome)} <code>{H(r.Id)}</code> {H(r.Title)}</summary>");
                    Output.Write($"<p class=\"reason\">{H(r.Reason)}</p><p class=\"citation\">{H(r.Citation)}</p>");
                    Quote(r);
                    if (r.Outcome == Outcome.Unknown && !r.Missing.IsEmpty)
                    {
                        Output.Write($"<p class=\"missing\">{H(Words.StillNeeded(l))}: {Facts(r.Missing)}</p>");
                    }

                    Output.WriteLine("</details></li>");
                }

                Output.WriteLine("</ul>");
            }

            Output.WriteLine("</section>");
        }

        Output.WriteLine($"<h3>{H(Words.AskFirst(l))}</h3>");
        Output.WriteLine(c.AskFirst.IsEmpty
            ? $"<p>{H(Words.None(l))}</p>"
            : $"<ol class=\"questions\">{string.Concat(c.AskFirst.Select(f => $"<li>{Facts([f])}</li>"))}</ol>");
        foreach (var part in c.Parts)
        {
            Output.WriteLine($"<h3>{H(part.Heading)}</h3><ul class=\"part\">{string.Concat(part.Lines.Select(line => $"<li>{H(line.Text)}{(line.Facts.IsEmpty ? string.Empty : ": " + Facts(line.Facts))}</li>"))}</ul>");
        }

        Output.WriteLine("</section>");
    }

    public override void Invalid(string title, IEnumerable<(string Path, string Code, string Message)> errors)
    {
        Output.WriteLine($"<section class=\"case invalid\"><h2>{H(title)}</h2><ul>");
        foreach (var (path, code, message) in errors)
        {
            Output.WriteLine($"<li><code>{H(path)}</code> <b>{H(code)}</b>: {H(message)}</li>");
        }

        Output.WriteLine("</ul></section>");
    }

    public override void End(string summary) => Output.WriteLine($"<footer>{H(summary)}</footer></main></body></html>");

    /// <summary>The badge, then the one-line reason and, when unknown, the first fact to ask for.</summary>
    private string Headline(HeadlineItem h) =>
        Badge(h.Outcome)
        + (h.Reason is null ? string.Empty : $" <span class=\"because\">{H(h.Reason)}</span>")
        + (h.AskFirst is null ? string.Empty : $"<br /><span class=\"ask\">{H(Words.AskFirstOne(Language))}: {Facts([h.AskFirst])}</span>");

    /// <summary>The quoted provision on demand, in the reader's language.</summary>
    private void Quote(CriterionItem r)
    {
        if (r.Provision is { } provision)
        {
            Output.Write($"<details class=\"provision\"><summary>{H(Words.Provision(Language))}</summary><blockquote>{H(provision)}</blockquote></details>");
        }
    }

    private void Node(TreeNode node)
    {
        Output.Write($"<li class=\"{Code(node.Outcome)}\">{Badge(node.Outcome)} {H(node.Text)}");
        if (node.Detail is not null)
        {
            Output.Write($" <small>{H(node.Detail)}</small>");
        }

        if (node.Children.Count > 0)
        {
            Output.Write("<ul>");
            foreach (var child in node.Children)
            {
                Node(child);
            }

            Output.Write("</ul>");
        }

        Output.Write("</li>");
    }

    private static string Facts(IEnumerable<FactItem> facts) =>
        string.Join("; ", facts.Select(f => f.Label is { } label ? $"{H(label)} <code>{H(f.Path)}</code>" : $"<code>{H(f.Path)}</code>"));

    private string Badge(Outcome? o) => o is Outcome x
        ? $"<span class=\"badge {Code(x)}\">{Symbol(x)} {H(Words.Outcome(x, Language))}</span>"
        : "<span class=\"badge\">—</span>";

    private static string Code(Outcome o) => o switch { Outcome.Met => "met", Outcome.NotMet => "notMet", _ => "unknown" };

    /// <summary>Symbols every system font has (the word beside it carries the meaning for colour-blind readers too).</summary>
    private static string Symbol(Outcome o) => o switch { Outcome.Met => "✓", Outcome.NotMet => "✗", _ => "?" };

    private static string H(string s) => WebUtility.HtmlEncode(s);

    private const string HtmlStyle =
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24;line-height:1.45}" +
        "main{max-width:60rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem}h2{font-size:1.2rem;margin-top:0}h3{font-size:1rem;margin-bottom:.3rem}" +
        ".case{background:#fff;border-radius:.5rem;padding:1rem;margin:1rem 0;box-shadow:0 1px 3px rgba(0,0,0,.12)}" +
        ".case.invalid{border-left:.4rem solid #b42318}" +
        ".headline{display:grid;grid-template-columns:minmax(8rem,18rem) 1fr;gap:.3rem .8rem}.headline dt{font-weight:600}.headline dd{margin:0}" +
        "ul.criteria{list-style:none;padding:0}.criterion{border-top:1px solid #e4e7ec;padding:.4rem 0}summary{cursor:pointer}" +
        ".badge{display:inline-block;border-radius:1rem;padding:0 .5rem;font-size:.85rem;font-weight:600;white-space:nowrap}" +
        ".badge.met{background:#dcfae6;color:#067647}.badge.notMet{background:#fee4e2;color:#b42318}.badge.unknown{background:#fef0c7;color:#93370d}" +
        ".reason{margin:.3rem 0}.because{margin-left:.3rem}.ask{display:inline-block;margin-top:.2rem;color:#93370d}.citation{color:#475467;font-size:.9rem;margin:.2rem 0}.missing{color:#93370d;font-size:.9rem}" +
        "blockquote{margin:.3rem 0 .3rem .5rem;padding-left:.6rem;border-left:3px solid #d0d5dd;color:#344054;font-size:.9rem}" +
        "ul.tree,ul.tree ul{padding-left:1.1rem;font-size:.92rem}small{color:#475467;word-break:break-word}code{font-size:.85rem;word-break:break-word}" +
        "footer{color:#475467;margin:1rem 0}@media (max-width:30rem){.headline{grid-template-columns:1fr}main{padding:.5rem}}";
}
