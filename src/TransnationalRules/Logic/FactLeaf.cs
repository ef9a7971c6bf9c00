using System.Collections.Immutable;
using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// A leaf declared from the vocabulary of <see cref="Leaf"/>: one definition that gives both the outcome alone and the
/// verdict with its facts, so the two cannot drift apart.
/// </summary>
/// <remarks>
/// <c>Decide</c> is the only place a leaf's logic lives. The outcome-only path calls it with no list; the
/// verdict path passes a list and receives the paths that decided the outcome (met or not met) or that are missing
/// (unknown). The engine sorts and deduplicates them.
/// </remarks>
internal abstract class FactLeaf(LocalizedText label, RuleScope scope) : Rule(label)
{
    public override RuleScope Scope => scope;

    /// <summary>
    /// Decides the leaf with its facts and what it found beside them (<see cref="Finding"/>: which States, which bound,
    /// which marker), when evaluations are built for reasons; most leaves find nothing beyond their facts.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="offence">The offence's index, or -1.</param>
    /// <param name="abroad">The <c>abroad</c> entry's index, or -1.</param>
    /// <param name="territories">Which codes count as which State (DESIGN §2.2).</param>
    /// <param name="found">Receives the deciding or missing facts.</param>
    /// <param name="finding">What the leaf found, or <see langword="null"/>.</param>
    /// <returns>The outcome.</returns>
    public virtual Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, List<FactPath> found, out Finding? finding)
    {
        finding = null;
        return Decide(@case, offence, abroad, territories, found);
    }

    /// <summary>Decides the leaf for the case (<paramref name="offence"/> = -1) or one offence.</summary>
    /// <param name="case">The case.</param>
    /// <param name="offence">The offence's index, or -1 for the case as a whole.</param>
    /// <param name="territories">Which codes count as which State (DESIGN §2.2).</param>
    /// <param name="found">Receives the deciding or missing facts; <see langword="null"/> when only the outcome is wanted.</param>
    /// <returns>The outcome.</returns>
    public abstract Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found);

    /// <summary>Decides the leaf where an <c>abroad</c> entry may be in scope too (-1 when none is): what the engine calls.</summary>
    /// <param name="case">The case.</param>
    /// <param name="offence">The offence's index, or -1.</param>
    /// <param name="abroad">The <c>abroad</c> entry's index, or -1.</param>
    /// <param name="territories">Which codes count as which State (DESIGN §2.2).</param>
    /// <param name="found">Receives the deciding or missing facts, or <see langword="null"/>.</param>
    /// <returns>The outcome.</returns>
    public virtual Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, List<FactPath>? found) =>
        Decide(@case, offence, territories, found);

    /// <summary>The outcome of a boolean fact, recording its path (written only when it is recorded).</summary>
    protected static Outcome Flag(bool? value, Fact fact, int offence, int abroad, List<FactPath>? found)
    {
        found?.Add(fact.PathAt(offence, abroad));
        return value switch { true => Outcome.Met, false => Outcome.NotMet, null => Outcome.Unknown };
    }

    /// <summary>Records the paths of a list's entries (the field itself when the list is empty).</summary>
    /// <remarks>Takes the fact, not a lambda over it: a lambda capturing the offence would be allocated on every call, outcome-only ones too.</remarks>
    protected static void AddEntries(List<FactPath> found, int count, Fact fact, int offence)
    {
        if (count == 0)
        {
            found.Add(fact.Path(offence));
            return;
        }

        for (var j = 0; j < count; j++)
        {
            found.Add(fact.Path(offence, j));
        }
    }
}

/// <summary>A boolean fact (of an offence, the group, <c>facts</c> or an <c>abroad</c> entry): met when true, not met when false, unknown when absent.</summary>
internal sealed class FlagLeaf(LocalizedText label, Fact fact) : FactLeaf(label, fact.Scope)
{
    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found) =>
        Decide(@case, offence, -1, territories, found);

    public override Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, List<FactPath>? found) =>
        Scope == RuleScope.State && abroad < 0
            ? throw new InvalidOperationException($"The rule '{Label!.En}' reads an abroad entry; use it inside a state-level criterion.")
            : Flag(fact.ReadFlag(@case, offence, abroad), fact, offence, abroad, found);
}

/// <summary>
/// A number at or above a threshold: met when it is, not met when it is below; when it is absent, met when its lower
/// bound (<c>group.membersAtLeast</c>, DESIGN §2.1) reaches the threshold (evidence the bound), else unknown.
/// </summary>
internal sealed class ThresholdLeaf(LocalizedText label, Fact fact, decimal threshold) : FactLeaf(label, fact.Scope)
{
    private readonly Fact? lowerBound = fact.LowerBound;

    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        if (fact.ReadNumber(@case, offence) is decimal value)
        {
            found?.Add(fact.Path(offence));
            return value >= threshold ? Outcome.Met : Outcome.NotMet;
        }

        if (lowerBound?.ReadLowerBound(@case) is int bound && bound >= threshold)
        {
            found?.Add(lowerBound.Path(offence));
            return Outcome.Met;
        }

        found?.Add(fact.Path(offence));
        return Outcome.Unknown;
    }

    /// <summary>Decides with the facts, and records which number decided (<see cref="ThresholdFinding"/>): the one path it recorded says which.</summary>
    public override Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, List<FactPath> found, out Finding? finding)
    {
        var outcome = Decide(@case, offence, territories, found);
        var byBound = lowerBound is not null && found.Count > 0 && found[^1] == lowerBound.Path(offence);
        finding = outcome == Outcome.Unknown ? null
            : byBound ? new ThresholdFinding(lowerBound!.ReadLowerBound(@case), IsLowerBound: true)
            : new ThresholdFinding(fact.ReadNumber(@case, offence), IsLowerBound: false);
        return outcome;
    }
}

/// <summary>The offence is of one of a set of kinds (the kind is always known).</summary>
internal sealed class KindLeaf(LocalizedText label, IEnumerable<OffenceKind> kinds) : FactLeaf(label, RuleScope.Offence)
{
    private readonly HashSet<OffenceKind> set = [.. kinds];

    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        found?.Add(FactPath.Offence(offence, OffenceField.Kind));
        return set.Contains(@case.Offences[offence].Kind) ? Outcome.Met : Outcome.NotMet;
    }
}

/// <summary>Some offence of the case is of one of a set of kinds; evidence the matching kinds, or every kind when none matches.</summary>
internal sealed class SomeOffenceKindLeaf(LocalizedText label, IEnumerable<OffenceKind> kinds) : FactLeaf(label, RuleScope.Case)
{
    private readonly HashSet<OffenceKind> set = [.. kinds];

    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        var offences = @case.Offences;
        var met = false;
        for (var i = 0; i < offences.Count; i++)
        {
            if (set.Contains(offences[i].Kind))
            {
                met = true;
                if (found is null)
                {
                    break;
                }

                found.Add(FactPath.Offence(i, OffenceField.Kind));
            }
        }

        if (!met && found is not null)
        {
            for (var i = 0; i < offences.Count; i++)
            {
                found.Add(FactPath.Offence(i, OffenceField.Kind));
            }
        }

        return met ? Outcome.Met : Outcome.NotMet;
    }
}

/// <summary>
/// A list of States holds at least n distinct States (DESIGN §2.1, §2.2): with N the named States (territories folded)
/// and its marker, met when |N| (+ 1 for <c>some</c>) ≥ n, not met when the list is complete and |N| &lt; n, else
/// unknown. Evidence every entry (and the marker when <c>some</c> was needed); missing the list when absent or open.
/// </summary>
internal sealed class DistinctStatesLeaf(LocalizedText label, Fact fact, int atLeast) : FactLeaf(label, fact.Scope)
{
    private readonly Fact marker = fact.Marker!;

    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        if (fact.ReadStates(@case, offence) is not { } states)
        {
            found?.Add(fact.Path(offence));
            return Outcome.Unknown;
        }

        var others = marker.ReadMarker(@case, offence);
        var named = StateLists.CountDistinct(states, atLeast, territories);
        var outcome = named >= atLeast || (others == OtherStates.Some && named + 1 >= atLeast) ? Outcome.Met
            : others == OtherStates.None ? Outcome.NotMet
            : Outcome.Unknown;
        if (found is not null)
        {
            if (outcome == Outcome.Unknown)
            {
                found.Add(fact.Path(offence));
            }
            else
            {
                AddEntries(found, states.Count, fact, offence);
                if (outcome == Outcome.Met && named < atLeast)
                {
                    found.Add(marker.Path(offence));
                }
            }
        }

        return outcome;
    }
}

/// <summary>A list holds at least one entry; evidence every entry (the field when empty); unknown when absent.</summary>
internal sealed class NonEmptyLeaf(LocalizedText label, Fact fact) : FactLeaf(label, fact.Scope)
{
    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        if (fact.Count(@case, offence) is not int count)
        {
            found?.Add(fact.Path(offence));
            return Outcome.Unknown;
        }

        if (found is not null)
        {
            AddEntries(found, count, fact, offence);
        }

        return count >= 1 ? Outcome.Met : Outcome.NotMet;
    }
}

/// <summary>
/// Some State of an offence's list X lies outside every State of its <c>committedIn</c> C (UNTOC art. 3(2)(b), (d);
/// DESIGN §2.1, territories folded per §2.2).
/// </summary>
/// <remarks>
/// Met when C is complete and either a named State of X is not in C (evidence those entries), or X's marker is
/// <c>some</c> and every State of C is named in X, so the unnamed State of X lies outside C (evidence X's entries and its
/// marker). Not met when X is complete and every named State of X is in C (evidence X's entries and C's, or X itself
/// when it is <c>[]</c>, which needs no C). Otherwise unknown, missing C and X wherever absent or open.
/// </remarks>
internal sealed class OutsideCommittingLeaf(LocalizedText label, Fact fact) : FactLeaf(label, RuleScope.Offence)
{
    private static readonly Fact Committed = Fact.Of(OffenceField.CommittedIn);
    private static readonly Fact CommittedMarker = Committed.Marker!;
    private readonly Fact marker = fact.Marker!;

    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        var count = fact.Count(@case, offence);
        var others = marker.ReadMarker(@case, offence);
        if (count == 0 && others == OtherStates.None)
        {
            found?.Add(fact.Path(offence));
            return Outcome.NotMet;
        }

        var committed = Committed.ReadStates(@case, offence);
        var committedOthers = CommittedMarker.ReadMarker(@case, offence);
        if (count is int n && committed is not null)
        {
            var anyOutside = false;
            for (var j = 0; j < n && !anyOutside; j++)
            {
                anyOutside = !StateLists.Contains(committed, fact.StateAt(@case, offence, j), territories);
            }

            if (anyOutside && committedOthers == OtherStates.None)
            {
                if (found is not null)
                {
                    for (var j = 0; j < n; j++)
                    {
                        if (!StateLists.Contains(committed, fact.StateAt(@case, offence, j), territories))
                        {
                            found.Add(fact.Path(offence, j));
                        }
                    }
                }

                return Outcome.Met;
            }

            if (!anyOutside && others == OtherStates.None)
            {
                // Every entry lies within the committing States, which decide it as much as the entries do.
                if (found is not null)
                {
                    AddEntries(found, n, fact, offence);
                    AddEntries(found, committed.Count, Committed, offence);
                }

                return Outcome.NotMet;
            }

            if (!anyOutside && others == OtherStates.Some && committedOthers == OtherStates.None && NamesEvery(@case, offence, n, committed, territories))
            {
                if (found is not null)
                {
                    AddEntries(found, n, fact, offence);
                    found.Add(marker.Path(offence));
                }

                return Outcome.Met;
            }
        }

        if (found is not null)
        {
            if (committed is null || committedOthers != OtherStates.None)
            {
                found.Add(Committed.Path(offence));
            }

            if (count is null || others != OtherStates.None)
            {
                found.Add(fact.Path(offence));
            }
        }

        return Outcome.Unknown;
    }

    /// <summary>Decides with the facts, and records the <see cref="OutsideCommittingFinding"/> for the reasons of art. 3(2)(b), (d).</summary>
    public override Outcome Decide(CaseDescription @case, int offence, int abroad, TerritoryTable territories, List<FactPath> found, out Finding? finding)
    {
        finding = Find(@case, offence, territories);
        return Decide(@case, offence, territories, found);
    }

    /// <summary>
    /// The lists and markers this leaf reads, and the entries outside every committing State (the evidence of a met
    /// outcome): what its reasons say, so that they need not re-derive it.
    /// </summary>
    private OutsideCommittingFinding Find(CaseDescription @case, int offence, TerritoryTable territories)
    {
        var others = marker.ReadMarker(@case, offence);
        if (fact.Count(@case, offence) is not int n)
        {
            return new OutsideCommittingFinding(null, others, Committed.ReadStates(@case, offence), CommittedMarker.ReadMarker(@case, offence), []);
        }

        if (n == 0 && others == OtherStates.None)
        {
            // Decided by the empty list alone: the committing States are not read.
            return new OutsideCommittingFinding([], others, null, OtherStates.None, []);
        }

        var committed = Committed.ReadStates(@case, offence);

        // A list of codes is the list itself; a list of entries (substantialConduct) is read as its entries' States.
        var listed = fact.Type == FactType.States ? fact.ReadStates(@case, offence)! : [.. Enumerable.Range(0, n).Select(j => fact.StateAt(@case, offence, j))];
        ImmutableArray<string>.Builder? outside = null;
        for (var j = 0; j < n && committed is not null; j++)
        {
            if (!StateLists.Contains(committed, listed[j], territories))
            {
                (outside ??= ImmutableArray.CreateBuilder<string>()).Add(listed[j]);
            }
        }

        return new OutsideCommittingFinding(listed, others, committed, CommittedMarker.ReadMarker(@case, offence), outside?.ToImmutable() ?? []);
    }

    /// <summary>Whether every committing State is named among the first <paramref name="n"/> entries of the list.</summary>
    private bool NamesEvery(CaseDescription @case, int offence, int n, IReadOnlyList<string> committed, TerritoryTable territories)
    {
        for (var i = 0; i < committed.Count; i++)
        {
            var named = false;
            for (var j = 0; j < n && !named; j++)
            {
                named = territories.SameState(committed[i], fact.StateAt(@case, offence, j));
            }

            if (!named)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The stage of the proceedings is the one given: met when it is, not met when it is the other, unknown when absent.</summary>
internal sealed class StageLeaf(LocalizedText label, CaseStage stage) : FactLeaf(label, RuleScope.Case)
{
    public override Outcome Decide(CaseDescription @case, int offence, TerritoryTable territories, List<FactPath>? found)
    {
        found?.Add(FactPath.Stage());
        return @case.Stage is { } value ? (value == stage ? Outcome.Met : Outcome.NotMet) : Outcome.Unknown;
    }
}
