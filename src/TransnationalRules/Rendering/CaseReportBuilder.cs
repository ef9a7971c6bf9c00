using System.Collections.Immutable;
using TransnationalRules.Classification;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Rendering;

/// <summary>
/// Builds the <see cref="CaseReport"/> of a classification in one language, from the classification's objects: its
/// results, their evaluations and fact paths, the rule set's headline questions and areas. Nothing is read back from text.
/// </summary>
internal static class CaseReportBuilder
{
    public static CaseReport Build(CaseClassification c, CaseDescription? @case, Language l)
    {
        var set = c.RuleSet;
        FactItem Fact(FactPath path) => Item(c, path, l);
        CriterionItem Criterion(CriterionResult r) => new(
            r.Id,
            r.Outcome,
            r.Title.In(l),
            l == Language.Uk ? r.Criterion.UkrainianCitation : r.Citation,
            r.Reason.In(l),
            Quote(r.Criterion, l),
            [.. r.Evaluation.MissingFacts.Select(Fact)],
            set.Areas.Contains(r.Id, StringComparer.Ordinal),
            new Lazy<IReadOnlyList<TreeNode>>(() => ExplanationTree.Build(r.Evaluation, @case, l).Children));

        // The ranked "ask first" list holds the texts of paths that the unknown results' evaluations hold as FactPaths.
        var asked = new Dictionary<string, FactPath>(StringComparer.Ordinal);
        foreach (var r in c.Criteria.Concat(c.Cooperation.SelectMany(s => s.Routes)))
        {
            foreach (var path in r.Evaluation.MissingFacts)
            {
                asked.TryAdd(path.Value, path);
            }
        }

        var askFirst = c.MissingFacts.Select(p => asked.TryGetValue(p, out var path) ? Fact(path) : new FactItem(null, p)).ToImmutableArray();
        var criteria = c.Criteria.Select(Criterion).ToImmutableArray();
        var offences = c.Offences.Length <= 1
            ? ImmutableArray<OffenceItem>.Empty
            : [.. c.Offences.Select(o => new OffenceItem(
                o.Id,
                o.Criteria.FirstOrDefault(x => x.Id == set.TransnationalId)?.Outcome,
                o.Criteria.FirstOrDefault(x => x.Id == set.ConventionAppliesId)?.Outcome))];
        var cooperation = c.Cooperation.Select(state =>
        {
            var routes = state.Routes.Select(Criterion).ToList();
            return new StateItem(
                state.State,
                $"{StateNames.NameOf(state.State).In(l)} ({state.State})",
                [.. routes.Where(r => r.Outcome == Outcome.Met)],
                [.. routes.Where(r => r.Outcome == Outcome.Met), .. routes.Where(r => r.Outcome == Outcome.Unknown), .. routes.Where(r => r.Outcome == Outcome.NotMet)]);
        }).ToImmutableArray();

        return new CaseReport(
            c.CaseId,
            $"{Words.Case(l)} {c.CaseId}" + (@case?.Title is { Length: > 0 } t ? $" — {t}" : ""),
            Headline(c, askFirst, Words.Transnational(l), c.Transnational, set.TransnationalId, l),
            Headline(c, askFirst, Words.ConventionApplies(l), c.ConventionApplies, set.ConventionAppliesId, l),
            [.. criteria.Where(r => r.IsArea && r.Outcome == Outcome.Met).Select(r => r.Title)],
            [.. criteria.Where(r => r.IsArea && r.Outcome == Outcome.Unknown).Select(r => r.Title)],
            criteria,
            offences,
            cooperation,
            c.CriteriaMet,
            askFirst,
            Parts: DataGaps(c, l)); // Further per-case parts are built here; every emitter writes them after "ask first".
    }

    /// <summary>
    /// The "Data gaps" part (issue 19): the tables with no verified entry behind an unknown route, one line per State and
    /// table; none when there are no gaps. Not facts of the case: the "ask first" list omits them.
    /// </summary>
    private static ImmutableArray<ReportPart> DataGaps(CaseClassification c, Language l) => c.DataGaps.IsEmpty
        ? []
        : [new ReportPart(
            Words.Pick(l, "Data gaps (tables with no verified entry; not facts of the case)", "Прогалини в даних (таблиці без перевіреного запису; це не факти справи)"),
            [.. c.DataGaps.Select(g => new PartLine(
                Words.Pick(l,
                    $"{StateNames.NameOf(g.State).In(l)} ({g.State}): no verified entry in the table {g.Table}",
                    $"{StateNames.NameOf(g.State).In(l)} ({g.State}): немає перевіреного запису в таблиці {g.Table}"),
                []))])];

    /// <summary>
    /// A fact by its label in the reader's language; a fact of an <c>abroad</c> entry names its State («чи перебуває
    /// підозрюваний у цій державі — Польща»), since several States ask the same question.
    /// </summary>
    private static FactItem Item(CaseClassification c, FactPath path, Language l)
    {
        if (FactNames.Of(path) is not { } label)
        {
            return new FactItem(null, path.Value);
        }

        var text = label.In(l);
        if (path.AbroadEntry is var i and >= 0 && i < c.Cooperation.Length)
        {
            text += " — " + StateNames.NameOf(c.Cooperation[i].State).In(l);
        }

        return new FactItem(text, path.Value);
    }

    /// <summary>The quoted provision in the reader's language (a Ukrainian translation says so), or <see langword="null"/>.</summary>
    private static string? Quote(Criterion criterion, Language l) =>
        criterion.Provision is not { } provision ? null
        : l == Language.Uk ? criterion.UkrainianProvision ?? Words.EnglishOnly(l) + provision
        : provision;

    /// <summary>A headline: the outcome, a one-line reason and, when unknown, the first fact to ask for (DESIGN §8).</summary>
    private static HeadlineItem Headline(CaseClassification c, ImmutableArray<FactItem> askFirst, string title, Outcome? outcome, string? id, Language l)
    {
        var r = c.Criteria.FirstOrDefault(x => x.Id == id);
        if (r is null)
        {
            return new HeadlineItem(title, outcome, null, null);
        }

        var paths = r.Evaluation.MissingFacts;
        // The first of the ranked list that this criterion reads, else the first it reads.
        var first = askFirst.FirstOrDefault(f => paths.Any(p => p.Value == f.Path)) ?? (paths.IsEmpty ? null : Item(c, paths[0], l));
        return new HeadlineItem(title, outcome, OneLine(c, r).In(l), first);
    }

    /// <summary>
    /// A headline's one-line reason: for an offence-level criterion over several offences, made by
    /// <see cref="AcrossOffences"/> from the deciding offences' own results, as the criterion's case-level reason is;
    /// otherwise the reason, as it reads after a badge that says the outcome.
    /// </summary>
    private static LocalizedText OneLine(CaseClassification c, CriterionResult r)
    {
        if (r.Criterion.Level != RuleScope.Offence || c.Offences.Length <= 1)
        {
            return r.Reason.AfterBadge ?? r.Reason;
        }

        var deciding = c.Offences
            .Select(o => (o.Id, Result: o.Criteria.FirstOrDefault(x => ReferenceEquals(x.Criterion, r.Criterion))))
            .Where(o => o.Result is not null && o.Result.Outcome == r.Outcome)
            .Select(o => (o.Id, o.Result!.Reason))
            .ToList();
        return AcrossOffences.Headline(r.Outcome, c.Offences.Length, deciding.Count, AcrossOffences.Lines(deciding), r.Reason);
    }
}
