using System.Collections.Immutable;
using System.Globalization;
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
            Headline(c, Words.Transnational(l), c.Transnational, set.TransnationalId, l),
            Headline(c, Words.ConventionApplies(l), c.ConventionApplies, set.ConventionAppliesId, l),
            [.. criteria.Where(r => r.IsArea && r.Outcome == Outcome.Met).Select(r => r.Title)],
            [.. criteria.Where(r => r.IsArea && r.Outcome == Outcome.Unknown).Select(r => r.Title)],
            criteria,
            offences,
            cooperation,
            c.CriteriaMet,
            [.. c.MissingFactPaths.Select(Fact)],
            []);
    }

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
    private static HeadlineItem Headline(CaseClassification c, string title, Outcome? outcome, string? id, Language l)
    {
        var r = c.Criteria.FirstOrDefault(x => x.Id == id);
        if (r is null)
        {
            return new HeadlineItem(title, outcome, null, null);
        }

        var paths = r.Evaluation.MissingFacts;
        FactPath? first = null;
        foreach (var path in c.MissingFactPaths)
        {
            if (paths.Contains(path))
            {
                first = path;
                break;
            }
        }

        first ??= paths.IsEmpty ? null : paths[0];
        return new HeadlineItem(title, outcome, WithoutOutcomeWord(OneLine(c, r, l), r.Outcome, l), first is { } p ? Item(c, p, l) : null);
    }

    /// <summary>
    /// The reason without a leading outcome word that the badge before it already says («НЕ ВСТАНОВЛЕНО — Не
    /// встановлено: …» reads «НЕ ВСТАНОВЛЕНО — Ст. 3(2)(b) …»).
    /// </summary>
    private static string WithoutOutcomeWord(string reason, Outcome outcome, Language l)
    {
        var word = Words.Outcome(outcome, l) + ":";
        if (!reason.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return reason;
        }

        var rest = reason[word.Length..].TrimStart();
        return rest.Length == 0 ? reason : char.ToUpper(rest[0], CultureInfo.InvariantCulture) + rest[1..];
    }

    /// <summary>
    /// A headline's one-line reason: the criterion's reason for a case of one offence; otherwise the reason of the
    /// offences that decided it (those with the case's outcome), the first reason shared, naming its offences.
    /// </summary>
    private static string OneLine(CaseClassification c, CriterionResult r, Language language)
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
        var ids = Say.Join(first.Select(o => Say.Quote(o.Id).In(language)), Words.Pick(language, "and", "та"));
        var who = Words.Pick(language, first.Count() == 1 ? "Offence" : "Offences", "Правопорушення");
        var n = c.Offences.Length;
        var k = deciding.Count.ToString(CultureInfo.InvariantCulture);
        var of = Words.Pick(language, $"{k} of {n.ToString(CultureInfo.InvariantCulture)} offences",
            $"{k} з {n.ToString(CultureInfo.InvariantCulture)} {Say.UkPlural(n, "правопорушення", "правопорушень", "правопорушень")}");
        var count = r.Outcome switch
        {
            Outcome.Met => Words.Pick(language, $"Met for {of}.", $"Виконано для {of}."),
            _ => Words.Pick(language, $"Open for {of}.", $"Відкрито для {of}."),
        };
        return r.Outcome == Outcome.NotMet ? r.Reason.In(language) : $"{count} {who} {ids}: {first.Key}";
    }
}
