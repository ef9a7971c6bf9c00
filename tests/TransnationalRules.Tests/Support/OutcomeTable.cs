using TransnationalRules.Classification;
using TransnationalRules.Logic;

namespace TransnationalRules.Tests.Support;

/// <summary>Every outcome of a classification by key: <c>untoc.art3.2</c> for the case, <c>offences[1].untoc.art3.2</c> per offence.</summary>
internal static class OutcomeTable
{
    public static Dictionary<string, Outcome> Of(CaseClassification c)
    {
        var all = c.Criteria.ToDictionary(r => r.Id, r => r.Outcome);
        for (var i = 0; i < c.Offences.Length; i++)
        {
            foreach (var r in c.Offences[i].Criteria)
            {
                all[Key(i, r.Id)] = r.Outcome;
            }
        }

        return all;
    }

    public static string Key(int offence, string id) => $"offences[{offence}].{id}";
}
