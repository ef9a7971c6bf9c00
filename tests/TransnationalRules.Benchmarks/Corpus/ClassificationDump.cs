using System.Globalization;
using System.Text;
using TransnationalRules.Classification;

namespace TransnationalRules.Benchmarks.Corpus;

/// <summary>
/// Everything DESIGN §5 returns for a case, as plain text: for checking that a change to the library's speed changes
/// nothing it returns (dump before, dump after, compare).
/// </summary>
public static class ClassificationDump
{
    /// <summary>Writes one classification.</summary>
    /// <param name="c">The classification.</param>
    /// <param name="to">Where to write.</param>
    public static void Write(CaseClassification c, StringBuilder to)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(to);
        var inv = CultureInfo.InvariantCulture;
        to.AppendLine(inv, $"case {c.CaseId} {c.RuleSetId} {c.RuleSetVersion} transnational={c.Transnational} conventionApplies={c.ConventionApplies}");
        to.AppendLine(inv, $"  met: {string.Join(",", c.CriteriaMet)}");
        to.AppendLine(inv, $"  missing: {string.Join(",", c.MissingFacts)}");
        foreach (var r in c.Criteria)
        {
            Write(r, "  ", to);
        }

        foreach (var o in c.Offences)
        {
            to.AppendLine(inv, $"  offence {o.Id}");
            foreach (var r in o.Criteria)
            {
                Write(r, "    ", to);
            }
        }
    }

    private static void Write(CriterionResult r, string indent, StringBuilder to)
    {
        var inv = CultureInfo.InvariantCulture;
        to.AppendLine(inv, $"{indent}{r.Id} {r.Outcome} [{r.Citation}] {r.Title.En} / {r.Title.Uk}");
        to.AppendLine(inv, $"{indent}  en: {r.Reason.En}");
        to.AppendLine(inv, $"{indent}  uk: {r.Reason.Uk}");
        to.AppendLine(inv, $"{indent}  evidence: {string.Join(",", r.Evidence)} missing: {string.Join(",", r.MissingFacts)}");
    }
}
