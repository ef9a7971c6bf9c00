using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TransnationalRules.Logic;

namespace TransnationalRules.Classification;

/// <summary>One criterion's result for a case or for one offence: outcome, why, on which provision, and what is missing.</summary>
/// <remarks>
/// The reason is written when first read, once (most callers read the outcomes of many criteria and the reasons of
/// few); it is the same text whenever and on whichever thread it is read.
/// </remarks>
public sealed class CriterionResult
{
    private readonly RuleContext context;
    private LocalizedText? reason;

    internal CriterionResult(Criterion criterion, Evaluation evaluation, RuleContext context)
    {
        Criterion = criterion;
        Evaluation = evaluation;
        this.context = context;
        Evidence = Texts(evaluation.Evidence);
        MissingFacts = Texts(evaluation.MissingFacts);
    }

    /// <summary>The criterion's stable id.</summary>
    public string Id => Criterion.Id;

    /// <summary>The outcome.</summary>
    public Outcome Outcome => Evaluation.Outcome;

    /// <summary>The criterion's title in English and Ukrainian.</summary>
    public LocalizedText Title => Criterion.Title;

    /// <summary>The provision, in short form.</summary>
    public string Citation => Criterion.Citation;

    /// <summary>Why the outcome is what it is, in English and Ukrainian.</summary>
    public LocalizedText Reason => reason ??= Criterion.Explain(Evaluation, context);

    /// <summary>The JSON paths of the facts that decided a met or not-met outcome; empty when unknown.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>The JSON paths of the absent facts that could still change an unknown outcome; empty when decided.</summary>
    public ImmutableArray<string> MissingFacts { get; }

    /// <summary>The criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>The full evaluation tree, for reports.</summary>
    public Evaluation Evaluation { get; }

    private static ImmutableArray<string> Texts(ImmutableArray<FactPath> paths)
    {
        if (paths.IsEmpty)
        {
            return [];
        }

        var texts = new string[paths.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = paths[i].Value;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(texts);
    }
}
