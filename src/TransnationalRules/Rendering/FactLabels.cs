using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>
/// The missing facts of an unknown evaluation with the labels of the leaves that read them, for reports: a reader sees
/// "evidence is located in the State", a system the path <c>abroad[0].evidence</c> beside it (DESIGN §8).
/// </summary>
internal static class FactLabels
{
    /// <summary>Each missing fact of <paramref name="evaluation"/>, in its order, with the label of a leaf that reads it (or none).</summary>
    public static IReadOnlyList<(string Path, LocalizedText? Label)> Of(Evaluation evaluation)
    {
        var labels = new Dictionary<FactPath, LocalizedText>();
        Collect(evaluation, labels);
        return [.. evaluation.MissingFacts.Select(p => (p.Value, labels.TryGetValue(p, out var label) ? label : null))];
    }

    /// <summary>"label (path)" for each missing fact, in the reader's language.</summary>
    public static string Describe(Evaluation evaluation, Language l, Func<string, string> path) =>
        string.Join("; ", Of(evaluation).Select(f => f.Label is { } label ? $"{label.In(l)} ({path(f.Path)})" : path(f.Path)));

    private static void Collect(Evaluation e, Dictionary<FactPath, LocalizedText> labels)
    {
        if (e.Outcome != Outcome.Unknown)
        {
            return;
        }

        if (e.Children.IsEmpty && e.Rule.Label is { } label)
        {
            foreach (var path in e.MissingFacts)
            {
                labels.TryAdd(path, label);
            }

            return;
        }

        foreach (var child in e.Children)
        {
            Collect(child, labels);
        }
    }
}
