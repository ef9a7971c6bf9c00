using System.Globalization;
using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>A readable plain-text summary per case: headlines, criteria other than areas, cooperation, ask first.</summary>
internal sealed class TextEmitter(TextWriter output, Language language) : ReportEmitter(output, language)
{
    public override void Begin(string title)
    {
    }

    public override void Case(CaseReport c)
    {
        var l = Language;
        Output.WriteLine(c.Title);
        Output.WriteLine($"  {c.Transnational.Title}: {Headline(c.Transnational)}");
        Output.WriteLine($"  {c.ConventionApplies.Title}: {Headline(c.ConventionApplies)}");
        foreach (var r in c.Criteria.Where(r => !r.IsArea))
        {
            Output.WriteLine($"  {Words.Outcome(r.Outcome, l),-14} {r.Id,-21} {r.Title} ({r.Citation})");
            Output.WriteLine($"  {"",-14} {"",-21} {r.Reason}");
        }

        foreach (var o in c.Offences)
        {
            Output.WriteLine($"  {Words.Offence(l, o.Id)}: {Words.Pick(l, "transnational", "транснаціональний")} {Upper(o.Transnational)}, {Words.Pick(l, "Convention applies", "Конвенція застосовується")} {Upper(o.ConventionApplies)}");
        }

        Output.WriteLine($"  {Words.AreasEngaged(l)}: {List(c.AreasEngaged)}");
        Output.WriteLine($"  {Words.AreasOpen(l)}: {List(c.AreasOpen)}");
        if (!c.Cooperation.IsEmpty)
        {
            Output.WriteLine($"  {Words.Cooperation(l)}:");
            foreach (var state in c.Cooperation)
            {
                Output.WriteLine($"    {state.Title}: {Words.OpenRoutes(l)}: {OpenRoutes(state)}");
                foreach (var r in state.Routes)
                {
                    Output.WriteLine($"      {Words.Outcome(r.Outcome, l),-14} {r.Id,-12} {r.Title} ({r.Citation})");
                    Output.WriteLine($"      {"",-14} {"",-12} {r.Reason}");
                    if (r.Outcome == Outcome.Unknown && !r.Missing.IsEmpty)
                    {
                        Output.WriteLine($"      {"",-14} {"",-12} {Words.StillNeeded(l)}: {string.Join("; ", r.Missing.Select(Fact))}");
                    }
                }
            }
        }

        Output.WriteLine($"  {Words.Pick(l, "Criteria met", "Виконані критерії")}: {(c.CriteriaMet.IsEmpty ? Words.None(l) : string.Join(", ", c.CriteriaMet))}");
        Output.WriteLine($"  {Words.AskFirst(l)}:{(c.AskFirst.IsEmpty ? " " + Words.None(l) : string.Empty)}");
        for (var i = 0; i < c.AskFirst.Length; i++)
        {
            Output.WriteLine($"    {(i + 1).ToString(CultureInfo.InvariantCulture)}. {Fact(c.AskFirst[i])}");
        }

        foreach (var part in c.Parts)
        {
            Output.WriteLine($"  {part.Heading}:");
            foreach (var line in part.Lines)
            {
                Output.WriteLine($"    - {line.Text}{(line.Facts.IsEmpty ? string.Empty : ": " + string.Join("; ", line.Facts.Select(Fact)))}");
            }
        }

        Output.WriteLine();
    }

    public override void Invalid(string title, IEnumerable<(string Path, string Code, string Message)> errors)
    {
        Output.WriteLine(title);
        foreach (var (path, code, message) in errors)
        {
            Output.WriteLine($"  {path}: {code}: {message}");
        }

        Output.WriteLine();
    }

    public override void End(string summary) => Output.WriteLine(summary);

    /// <summary>"MET — reason" / «ТАК — причина»; when unknown, the first fact to ask for (DESIGN §8).</summary>
    private string Headline(HeadlineItem h) =>
        Upper(h.Outcome)
        + (h.Reason is null ? string.Empty : $" — {h.Reason}")
        + (h.AskFirst is null ? string.Empty : $" {Words.AskFirstOne(Language)}: {Fact(h.AskFirst)}.");

    private static string Fact(FactItem f) => f.Label is { } label ? $"{label} ({f.Path})" : f.Path;
}
