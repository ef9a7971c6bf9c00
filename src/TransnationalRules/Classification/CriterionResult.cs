using System.Collections.Immutable;
using System.Runtime.InteropServices;
using TransnationalRules.Logic;

namespace TransnationalRules.Classification;

/// <summary>One criterion's result for a case or for one offence: outcome, why, on which provision, and what is missing.</summary>
/// <remarks>
/// The evaluation behind it (evidence, missing facts, the tree) is made when first read, for every result of the
/// classification at once; the outcome is known without it. The reason is written when first read, once (most callers read the outcomes of many criteria and the reasons of
/// few); it is the same text whenever and on whichever thread it is read.
/// </remarks>
public sealed class CriterionResult
{
    private readonly LazyRun run;
    private readonly int slot;
    private readonly int? offenceIndex;
    private readonly int? abroadIndex;
    private LocalizedText? reason;
    private string[]? evidence;
    private string[]? missingFacts;

    /// <summary>A result whose evaluation is made when first read (with the classification's other evaluations).</summary>
    internal CriterionResult(Criterion criterion, Outcome outcome, LazyRun run, int slot, int? offenceIndex, int? abroadIndex)
    {
        Criterion = criterion;
        Outcome = outcome;
        this.run = run;
        this.slot = slot;
        this.offenceIndex = offenceIndex;
        this.abroadIndex = abroadIndex;
    }

    /// <summary>The criterion's stable id.</summary>
    public string Id => Criterion.Id;

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>The criterion's title in English and Ukrainian.</summary>
    public LocalizedText Title => Criterion.Title;

    /// <summary>The provision, in short form.</summary>
    public string Citation => Criterion.Citation;

    /// <summary>Why the outcome is what it is, in English and Ukrainian.</summary>
    public LocalizedText Reason => reason ??= Criterion.Explain(Evaluation, run.Value.Context(offenceIndex, abroadIndex));

    /// <summary>The JSON paths of the facts that decided a met or not-met outcome; empty when unknown.</summary>
    public ImmutableArray<string> Evidence => ImmutableCollectionsMarshal.AsImmutableArray(evidence ??= Texts(Evaluation.Evidence));

    /// <summary>The JSON paths of the absent facts that could still change an unknown outcome; empty when decided.</summary>
    public ImmutableArray<string> MissingFacts => ImmutableCollectionsMarshal.AsImmutableArray(missingFacts ??= Texts(Evaluation.MissingFacts));

    /// <summary>The criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>The full evaluation tree, for reports.</summary>
    public Evaluation Evaluation => run.Value.Evaluation(slot, offenceIndex, abroadIndex);

    private static string[] Texts(ImmutableArray<FactPath> paths)
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

        return texts;
    }
}
