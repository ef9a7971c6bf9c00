using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>An engine that computes the two-valued UNTOC outcomes of a fully known case, offence by offence.</summary>
public interface IUntocEngine
{
    /// <summary>The engine's name, for reports.</summary>
    string Name { get; }

    /// <summary>Evaluates a case whose every fact is known.</summary>
    /// <param name="fullyKnown">The case; every fact the UNTOC criteria read is stated and its group is present.</param>
    /// <param name="perOffence">Receives the findings of offence i at index i; as long as the case's offences.</param>
    void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence);
}
