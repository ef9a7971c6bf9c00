using TransnationalRules.Model;

namespace TransnationalRules.Logic;

/// <summary>
/// One field of the case description that a leaf of <see cref="Leaf"/> reads: where it is (its path) and how to read
/// it. Absent objects read as absent facts.
/// </summary>
internal sealed class Fact
{
    private enum Section { Offence, Group, Facts }

    private readonly Section section;
    private readonly int field;

    private Fact(Section section, int field, FactType type)
    {
        this.section = section;
        this.field = field;
        Type = type;
    }

    public FactType Type { get; }

    public RuleScope Scope => section == Section.Offence ? RuleScope.Offence : RuleScope.Case;

    public static Fact Of(OffenceField field) => new(Section.Offence, (int)field, field switch
    {
        OffenceField.LifeImprisonment or OffenceField.InvolvesGroup => FactType.Flag,
        OffenceField.MaximumPenaltyYears => FactType.Number,
        OffenceField.CommittedIn or OffenceField.SubstantialEffectsIn => FactType.States,
        OffenceField.SubstantialConduct => FactType.StateEntries,
        OffenceField.LegalBasis => FactType.Entries,
        _ => FactType.Other,
    });

    public static Fact Of(GroupField field) => new(Section.Group, (int)field, field switch
    {
        GroupField.Members => FactType.Number,
        GroupField.ActiveIn => FactType.States,
        GroupField.ActiveInOthers or GroupField.MembersAtLeast => FactType.Other,
        _ => FactType.Flag,
    });

    public static Fact Of(FactsField field) => new(Section.Facts, (int)field, field switch
    {
        FactsField.InternationalCooperation => FactType.Entries,
        _ => FactType.Flag,
    });

    /// <summary>
    /// The marker of a list of States (DESIGN §2.1), or <see langword="null"/> for a fact that is not such a list. A new
    /// designator each time: read it once, when a leaf is built, not while deciding.
    /// </summary>
    public Fact? Marker => (section, Type) switch
    {
        (Section.Offence, FactType.States or FactType.StateEntries) => (OffenceField)this.field switch
        {
            OffenceField.CommittedIn => Of(OffenceField.CommittedInOthers),
            OffenceField.SubstantialConduct => Of(OffenceField.SubstantialConductOthers),
            _ => Of(OffenceField.SubstantialEffectsInOthers),
        },
        (Section.Group, FactType.States) => Of(GroupField.ActiveInOthers),
        _ => null,
    };

    /// <summary>The lower bound of a number (a new designator each time, as for <see cref="Marker"/>) (<c>group.membersAtLeast</c> for <c>group.members</c>), or <see langword="null"/>.</summary>
    public Fact? LowerBound => section == Section.Group && Type == FactType.Number ? Of(GroupField.MembersAtLeast) : null;

    /// <summary>Checks that the fact is of one of the types a leaf reads.</summary>
    public Fact Require(string parameter, params FactType[] types)
    {
        if (Array.IndexOf(types, Type) < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, $"This leaf reads {string.Join(" or ", types)} facts; the field is {Type}.");
        }

        return this;
    }

    public FactPath Path(int offence, int? entry = null) => section switch
    {
        Section.Offence => FactPath.Offence(offence, (OffenceField)field, entry),
        Section.Group => FactPath.Group((GroupField)field, entry),
        _ => FactPath.Facts((FactsField)field, entry),
    };

    public bool? ReadFlag(CaseDescription @case, int offence) => section switch
    {
        Section.Offence => (OffenceField)field switch
        {
            OffenceField.LifeImprisonment => @case.Offences[offence].LifeImprisonment,
            _ => @case.Offences[offence].InvolvesGroup,
        },
        Section.Group => @case.Group is not { } g ? null : (GroupField)field switch
        {
            GroupField.ExistsForPeriodOfTime => g.ExistsForPeriodOfTime,
            GroupField.Structured => g.Structured,
            GroupField.ActsInConcert => g.ActsInConcert,
            GroupField.AimsAtSeriousCrime => g.AimsAtSeriousCrime,
            _ => g.MaterialBenefit,
        },
        _ => @case.Facts is not { } f ? null : (FactsField)field switch
        {
            FactsField.HarmThreatened => f.HarmThreatened,
            FactsField.DamageIndividuals => f.Damage?.Individuals,
            FactsField.DamageLegalEntities => f.Damage?.LegalEntities,
            FactsField.DamageState => f.Damage?.State,
            FactsField.PublicOfficialsInvolved => f.PublicOfficialsInvolved,
            FactsField.CivilAssociationsOrMediaUsed => f.CivilAssociationsOrMediaUsed,
            FactsField.BusinessEntitiesUsed => f.BusinessEntitiesUsed,
            FactsField.ProceedsLaundered => f.ProceedsLaundered,
            FactsField.GroupBeingFormed => f.GroupBeingFormed,
            _ => f.SocialConditionsExploited,
        },
    };

    public decimal? ReadNumber(CaseDescription @case, int offence) => section == Section.Offence
        ? @case.Offences[offence].MaximumPenaltyYears
        : @case.Group?.Members;

    /// <summary>The value of this marker; <see cref="OtherStates.None"/> when it is absent.</summary>
    public OtherStates ReadMarker(CaseDescription @case, int offence) => (section == Section.Offence
        ? (OffenceField)field switch
        {
            OffenceField.CommittedInOthers => @case.Offences[offence].CommittedInOthers,
            OffenceField.SubstantialConductOthers => @case.Offences[offence].SubstantialConductOthers,
            _ => @case.Offences[offence].SubstantialEffectsInOthers,
        }
        : @case.Group?.ActiveInOthers) ?? OtherStates.None;

    /// <summary>The value of this lower bound (<c>group.membersAtLeast</c>).</summary>
    public int? ReadLowerBound(CaseDescription @case) => section == Section.Group ? @case.Group?.MembersAtLeast : null;

    /// <summary>A list of State codes (<c>committedIn</c>, <c>substantialEffectsIn</c>, <c>group.activeIn</c>).</summary>
    public IReadOnlyList<string>? ReadStates(CaseDescription @case, int offence) => section switch
    {
        Section.Offence => (OffenceField)field == OffenceField.CommittedIn ? @case.Offences[offence].CommittedIn : @case.Offences[offence].SubstantialEffectsIn,
        _ => @case.Group?.ActiveIn,
    };

    /// <summary>The number of entries of a list fact, or <see langword="null"/> when it is absent.</summary>
    public int? Count(CaseDescription @case, int offence) => Type switch
    {
        FactType.States => ReadStates(@case, offence)?.Count,
        FactType.StateEntries => @case.Offences[offence].SubstantialConduct?.Count,
        _ => section == Section.Offence ? @case.Offences[offence].LegalBasis?.Count : @case.Facts?.InternationalCooperation?.Count,
    };

    /// <summary>The State of entry <paramref name="entry"/> of a list of States or of entries located in a State.</summary>
    public string StateAt(CaseDescription @case, int offence, int entry) => Type == FactType.StateEntries
        ? @case.Offences[offence].SubstantialConduct![entry].State
        : ReadStates(@case, offence)![entry];
}

/// <summary>What kind of value a fact holds.</summary>
internal enum FactType
{
    Flag,
    Number,
    States,
    StateEntries,
    Entries,
    Other,
}
