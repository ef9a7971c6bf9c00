using System.Globalization;
using System.Net;
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
    private readonly ReportFormat format;
    private readonly Language language;
    private bool started;
    private CaseClassification? current;
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
        this.output = output;
        this.format = format;
        this.language = language;
    }

    /// <summary>Writes one classified case.</summary>
    /// <param name="classification">The classification.</param>
    /// <param name="case">The case it classified, for its title and offence ids; optional.</param>
    public void WriteCase(CaseClassification classification, CaseDescription? @case = null)
    {
        ArgumentNullException.ThrowIfNull(classification);
        Start();
        classified++;
        current = classification;
        switch (format)
        {
            case ReportFormat.Markdown: Markdown(classification, @case); break;
            case ReportFormat.Html: Html(classification, @case); break;
            default: Text(classification, @case); break;
        }
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
        var title = $"{Words.Case(language)} {caseId ?? "?"} ({source}) — {Words.Invalid(language)}";
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine($"## {Md(title)}");
                output.WriteLine();
                foreach (var (path, code, message) in errors)
                {
                    output.WriteLine($"- `{path}` **{code}**: {Md(message)}");
                }

                output.WriteLine();
                break;
            case ReportFormat.Html:
                output.WriteLine($"<section class=\"case invalid\"><h2>{H(title)}</h2><ul>");
                foreach (var (path, code, message) in errors)
                {
                    output.WriteLine($"<li><code>{H(path)}</code> <b>{H(code)}</b>: {H(message)}</li>");
                }

                output.WriteLine("</ul></section>");
                break;
            default:
                output.WriteLine(title);
                foreach (var (path, code, message) in errors)
                {
                    output.WriteLine($"  {path}: {code}: {message}");
                }

                output.WriteLine();
                break;
        }
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
        var summary = Words.Summary(language, classified, invalid);
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine($"---\n\n{summary}");
                break;
            case ReportFormat.Html:
                output.WriteLine($"<footer>{H(summary)}</footer></main></body></html>");
                break;
            default:
                output.WriteLine(summary);
                break;
        }

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
        var title = Words.Pick(language, "Transnational organised crime: case classification", "Транснаціональна організована злочинність: класифікація справ");
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine($"# {title}\n");
                break;
            case ReportFormat.Html:
                output.WriteLine($"<!DOCTYPE html>\n<html lang=\"{(language == Language.Uk ? "uk" : "en")}\"><head><meta charset=\"utf-8\" /><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" /><title>{H(title)}</title><style>{HtmlStyle}</style></head><body><main><h1>{H(title)}</h1>");
                break;
            default:
                break;
        }
    }

    private static string Code(Outcome o) => o switch { Outcome.Met => "met", Outcome.NotMet => "notMet", _ => "unknown" };

    private string CaseTitle(CaseClassification c, CaseDescription? @case) =>
        $"{Words.Case(language)} {c.CaseId}" + (@case?.Title is { Length: > 0 } t ? $" — {t}" : "");

    private static IEnumerable<CriterionResult> Areas(CaseClassification c, Outcome o) =>
        c.Criteria.Where(r => r.Outcome == o && IsArea(c, r));

    /// <summary>Whether the rule set summarises a criterion as an area engaged or open rather than listing it with its reason.</summary>
    private static bool IsArea(CaseClassification c, CriterionResult r) => c.RuleSet.Areas.Contains(r.Id, StringComparer.Ordinal);

    private string AreaList(CaseClassification c, Outcome o)
    {
        var areas = Areas(c, o).Select(r => r.Title.In(language)).ToList();
        return areas.Count == 0 ? Words.None(language) : string.Join("; ", areas);
    }

    private void Text(CaseClassification c, CaseDescription? @case)
    {
        var l = language;
        output.WriteLine(CaseTitle(c, @case));
        output.WriteLine($"  {Words.Transnational(l)}: {Headline(c.Transnational, c, c.RuleSet.TransnationalId, p => p)}");
        output.WriteLine($"  {Words.ConventionApplies(l)}: {Headline(c.ConventionApplies, c, c.RuleSet.ConventionAppliesId, p => p)}");
        foreach (var r in c.Criteria.Where(r => !IsArea(c, r)))
        {
            output.WriteLine($"  {Words.Outcome(r.Outcome, l),-14} {r.Id,-21} {r.Title.In(l)} ({Cite(r)})");
            output.WriteLine($"  {"",-14} {"",-21} {r.Reason.In(l)}");
        }

        if (c.Offences.Length > 1)
        {
            foreach (var o in c.Offences)
            {
                var t = o.Criteria.FirstOrDefault(x => x.Id == c.RuleSet.TransnationalId);
                var a = o.Criteria.FirstOrDefault(x => x.Id == c.RuleSet.ConventionAppliesId);
                output.WriteLine($"  {Words.Offence(l, o.Id)}: {Words.Pick(l, "transnational", "транснаціональний")} {Headline(t?.Outcome)}, {Words.Pick(l, "Convention applies", "Конвенція застосовується")} {Headline(a?.Outcome)}");
            }
        }

        output.WriteLine($"  {Words.AreasEngaged(l)}: {AreaList(c, Outcome.Met)}");
        output.WriteLine($"  {Words.AreasOpen(l)}: {AreaList(c, Outcome.Unknown)}");
        if (!c.Cooperation.IsEmpty)
        {
            output.WriteLine($"  {Words.Cooperation(l)}:");
            foreach (var state in c.Cooperation)
            {
                output.WriteLine($"    {StateTitle(state.State)}: {Words.OpenRoutes(l)}: {RouteList(state, Outcome.Met)}");
                foreach (var r in Routes(state))
                {
                    output.WriteLine($"      {Words.Outcome(r.Outcome, l),-14} {r.Id,-12} {r.Title.In(l)} ({Cite(r)})");
                    output.WriteLine($"      {"",-14} {"",-12} {r.Reason.In(l)}");
                    if (r.Outcome == Outcome.Unknown && !r.MissingFacts.IsEmpty)
                    {
                        output.WriteLine($"      {"",-14} {"",-12} {Words.StillNeeded(l)}: {Facts(r.MissingFacts, p => p)}");
                    }
                }
            }
        }

        DataGaps(c);
        output.WriteLine($"  {Words.Pick(l, "Criteria met", "Виконані критерії")}: {(c.CriteriaMet.IsEmpty ? Words.None(l) : string.Join(", ", c.CriteriaMet))}");
        output.WriteLine($"  {Words.AskFirst(l)}:{(c.MissingFacts.IsEmpty ? " " + Words.None(l) : string.Empty)}");
        for (var i = 0; i < c.MissingFacts.Length; i++)
        {
            output.WriteLine($"    {(i + 1).ToString(CultureInfo.InvariantCulture)}. {Describe(c.MissingFacts[i], p => p)}");
        }
        output.WriteLine();
    }

    /// <summary>
    /// The "Data gaps" part (issue 19): the tables with no verified entry behind an unknown route, one line per State and
    /// table, in the case's format; nothing when there are none. Not facts of the case: the "ask first" list omits them.
    /// </summary>
    private void DataGaps(CaseClassification c)
    {
        if (c.DataGaps.IsEmpty)
        {
            return;
        }

        var l = language;
        var title = Words.Pick(l, "Data gaps (tables with no verified entry; not facts of the case)", "Прогалини в даних (таблиці без перевіреного запису; це не факти справи)");
        var lines = c.DataGaps.Select(g => Words.Pick(l, $"{StateTitle(g.State)}: no verified entry in the table {g.Table}", $"{StateTitle(g.State)}: немає перевіреного запису в таблиці {g.Table}")).ToList();
        switch (format)
        {
            case ReportFormat.Markdown:
                output.WriteLine($"\n### {Md(title)}\n");
                lines.ForEach(x => output.WriteLine($"- {Md(x)}"));
                break;
            case ReportFormat.Html:
                output.WriteLine($"<h3>{H(title)}</h3><ul class=\"data-gaps\">{string.Concat(lines.Select(x => $"<li>{H(x)}</li>"))}</ul>");
                break;
            default:
                output.WriteLine($"  {title}:");
                lines.ForEach(x => output.WriteLine($"    {x}"));
                break;
        }
    }

    private string StateTitle(string code) => $"{Localization.StateNames.NameOf(code).In(language)} ({code})";

    /// <summary>A State's routes: the open ones first, then those still open to decide, then those not open; set order within each.</summary>
    private static IEnumerable<CriterionResult> Routes(StateCooperation state) =>
        state.Routes.Where(r => r.Outcome == Outcome.Met)
            .Concat(state.Routes.Where(r => r.Outcome == Outcome.Unknown))
            .Concat(state.Routes.Where(r => r.Outcome == Outcome.NotMet));

    private string RouteList(StateCooperation state, Outcome o)
    {
        var routes = state.Routes.Where(r => r.Outcome == o).Select(r => $"{r.Title.In(language)} ({Cite(r)})").ToList();
        return routes.Count == 0 ? Words.None(language) : string.Join("; ", routes);
    }

    private string Headline(Outcome? o) => o is Outcome x ? Words.Outcome(x, language).ToUpperInvariant() : "—";

    /// <summary>"MET — reason" / «ТАК — причина»; when unknown, the first fact to ask for (DESIGN §8).</summary>
    private string Headline(Outcome? o, CaseClassification c, string? id, Func<string, string> showPath) =>
        Headline(o) + HeadlineReason(c, id, showPath);

    private string HeadlineReason(CaseClassification c, string? id, Func<string, string> showPath)
    {
        var r = c.Criteria.FirstOrDefault(x => x.Id == id);
        if (r is null)
        {
            return string.Empty;
        }

        var text = $" — {WithoutOutcomeWord(OneLine(c, r), r.Outcome)}";
        var first = c.MissingFacts.FirstOrDefault(r.MissingFacts.Contains) ?? r.MissingFacts.FirstOrDefault();
        return first is null ? text : $"{text} {Words.AskFirstOne(language)}: {Describe(first, showPath)}.";
    }

    /// <summary>
    /// The reason without a leading outcome word that the badge before it already says («НЕ ВСТАНОВЛЕНО — Не
    /// встановлено: …» reads «НЕ ВСТАНОВЛЕНО — Ст. 3(2)(b) …»).
    /// </summary>
    private string WithoutOutcomeWord(string reason, Outcome outcome)
    {
        var word = Words.Outcome(outcome, language) + ":";
        if (!reason.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return reason;
        }

        var rest = reason[word.Length..].TrimStart();
        return rest.Length == 0 ? reason : char.ToUpper(rest[0], System.Globalization.CultureInfo.InvariantCulture) + rest[1..];
    }

    /// <summary>
    /// A headline's one-line reason: the criterion's reason for a case of one offence; otherwise the reason of the
    /// offences that decided it (those with the case's outcome), the first reason shared, naming its offences.
    /// </summary>
    private string OneLine(CaseClassification c, CriterionResult r)
    {
        if (c.Offences.Length <= 1)
        {
            return r.Reason.In(language);
        }

        var deciding = c.Offences
            .Select(o => (o.Id, Result: o.Criteria.FirstOrDefault(x => x.Id == r.Id)))
            .Where(o => o.Result is not null && o.Result.Outcome == r.Outcome)
            .ToList();
        if (deciding.Count == 0)
        {
            return r.Reason.In(language);
        }

        var first = deciding.GroupBy(o => o.Result!.Reason.In(language)).First();
        var ids = Localization.Say.Join(first.Select(o => Localization.Say.Quote(o.Id).In(language)), Words.Pick(language, "and", "та"));
        var who = Words.Pick(language, first.Count() == 1 ? "Offence" : "Offences", "Правопорушення");
        var n = c.Offences.Length;
        var k = deciding.Count.ToString(CultureInfo.InvariantCulture);
        var of = Words.Pick(language, $"{k} of {n.ToString(CultureInfo.InvariantCulture)} offences",
            $"{k} з {n.ToString(CultureInfo.InvariantCulture)} {Localization.Say.UkPlural(n, "правопорушення", "правопорушень", "правопорушень")}");
        var count = r.Outcome switch
        {
            Outcome.Met => Words.Pick(language, $"Met for {of}.", $"Виконано для {of}."),
            Outcome.NotMet => Words.Pick(language, $"Not met for any of {of[(of.IndexOf(' ', StringComparison.Ordinal) + 1)..]}.", $"Не виконано для жодного з {of[(of.IndexOf(' ', StringComparison.Ordinal) + 3)..]}."),
            _ => Words.Pick(language, $"Open for {of}.", $"Відкрито для {of}."),
        };
        return r.Outcome == Outcome.NotMet ? r.Reason.In(language) : $"{count} {who} {ids}: {first.Key}";
    }

    /// <summary>The citation in the reader's language: «ст. 3(2)(b) Конвенції» in Ukrainian.</summary>
    private string Cite(CriterionResult r) => language == Language.Uk ? r.Criterion.UkrainianCitation : r.Citation;

    /// <summary>The quoted provision in the reader's language (a Ukrainian translation says so), or <see langword="null"/>.</summary>
    private string? Quote(CriterionResult r) =>
        r.Criterion.Provision is not { } provision ? null
        : language == Language.Uk ? r.Criterion.UkrainianProvision ?? Words.EnglishOnly(language) + provision
        : provision;

    /// <summary>"label (path); label (path)" for missing facts, in the reader's language.</summary>
    private string Facts(IEnumerable<string> paths, Func<string, string> showPath) =>
        string.Join("; ", paths.Select(p => Describe(p, showPath)));

    private string Describe(string path, Func<string, string> showPath) =>
        Label(path) is { } label ? $"{label} ({showPath(path)})" : showPath(path);

    private void Markdown(CaseClassification c, CaseDescription? @case)
    {
        var l = language;
        output.WriteLine($"## {Md(CaseTitle(c, @case))}\n");
        output.WriteLine($"- **{Words.Transnational(l)}:** {Md(Headline(c.Transnational, c, c.RuleSet.TransnationalId, p => "\u0001" + p + "\u0002")).Replace("\u0001", "`", StringComparison.Ordinal).Replace("\u0002", "`", StringComparison.Ordinal)}");
        output.WriteLine($"- **{Words.ConventionApplies(l)}:** {Md(Headline(c.ConventionApplies, c, c.RuleSet.ConventionAppliesId, p => "\u0001" + p + "\u0002")).Replace("\u0001", "`", StringComparison.Ordinal).Replace("\u0002", "`", StringComparison.Ordinal)}");
        output.WriteLine($"- **{Words.AreasEngaged(l)}:** {Md(AreaList(c, Outcome.Met))}");
        output.WriteLine($"- **{Words.AreasOpen(l)}:** {Md(AreaList(c, Outcome.Unknown))}\n");
        output.WriteLine($"### {Words.Pick(l, "Criteria", "Критерії")}\n");
        foreach (var r in c.Criteria)
        {
            output.WriteLine($"- {Mark(r.Outcome)} **{Words.Outcome(r.Outcome, l)}** — `{r.Id}` {Md(r.Title.In(l))} ({Md(Cite(r))})");
            output.WriteLine($"  - {Md(r.Reason.In(l))}");
            if (!r.MissingFacts.IsEmpty)
            {
                output.WriteLine($"  - {Words.Missing(l)}: {MdFacts(r.MissingFacts)}");
            }

            MarkdownQuote(r);

            foreach (var child in ExplanationTree.Build(r.Evaluation, @case, l).Children)
            {
                MarkdownNode(child, 1);
            }
        }

        if (!c.Cooperation.IsEmpty)
        {
            output.WriteLine($"\n### {Words.Cooperation(l)}");
            foreach (var state in c.Cooperation)
            {
                output.WriteLine($"\n#### {Md(StateTitle(state.State))}\n");
                output.WriteLine($"{Words.OpenRoutes(l)}: {Md(RouteList(state, Outcome.Met))}\n");
                foreach (var r in Routes(state))
                {
                    output.WriteLine($"- {Mark(r.Outcome)} **{Words.Outcome(r.Outcome, l)}** — `{r.Id}` {Md(r.Title.In(l))} ({Md(Cite(r))})");
                    output.WriteLine($"  - {Md(r.Reason.In(l))}");
                    if (r.Outcome == Outcome.Unknown && !r.MissingFacts.IsEmpty)
                    {
                        output.WriteLine($"  - {Words.StillNeeded(l)}: {MdFacts(r.MissingFacts)}");
                    }

                    MarkdownQuote(r);
                }
            }
        }

        DataGaps(c);
        output.WriteLine($"\n### {Words.AskFirst(l)}\n");
        if (c.MissingFacts.IsEmpty)
        {
            output.WriteLine(Words.None(l));
        }

        for (var i = 0; i < c.MissingFacts.Length; i++)
        {
            output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {MdFacts([c.MissingFacts[i]])}");
        }

        output.WriteLine();
    }

    private string MdFacts(IEnumerable<string> paths) =>
        string.Join("; ", paths.Select(p => Label(p) is { } label ? $"{Md(label)} (`{p}`)" : $"`{p}`"));

    /// <summary>
    /// A fact's label in the reader's language; a fact of an <c>abroad</c> entry names its State («чи перебуває
    /// підозрюваний у цій державі — Польща»), since several States ask the same question.
    /// </summary>
    private string? Label(string path)
    {
        if (FactNames.Of(path) is not { } label)
        {
            return null;
        }

        var text = label.In(language);
        if (current is { } c && path.StartsWith("abroad[", StringComparison.Ordinal)
            && int.TryParse(path.AsSpan(7, path.IndexOf(']', StringComparison.Ordinal) - 7), NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && i < c.Cooperation.Length)
        {
            text += " — " + Localization.StateNames.NameOf(c.Cooperation[i].State).In(language);
        }

        return text;
    }

    /// <summary>The quoted provision as a Markdown quote block under the criterion, in the reader's language.</summary>
    private void MarkdownQuote(CriterionResult r)
    {
        if (Quote(r) is { } quote)
        {
            output.WriteLine($"  > **{Words.Provision(language)} ({Md(Cite(r))}):** {Md(quote)}");
        }
    }

    private void MarkdownNode(TreeNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        output.WriteLine($"{indent}- {Mark(node.Outcome)} {Md(node.Text)}: *{Words.Outcome(node.Outcome, language)}*{(node.Detail is null ? "" : $" ({Md(node.Detail)})")}");
        foreach (var child in node.Children)
        {
            MarkdownNode(child, depth + 1);
        }
    }

    /// <summary>Symbols every system font has (the word beside it carries the meaning for colour-blind readers too).</summary>
    private static string Symbol(Outcome o) => o switch { Outcome.Met => "✓", Outcome.NotMet => "✗", _ => "?" };

    private static string Mark(Outcome o) => o switch { Outcome.Met => "✅", Outcome.NotMet => "❌", _ => "❔" };

    private static string Md(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);

    private static string H(string s) => WebUtility.HtmlEncode(s);

    private void Html(CaseClassification c, CaseDescription? @case)
    {
        var l = language;
        output.WriteLine($"<section class=\"case\" id=\"case-{H(c.CaseId)}\"><h2>{H(CaseTitle(c, @case))}</h2>");
        output.WriteLine("<dl class=\"headline\">");
        output.WriteLine($"<dt>{H(Words.Transnational(l))}</dt><dd>{Badge(c.Transnational)}{HtmlHeadlineReason(c, c.RuleSet.TransnationalId)}</dd>");
        output.WriteLine($"<dt>{H(Words.ConventionApplies(l))}</dt><dd>{Badge(c.ConventionApplies)}{HtmlHeadlineReason(c, c.RuleSet.ConventionAppliesId)}</dd>");
        output.WriteLine($"<dt>{H(Words.AreasEngaged(l))}</dt><dd>{H(AreaList(c, Outcome.Met))}</dd>");
        output.WriteLine($"<dt>{H(Words.AreasOpen(l))}</dt><dd>{H(AreaList(c, Outcome.Unknown))}</dd></dl>");
        output.WriteLine($"<h3>{H(Words.Pick(l, "Criteria", "Критерії"))}</h3><ul class=\"criteria\">");
        foreach (var r in c.Criteria)
        {
            output.WriteLine($"<li class=\"criterion {Code(r.Outcome)}\" data-id=\"{H(r.Id)}\"><details><summary>{Badge(r.Outcome)} <code>{H(r.Id)}</code> {H(r.Title.In(l))}</summary>");
            output.WriteLine($"<p class=\"reason\">{H(r.Reason.In(l))}</p>");
            output.Write($"<p class=\"citation\">{H(Cite(r))}</p>");
            if (Quote(r) is { } provision)
            {
                output.Write($"<details class=\"provision\"><summary>{H(Words.Provision(l))}</summary><blockquote>{H(provision)}</blockquote></details>");
            }

            if (!r.MissingFacts.IsEmpty)
            {
                output.Write($"<p class=\"missing\">{H(Words.Missing(l))}: {HtmlFacts(r.MissingFacts)}</p>");
            }

            output.Write("<ul class=\"tree\">");
            foreach (var child in ExplanationTree.Build(r.Evaluation, @case, l).Children)
            {
                HtmlNode(child);
            }

            output.WriteLine("</ul></details></li>");
        }

        output.WriteLine("</ul>");
        if (!c.Cooperation.IsEmpty)
        {
            output.WriteLine($"<section class=\"cooperation\"><h3>{H(Words.Cooperation(l))}</h3>");
            foreach (var state in c.Cooperation)
            {
                output.WriteLine($"<h4 data-state=\"{H(state.State)}\">{H(StateTitle(state.State))}</h4><p>{H(Words.OpenRoutes(l))}: {H(RouteList(state, Outcome.Met))}</p><ul class=\"routes\">");
                foreach (var r in Routes(state))
                {
                    output.Write($"<li class=\"route {Code(r.Outcome)}\" data-route=\"{H(r.Id)}\"><details><summary>{Badge(r.Outcome)} <code>{H(r.Id)}</code> {H(r.Title.In(l))}</summary>");
                    output.Write($"<p class=\"reason\">{H(r.Reason.In(l))}</p><p class=\"citation\">{H(Cite(r))}</p>");
                    if (Quote(r) is { } provision)
                    {
                        output.Write($"<details class=\"provision\"><summary>{H(Words.Provision(l))}</summary><blockquote>{H(provision)}</blockquote></details>");
                    }

                    if (r.Outcome == Outcome.Unknown && !r.MissingFacts.IsEmpty)
                    {
                        output.Write($"<p class=\"missing\">{H(Words.StillNeeded(l))}: {HtmlFacts(r.MissingFacts)}</p>");
                    }

                    output.WriteLine("</details></li>");
                }

                output.WriteLine("</ul>");
            }

            output.WriteLine("</section>");
        }

        DataGaps(c);
        output.WriteLine($"<h3>{H(Words.AskFirst(l))}</h3>");
        output.WriteLine(c.MissingFacts.IsEmpty
            ? $"<p>{H(Words.None(l))}</p>"
            : $"<ol class=\"questions\">{string.Concat(c.MissingFacts.Select(p => $"<li>{HtmlFacts([p])}</li>"))}</ol>");
        output.WriteLine("</section>");
    }

    private string HtmlFacts(IEnumerable<string> paths) =>
        string.Join("; ", paths.Select(p => Label(p) is { } label ? $"{H(label)} <code>{H(p)}</code>" : $"<code>{H(p)}</code>"));

    private string HtmlHeadlineReason(CaseClassification c, string? id)
    {
        var r = c.Criteria.FirstOrDefault(x => x.Id == id);
        if (r is null)
        {
            return string.Empty;
        }

        var first = c.MissingFacts.FirstOrDefault(r.MissingFacts.Contains) ?? r.MissingFacts.FirstOrDefault();
        var ask = first is null ? string.Empty : $"<br /><span class=\"ask\">{H(Words.AskFirstOne(language))}: {HtmlFacts([first])}</span>";
        return $" <span class=\"because\">{H(WithoutOutcomeWord(OneLine(c, r), r.Outcome))}</span>{ask}";
    }

    private void HtmlNode(TreeNode node)
    {
        output.Write($"<li class=\"{Code(node.Outcome)}\">{Badge(node.Outcome)} {H(node.Text)}");
        if (node.Detail is not null)
        {
            output.Write($" <small>{H(node.Detail)}</small>");
        }

        if (node.Children.Count > 0)
        {
            output.Write("<ul>");
            foreach (var child in node.Children)
            {
                HtmlNode(child);
            }

            output.Write("</ul>");
        }

        output.Write("</li>");
    }

    private string Badge(Outcome? o) => o is Outcome x
        ? $"<span class=\"badge {Code(x)}\">{Symbol(x)} {H(Words.Outcome(x, language))}</span>"
        : "<span class=\"badge\">—</span>";

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
