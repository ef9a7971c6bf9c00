using NRules;
using NRules.Fluent;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// UNTOC art. 2(a), 2(b), 3(2)(a)–(d) and 3(1) as NRules rules in its fluent DSL (<see cref="NRulesUntocRules"/>):
/// the offences and the group are inserted as facts into a fresh session per case, rules infer <see cref="Finding"/>
/// facts (chaining: art. 3(2) from (a)–(d), art. 3(1) from 3(2), 2(a), 2(b)), and the findings are queried.
/// Two-valued (a finding exists or not): run it on fully known cases.
/// </summary>
public sealed class NRulesUntoc : IUntocEngine
{
    private readonly ISessionFactory factory;

    /// <summary>Loads and compiles the rules once.</summary>
    public NRulesUntoc()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(NRulesUntocRules.Types));
        factory = repository.Compile();
    }

    /// <inheritdoc/>
    public string Name => "NRules";

    /// <inheritdoc/>
    public void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(fullyKnown);
        var session = factory.CreateSession();
        var offences = new OffenceFact[fullyKnown.Offences.Count];
        for (var i = 0; i < offences.Length; i++)
        {
            offences[i] = new OffenceFact(i, fullyKnown.Offences[i]);
        }

        session.InsertAll(offences);
        session.Insert(fullyKnown.Group!);
        session.Fire();
        perOffence[..offences.Length].Clear();
        var organised = session.Query<OrganisedGroupFinding>().Any();
        foreach (var finding in session.Query<Finding>())
        {
            perOffence[finding.Offence.Index] |= finding.Flag;
        }

        if (organised)
        {
            for (var i = 0; i < offences.Length; i++)
            {
                perOffence[i] |= UntocFindings.OrganisedCriminalGroup;
            }
        }
    }
}

/// <summary>An offence of the case as an NRules fact: its index in the case and the offence.</summary>
/// <param name="Index">The offence's index in <c>offences</c>.</param>
/// <param name="Offence">The offence.</param>
public sealed record OffenceFact(int Index, Offence Offence);

/// <summary>An inferred fact: a criterion met for an offence.</summary>
/// <param name="Offence">The offence.</param>
/// <param name="Flag">The criterion met.</param>
public sealed record Finding(OffenceFact Offence, UntocFindings Flag);

/// <summary>An inferred fact: the case's group is an organised criminal group (art. 2(a)).</summary>
public sealed record OrganisedGroupFinding;
