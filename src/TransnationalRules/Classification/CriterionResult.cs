using System.Collections.Immutable;
using TransnationalRules.Logic;

namespace TransnationalRules.Classification;

/// <summary>One criterion's result for a case or for one offence: outcome, why, on which provision, and what is missing.</summary>
public sealed class CriterionResult
{
    internal CriterionResult(Criterion criterion, Evaluation evaluation, LocalizedText reason)
    {
        Criterion = criterion;
        Evaluation = evaluation;
        Reason = reason;
        Evidence = [.. evaluation.Evidence.Select(p => p.Value)];
        MissingFacts = [.. evaluation.MissingFacts.Select(p => p.Value)];
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
    public LocalizedText Reason { get; }

    /// <summary>The JSON paths of the facts that decided a met or not-met outcome; empty when unknown.</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>The JSON paths of the absent facts that could still change an unknown outcome; empty when decided.</summary>
    public ImmutableArray<string> MissingFacts { get; }

    /// <summary>The criterion.</summary>
    public Criterion Criterion { get; }

    /// <summary>The full evaluation tree, for reports.</summary>
    public Evaluation Evaluation { get; }
}
