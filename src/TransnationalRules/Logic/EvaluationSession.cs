using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// One evaluation of one case: the criteria of a compiled rule set, each evaluated at most once per offence and
/// once for the case (as a full evaluation, or as an outcome alone). Not shared between threads.
/// </summary>
internal sealed class EvaluationSession
{
    private readonly CriterionIndex index;
    private readonly RuleContext caseContext;
    private readonly RuleContext[] offenceContexts;
    private Evaluation?[]? caseResults;
    private Evaluation?[]?[]? offenceResults;

    // Reasons written so far, for evaluations cached above; indexed as outcomes. Read and written from any thread that
    // reads a result's reason: each entry is written whole, and racing writers store equal texts.
    private LocalizedText?[]? reasons;

    // Outcomes alone: slot + (offence + 1) * criteria (offence -1 is the case); 0 = not yet evaluated, else outcome + 1.
    private byte[]? outcomes;

    public EvaluationSession(CriterionIndex index, CaseDescription @case)
    {
        this.index = index;
        Case = @case;
        offenceContexts = new RuleContext[@case.Offences.Count];
        for (var i = 0; i < offenceContexts.Length; i++)
        {
            offenceContexts[i] = new RuleContext(this, i);
        }

        caseContext = new RuleContext(this, null);
    }

    public CaseDescription Case { get; }

    public CriterionIndex Index => index;

    public RuleContext Context(int? offenceIndex) => offenceIndex is int i ? offenceContexts[i] : caseContext;

    public Evaluation Evaluate(Criterion criterion, int? offenceIndex)
    {
        // A case-level criterion has one outcome for the case, whatever offence asks for it.
        var at = criterion.Level == RuleScope.Case ? null : offenceIndex;
        var slot = index.SlotOf(criterion);
        if (slot < 0)
        {
            return criterion.EvaluateUncached(Context(at));
        }

        Evaluation?[] results;
        if (at is int i)
        {
            offenceResults ??= new Evaluation?[]?[offenceContexts.Length];
            results = offenceResults[i] ??= new Evaluation?[index.Count];
        }
        else
        {
            results = caseResults ??= new Evaluation?[index.Count];
        }

        return results[slot] ??= criterion.EvaluateUncached(Context(at));
    }

    /// <summary>The reason written for <paramref name="evaluation"/>, when it is this session's evaluation of the criterion.</summary>
    public LocalizedText? CachedReason(Criterion criterion, Evaluation evaluation) =>
        ReasonSlot(criterion, evaluation) is int k ? Volatile.Read(ref reasons)?[k] : null;

    /// <summary>Remembers the reason written for this session's evaluation of a criterion.</summary>
    public void StoreReason(Criterion criterion, Evaluation evaluation, LocalizedText reason)
    {
        if (ReasonSlot(criterion, evaluation) is int k)
        {
            var all = Volatile.Read(ref reasons);
            if (all is null)
            {
                Interlocked.CompareExchange(ref reasons, new LocalizedText?[(offenceContexts.Length + 1) * index.Count], null);
                all = Volatile.Read(ref reasons)!;
            }

            Volatile.Write(ref all[k], reason);
        }
    }

    private int? ReasonSlot(Criterion criterion, Evaluation evaluation)
    {
        var slot = index.SlotOf(criterion);
        if (slot < 0)
        {
            return null;
        }

        var at = criterion.Level == RuleScope.Case ? null : evaluation.OffenceIndex;
        var cached = at is int i ? offenceResults?[i]?[slot] : caseResults?[slot];
        return ReferenceEquals(cached, evaluation) ? slot + ((at ?? -1) + 1) * index.Count : null;
    }

    /// <summary>The outcomes evaluated so far, for <see cref="Classification.CaseOutcomes"/>.</summary>
    public byte[] Outcomes => outcomes ??= new byte[(offenceContexts.Length + 1) * index.Count];

    public Outcome EvaluateOutcome(Criterion criterion, int? offenceIndex) => EvaluateOutcome(criterion, index.SlotOf(criterion), offenceIndex);

    public Outcome EvaluateOutcome(Criterion criterion, int slot, int? offenceIndex)
    {
        var at = criterion.Level == RuleScope.Case ? null : offenceIndex;
        if (slot < 0)
        {
            return criterion.EvaluateOutcomeUncached(Context(at));
        }

        var outcomes = Outcomes;
        var k = slot + ((at ?? -1) + 1) * index.Count;
        var known = outcomes[k];
        if (known != 0)
        {
            return (Outcome)(known - 1);
        }

        var outcome = criterion.EvaluateOutcomeUncached(Context(at));
        outcomes[k] = (byte)(outcome + 1);
        return outcome;
    }
}
