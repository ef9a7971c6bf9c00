using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// Leaf rules over single facts of a case, as the built-in criteria use them; available to user rules too.
/// An absent fact makes the leaf unknown, naming the fact's path.
/// </summary>
public static class FactRules
{
    /// <summary>A leaf met when a boolean fact of the group is <see langword="true"/>.</summary>
    /// <param name="field">The group's boolean field (not <see cref="GroupField.Members"/> or <see cref="GroupField.ActiveIn"/>).</param>
    /// <param name="label">What it tests.</param>
    /// <returns>The leaf.</returns>
    public static Rule GroupFlag(GroupField field, LocalizedText label)
    {
        Func<CriminalGroup, bool?> read = field switch
        {
            GroupField.ExistsForPeriodOfTime => g => g.ExistsForPeriodOfTime,
            GroupField.Structured => g => g.Structured,
            GroupField.ActsInConcert => g => g.ActsInConcert,
            GroupField.AimsAtSeriousCrime => g => g.AimsAtSeriousCrime,
            GroupField.MaterialBenefit => g => g.MaterialBenefit,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a boolean group field."),
        };
        var path = FactPath.Group(field);
        return Rule.Leaf(label, RuleScope.Case, c => Flag(c.Case.Group is { } g ? read(g) : null, path), c => OutcomeOf(c.Case.Group is { } g ? read(g) : null));
    }

    /// <summary>A leaf met when a boolean case-level fact is <see langword="true"/>.</summary>
    /// <param name="field">The boolean field of <c>facts</c> (not <see cref="FactsField.InternationalCooperation"/>).</param>
    /// <param name="label">What it tests.</param>
    /// <returns>The leaf.</returns>
    public static Rule CaseFlag(FactsField field, LocalizedText label)
    {
        Func<CaseFacts, bool?> read = field switch
        {
            FactsField.HarmThreatened => f => f.HarmThreatened,
            FactsField.DamageIndividuals => f => f.Damage?.Individuals,
            FactsField.DamageLegalEntities => f => f.Damage?.LegalEntities,
            FactsField.DamageState => f => f.Damage?.State,
            FactsField.PublicOfficialsInvolved => f => f.PublicOfficialsInvolved,
            FactsField.CivilAssociationsOrMediaUsed => f => f.CivilAssociationsOrMediaUsed,
            FactsField.BusinessEntitiesUsed => f => f.BusinessEntitiesUsed,
            FactsField.ProceedsLaundered => f => f.ProceedsLaundered,
            FactsField.GroupBeingFormed => f => f.GroupBeingFormed,
            FactsField.SocialConditionsExploited => f => f.SocialConditionsExploited,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a boolean facts field."),
        };
        var path = FactPath.Facts(field);
        return Rule.Leaf(label, RuleScope.Case, c => Flag(c.Case.Facts is { } f ? read(f) : null, path), c => OutcomeOf(c.Case.Facts is { } f ? read(f) : null));
    }

    /// <summary>An offence-level leaf met when the offence involves the case's group (<c>involvesGroup</c>).</summary>
    /// <param name="label">What it tests.</param>
    /// <returns>The leaf.</returns>
    public static Rule InvolvesGroup(LocalizedText label) =>
        Rule.Leaf(label, RuleScope.Offence,
            c => Flag(c.RequireOffence().InvolvesGroup, FactPath.Offence(c.OffenceIndex!.Value, OffenceField.InvolvesGroup)),
            c => OutcomeOf(c.RequireOffence().InvolvesGroup));

    /// <summary>An offence-level leaf met when the offence is of one of <paramref name="kinds"/> (the kind is always known).</summary>
    /// <param name="label">What it tests.</param>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The leaf.</returns>
    public static Rule OffenceOfKind(LocalizedText label, params IEnumerable<OffenceKind> kinds)
    {
        var set = kinds.ToHashSet();
        return Rule.Leaf(label, RuleScope.Offence, c =>
            Verdict.Decided(set.Contains(c.RequireOffence().Kind), FactPath.Offence(c.OffenceIndex!.Value, OffenceField.Kind)),
            c => OutcomeOf(set.Contains(c.RequireOffence().Kind)));
    }

    /// <summary>A case-level leaf met when some offence of the case is of one of <paramref name="kinds"/>; not met otherwise.</summary>
    /// <param name="label">What it tests.</param>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The leaf, with the matching offences' kinds as evidence (all offences' when not met).</returns>
    public static Rule SomeOffenceOfKind(LocalizedText label, params IEnumerable<OffenceKind> kinds)
    {
        var set = kinds.ToHashSet();
        return Rule.Leaf(label, RuleScope.Case, c =>
        {
            var offences = c.Case.Offences;
            var matching = new List<FactPath>();
            for (var i = 0; i < offences.Count; i++)
            {
                if (set.Contains(offences[i].Kind))
                {
                    matching.Add(FactPath.Offence(i, OffenceField.Kind));
                }
            }

            if (matching.Count > 0)
            {
                return Verdict.Met(matching);
            }

            var all = new FactPath[offences.Count];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = FactPath.Offence(i, OffenceField.Kind);
            }

            return Verdict.NotMet(all);
        },
        c =>
        {
            var offences = c.Case.Offences;
            for (var i = 0; i < offences.Count; i++)
            {
                if (set.Contains(offences[i].Kind))
                {
                    return Outcome.Met;
                }
            }

            return Outcome.NotMet;
        });
    }

    /// <summary>
    /// An offence-level leaf met when some entry of a list fact of the offence lies in a state outside <i>every</i>
    /// state of its <c>committedIn</c> (UNTOC art. 3(2)(b) and (d)); not met when the list is <c>[]</c> or every entry lies
    /// within the committing states; unknown when the list or <c>committedIn</c> is absent.
    /// </summary>
    /// <typeparam name="T">The type of the list's entries.</typeparam>
    /// <param name="label">What it tests.</param>
    /// <param name="field">The list field (its entries are the evidence).</param>
    /// <param name="list">Reads the list from the offence.</param>
    /// <param name="stateOf">The state of an entry.</param>
    /// <returns>The leaf: evidence the entries outside when met; every entry and the committing states when not met.</returns>
    public static Rule SomeStateOutsideCommitting<T>(LocalizedText label, OffenceField field, Func<Offence, IReadOnlyList<T>?> list, Func<T, string> stateOf)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(stateOf);
        return Rule.Leaf(label, RuleScope.Offence,
            c =>
            {
                var i = c.OffenceIndex!.Value;
                var o = c.RequireOffence();
                var entries = list(o);
                if (entries is { Count: 0 })
                {
                    return Verdict.NotMet(FactPath.Offence(i, field));
                }

                if (entries is null || o.CommittedIn is null)
                {
                    var missing = new List<FactPath>(2);
                    if (o.CommittedIn is null)
                    {
                        missing.Add(FactPath.Offence(i, OffenceField.CommittedIn));
                    }

                    if (entries is null)
                    {
                        missing.Add(FactPath.Offence(i, field));
                    }

                    return Verdict.Unknown(missing);
                }

                var outside = new List<FactPath>();
                for (var j = 0; j < entries.Count; j++)
                {
                    if (!StateLists.Contains(o.CommittedIn, stateOf(entries[j])))
                    {
                        outside.Add(FactPath.Offence(i, field, j));
                    }
                }

                if (outside.Count > 0)
                {
                    return Verdict.Met(outside);
                }

                // Not met: every entry lies within the committing states, which decide it as much as the entries do.
                var within = new List<FactPath>(entries.Count + o.CommittedIn.Count);
                for (var j = 0; j < entries.Count; j++)
                {
                    within.Add(FactPath.Offence(i, field, j));
                }

                within.AddRange(Entries(o.CommittedIn.Count, j => FactPath.Offence(i, OffenceField.CommittedIn, j)));
                return Verdict.NotMet(within);
            },
            c =>
            {
                var o = c.RequireOffence();
                var entries = list(o);
                if (entries is { Count: 0 })
                {
                    return Outcome.NotMet;
                }

                if (entries is null || o.CommittedIn is null)
                {
                    return Outcome.Unknown;
                }

                for (var j = 0; j < entries.Count; j++)
                {
                    if (!StateLists.Contains(o.CommittedIn, stateOf(entries[j])))
                    {
                        return Outcome.Met;
                    }
                }

                return Outcome.NotMet;
            });
    }

    /// <summary>The verdict of a boolean fact: met when true, not met when false, unknown when absent.</summary>
    /// <param name="value">The fact.</param>
    /// <param name="path">Its path.</param>
    /// <returns>The verdict.</returns>
    public static Verdict Flag(bool? value, FactPath path) => value switch
    {
        true => Verdict.Met(path),
        false => Verdict.NotMet(path),
        null => Verdict.Unknown(path),
    };

    /// <summary>The outcome of a boolean fact: met when true, not met when false, unknown when absent.</summary>
    private static Outcome OutcomeOf(bool? value) => value switch
    {
        true => Outcome.Met,
        false => Outcome.NotMet,
        null => Outcome.Unknown,
    };

    /// <summary>The paths of the entries of a list fact (the field itself when the list is empty).</summary>
    /// <param name="count">The number of entries.</param>
    /// <param name="entry">The path of entry i, or of the field when given <see langword="null"/>.</param>
    /// <returns>The paths.</returns>
    public static IEnumerable<FactPath> Entries(int count, Func<int?, FactPath> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (count == 0)
        {
            return [entry(null)];
        }

        var paths = new FactPath[count];
        for (var i = 0; i < count; i++)
        {
            paths[i] = entry(i);
        }

        return paths;
    }
}
