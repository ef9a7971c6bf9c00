using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// The vocabulary of fact predicates the built-in criteria are declared from, open to every user: a flag, a number
/// against a threshold, a kind in a set, a list holding enough distinct States, some State of a list outside every
/// committing State, a list with an entry, a fact of a foreign State of <c>abroad</c>, the stage. Each is data: the engine derives from one declaration both the outcome
/// alone and the verdict with its evidence or missing facts.
/// </summary>
/// <remarks>
/// An absent fact makes a leaf unknown, naming the fact's path as missing. The leaves over lists of States read the
/// list's marker (<c>committedInOthers</c>, …: DESIGN §2.1) and count a territory as the State that holds it (the rule
/// set's <see cref="TerritoryTable"/>, DESIGN §2.2); <see cref="AtLeast(GroupField, decimal, LocalizedText)"/> on
/// <c>members</c> reads <c>membersAtLeast</c> as a lower bound. A leaf the vocabulary cannot express can be
/// written as a delegate with <see cref="Rule.Leaf"/> (a slower path: it builds its verdict even when only outcomes are
/// wanted).
/// </remarks>
/// <example>
/// <code>
/// var structured = Leaf.Flag(GroupField.Structured, new("structured", "структурована"));
/// var tenOrMore = Leaf.AtLeast(GroupField.Members, 10, new("ten or more members", "десять або більше учасників"));
/// var rule = Rule.Ref("untoc.art2.a") &amp; tenOrMore;
/// </code>
/// </example>
public static class Leaf
{
    /// <summary>Met when a boolean fact of an offence is true (<c>involvesGroup</c>, <c>lifeImprisonment</c>).</summary>
    /// <param name="field">The boolean field.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (offence scope).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not boolean.</exception>
    public static Rule Flag(OffenceField field, LocalizedText label) => Flag(Fact.Of(field), label);

    /// <summary>Met when a boolean fact of the group is true; unknown when it or the group is absent.</summary>
    /// <param name="field">The boolean field (not <see cref="GroupField.Members"/> or <see cref="GroupField.ActiveIn"/>).</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (case scope).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not boolean.</exception>
    public static Rule Flag(GroupField field, LocalizedText label) => Flag(Fact.Of(field), label);

    /// <summary>Met when a boolean fact of <c>facts</c> is true; unknown when it is absent.</summary>
    /// <param name="field">The boolean field (not <see cref="FactsField.InternationalCooperation"/>).</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (case scope).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not boolean.</exception>
    public static Rule Flag(FactsField field, LocalizedText label) => Flag(Fact.Of(field), label);

    /// <summary>Met when an offence's number (<c>maximumPenaltyYears</c>) is at least <paramref name="threshold"/>; not met when below; unknown when absent.</summary>
    /// <param name="field">The number field.</param>
    /// <param name="threshold">The least value that meets it.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (offence scope).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a number.</exception>
    public static Rule AtLeast(OffenceField field, decimal threshold, LocalizedText label) => AtLeast(Fact.Of(field), threshold, label);

    /// <summary>Met when the group's number (<c>members</c>) is at least <paramref name="threshold"/>; not met when below; unknown when absent.</summary>
    /// <param name="field">The number field.</param>
    /// <param name="threshold">The least value that meets it.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (case scope).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a number.</exception>
    public static Rule AtLeast(GroupField field, decimal threshold, LocalizedText label) => AtLeast(Fact.Of(field), threshold, label);

    /// <summary>Met when the offence is of one of <paramref name="kinds"/> (the kind is always known).</summary>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The leaf (offence scope), with the offence's kind as evidence.</returns>
    public static Rule KindIn(LocalizedText label, params IEnumerable<OffenceKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(kinds);
        return new KindLeaf(label, kinds);
    }

    /// <summary>Met when some offence of the case is of one of <paramref name="kinds"/>; not met otherwise.</summary>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The leaf (case scope): evidence the matching offences' kinds, or every offence's kind when none matches.</returns>
    public static Rule SomeOffenceOfKind(LocalizedText label, params IEnumerable<OffenceKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(kinds);
        return new SomeOffenceKindLeaf(label, kinds);
    }

    /// <summary>Met when an offence's list of States (<c>committedIn</c>, <c>substantialEffectsIn</c>) holds at least <paramref name="count"/> distinct States.</summary>
    /// <param name="field">The list of States.</param>
    /// <param name="count">How many distinct States meet it; at least 1.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>
    /// The leaf (offence scope): with N the distinct States named, met when |N| (+ 1 when the marker is <c>some</c>) ≥
    /// <paramref name="count"/>, not met when the list is complete and |N| is below it, else unknown (the list missing);
    /// evidence every entry, and the marker when <c>some</c> was needed.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a list of States, or <paramref name="count"/> is below 1.</exception>
    public static Rule DistinctStates(OffenceField field, int count, LocalizedText label) => DistinctStates(Fact.Of(field), count, label);

    /// <summary>Met when the group's list of States (<c>activeIn</c>) holds at least <paramref name="count"/> distinct States.</summary>
    /// <param name="field">The list of States.</param>
    /// <param name="count">How many distinct States meet it; at least 1.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (case scope): evidence every entry; unknown when the list or the group is absent.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a list of States, or <paramref name="count"/> is below 1.</exception>
    public static Rule DistinctStates(GroupField field, int count, LocalizedText label) => DistinctStates(Fact.Of(field), count, label);

    /// <summary>
    /// Met when some State of an offence's list (<c>substantialConduct</c>, <c>substantialEffectsIn</c>) lies outside
    /// <i>every</i> State of its <c>committedIn</c> (UNTOC art. 3(2)(b) and (d)).
    /// </summary>
    /// <param name="field">The list.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>
    /// The leaf (offence scope): met with the entries outside as evidence; not met when the list is <c>[]</c> or every
    /// entry lies within (evidence the entries and the committing States); unknown when the list or <c>committedIn</c>
    /// is absent.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a list of States or of entries in a State.</exception>
    public static Rule SomeStateOutsideCommitting(OffenceField field, LocalizedText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new OutsideCommittingLeaf(label, Fact.Of(field).Require(nameof(field), FactType.States, FactType.StateEntries));
    }

    /// <summary>Met when a list of <c>facts</c> (<c>internationalCooperation</c>) holds at least one entry; unknown when absent.</summary>
    /// <param name="field">The list.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (case scope): evidence every entry, or the field when it is <c>[]</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not a list.</exception>
    public static Rule NonEmpty(FactsField field, LocalizedText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new NonEmptyLeaf(label, Fact.Of(field).Require(nameof(field), FactType.Entries, FactType.StateEntries, FactType.States));
    }

    /// <summary>
    /// Met when a boolean fact of the <c>abroad</c> entry being evaluated is true (<c>evidence</c>, <c>proceeds</c>,
    /// <c>dualCriminality</c>, ...); unknown when absent or <c>null</c>. For cooperation routes (DESIGN §3.1).
    /// </summary>
    /// <param name="field">The boolean field (not <see cref="AbroadField.State"/>).</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (state scope): usable in a criterion of <see cref="RuleScope.State"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The field is not boolean.</exception>
    public static Rule Flag(AbroadField field, LocalizedText label) => Flag(Fact.Of(field), label);

    /// <summary>Met when <c>stage</c> is <paramref name="stage"/>; not met when it is another; unknown when absent.</summary>
    /// <param name="stage">The stage.</param>
    /// <param name="label">What the leaf tests, for reports.</param>
    /// <returns>The leaf (case scope), with <c>stage</c> as its evidence or missing fact.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The stage is not defined.</exception>
    public static Rule StageIs(CaseStage stage, LocalizedText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!Enum.IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a stage.");
        }

        return new StageLeaf(label, stage);
    }

    private static FlagLeaf Flag(Fact fact, LocalizedText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new FlagLeaf(label, fact.Require("field", FactType.Flag));
    }

    private static ThresholdLeaf AtLeast(Fact fact, decimal threshold, LocalizedText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new ThresholdLeaf(label, fact.Require("field", FactType.Number), threshold);
    }

    private static DistinctStatesLeaf DistinctStates(Fact fact, int count, LocalizedText label)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new DistinctStatesLeaf(label, fact.Require("field", FactType.States), count);
    }
}
