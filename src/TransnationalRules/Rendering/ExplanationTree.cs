using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Rendering;

/// <summary>A criterion's evaluation as a tree of labelled nodes, for reports.</summary>
internal sealed record TreeNode(string Text, Outcome Outcome, string? Detail, IReadOnlyList<TreeNode> Children);

/// <summary>Turns evaluation trees into labelled nodes: combinators by name, leaves by label, referenced criteria by id and title.</summary>
internal static class ExplanationTree
{
    public static TreeNode Build(Evaluation criterion, CaseDescription? @case, Language l)
    {
        var c = (Criterion)criterion.Rule;
        if (c.Level == RuleScope.Offence && criterion.OffenceIndex is null)
        {
            // Case level of an offence-level criterion: one branch per offence.
            var perOffence = criterion.Children.Select(child =>
            {
                var i = child.OffenceIndex!.Value;
                var id = @case?.Offences[i].Id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new TreeNode(Words.Offence(l, id), child.Outcome, Why(child, l), [Node(child.Children[0], @case, l)]);
            }).ToList();
            return new TreeNode(c.Title.In(l), criterion.Outcome, null, perOffence);
        }

        return new TreeNode(c.Title.In(l), criterion.Outcome, null, [Node(criterion.Children[0], @case, l)]);
    }

    private static TreeNode Node(Evaluation e, CaseDescription? @case, Language l) => e.Rule switch
    {
        Criterion referenced => new TreeNode($"{referenced.Id} — {referenced.Title.In(l)}", e.Outcome, Why(e, l), []),
        SomeOffenceRule some => new TreeNode(some.Label!.In(l), e.Outcome, null, [.. e.Children.Select(child =>
            new TreeNode(Words.Offence(l, @case?.Offences[child.OffenceIndex!.Value].Id ?? child.OffenceIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                child.Outcome, null, [Node(child, @case, l)]))]),
        _ when e.Rule.Children.IsEmpty => new TreeNode(e.Rule.Label?.In(l) ?? "", e.Outcome, Why(e, l), []),
        _ => new TreeNode(Words.Combinator(e.Rule, l), e.Outcome, null, [.. e.Children.Select(child => Node(child, @case, l))]),
    };

    private static string? Why(Evaluation e, Language l) =>
        e.Outcome == Outcome.Unknown
            ? e.MissingFacts.IsEmpty ? null : $"{Words.Missing(l)}: {string.Join(", ", e.MissingFacts)}"
            : e.Evidence.IsEmpty ? null : $"{Words.Evidence(l)}: {string.Join(", ", e.Evidence)}";
}
