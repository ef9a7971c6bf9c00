using System.Globalization;
using System.Text;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// Checks that engines agree, offence by offence and criterion by criterion, on every outcome they can all express:
/// the two-valued UNTOC outcomes of fully known cases.
/// </summary>
public static class EngineAgreement
{
    /// <summary>Evaluates every case with every engine and compares each engine with the first.</summary>
    /// <param name="fullyKnown">Cases whose every fact is known.</param>
    /// <param name="engines">The engines; the first is the reference.</param>
    /// <returns>What was compared: per flag, how many offences met it.</returns>
    /// <exception cref="InvalidOperationException">An engine disagrees with the reference (the first disagreements are named).</exception>
    public static AgreementReport Verify(IReadOnlyList<CaseDescription> fullyKnown, IReadOnlyList<IUntocEngine> engines)
    {
        ArgumentNullException.ThrowIfNull(fullyKnown);
        ArgumentNullException.ThrowIfNull(engines);
        if (engines.Count < 2)
        {
            throw new ArgumentException("Agreement needs at least two engines.", nameof(engines));
        }

        var metCounts = UntocIds.All.ToDictionary(f => f.Id, _ => 0, StringComparer.Ordinal);
        var offences = 0;
        var problems = new StringBuilder();
        var disagreements = 0;
        foreach (var c in fullyKnown)
        {
            var reference = new UntocFindings[c.Offences.Count];
            engines[0].Evaluate(c, reference);
            offences += reference.Length;
            foreach (var f in reference)
            {
                foreach (var (flag, id) in UntocIds.All)
                {
                    if ((f & flag) != 0)
                    {
                        metCounts[id]++;
                    }
                }
            }

            foreach (var engine in engines.Skip(1))
            {
                var other = new UntocFindings[c.Offences.Count];
                engine.Evaluate(c, other);
                for (var i = 0; i < reference.Length; i++)
                {
                    var differ = reference[i] ^ other[i];
                    if (differ == UntocFindings.None)
                    {
                        continue;
                    }

                    disagreements++;
                    if (disagreements <= 10)
                    {
                        var ids = string.Join(", ", UntocIds.All.Where(f => (differ & f.Flag) != 0).Select(f => $"{f.Id} {engines[0].Name}={(reference[i] & f.Flag) != 0} {engine.Name}={(other[i] & f.Flag) != 0}"));
                        problems.AppendLine(CultureInfo.InvariantCulture, $"case {c.CaseId} offences[{i}]: {ids}");
                    }
                }
            }
        }

        if (disagreements > 0)
        {
            throw new InvalidOperationException($"The engines disagree on {disagreements} offence(s):{Environment.NewLine}{problems}");
        }

        return new AgreementReport(fullyKnown.Count, offences, engines.Count, metCounts);
    }
}

/// <summary>What <see cref="EngineAgreement.Verify"/> compared.</summary>
/// <param name="Cases">Cases evaluated.</param>
/// <param name="Offences">Offences evaluated (each with every compared criterion).</param>
/// <param name="Engines">Engines that agreed.</param>
/// <param name="MetCounts">Per criterion id, the number of offences for which it is met.</param>
public sealed record AgreementReport(int Cases, int Offences, int Engines, IReadOnlyDictionary<string, int> MetCounts)
{
    /// <summary>A one-line summary.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{Engines} engines agree on {Cases} cases, {Offences} offences: " +
        string.Join(", ", MetCounts.Select(kv => $"{kv.Key} met {kv.Value}"));
}
