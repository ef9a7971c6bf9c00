using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// One evaluation of one case: the criteria of a compiled rule set, each evaluated at most once per offence and
/// once for the case. Not shared between threads.
/// </summary>
internal sealed class EvaluationSession
{
    private readonly CriterionIndex index;
    private readonly Evaluation?[] caseResults;
    private readonly Evaluation?[][] offenceResults;
    private readonly RuleContext caseContext;
    private readonly RuleContext[] offenceContexts;

    public EvaluationSession(CriterionIndex index, CaseDescription @case)
    {
        this.index = index;
        Case = @case;
        caseResults = new Evaluation?[index.Count];
        offenceResults = new Evaluation?[@case.Offences.Count][];
        offenceContexts = new RuleContext[@case.Offences.Count];
        for (var i = 0; i < offenceContexts.Length; i++)
        {
            offenceResults[i] = new Evaluation?[index.Count];
            offenceContexts[i] = new RuleContext(this, i);
        }

        caseContext = new RuleContext(this, null);
    }

    public CaseDescription Case { get; }

    public RuleContext Context(int? offenceIndex) => offenceIndex is int i ? offenceContexts[i] : caseContext;

    public Evaluation Evaluate(string id, int? offenceIndex)
    {
        var criterion = index.Find(id) ?? throw new InvalidOperationException(
            $"A rule refers to criterion '{id}', which is not in the rule set being evaluated.");
        return Evaluate(criterion, offenceIndex);
    }

    public Evaluation Evaluate(Criterion criterion, int? offenceIndex)
    {
        // A case-level criterion has one outcome for the case, whatever offence asks for it.
        var at = criterion.Level == RuleScope.Case ? null : offenceIndex;
        var slot = index.IndexOf(criterion);
        if (slot < 0)
        {
            return criterion.EvaluateUncached(Context(at));
        }

        var results = at is int i ? offenceResults[i] : caseResults;
        return results[slot] ??= criterion.EvaluateUncached(Context(at));
    }
}
