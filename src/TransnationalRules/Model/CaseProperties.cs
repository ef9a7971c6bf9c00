namespace TransnationalRules.Model;

/// <summary>
/// The property tables of the case document (DESIGN §4), one per JSON object: each property's JSON name, its shape
/// (how it is read and its limits), where its value goes, its schema description and, for a fact that rules read, its
/// value of <see cref="OffenceField"/>, <see cref="GroupField"/> or <see cref="FactsField"/>. The case parser, the fact
/// paths and the schema generator all read these tables; nothing else names a property of the case document.
/// </summary>
/// <remarks>
/// Adding a property: the model property (and <c>PublicAPI.Unshipped.txt</c>), its entry here, and the value rules in
/// <c>Validation/</c> if it has any; a fact that rules read also gets a member of its object's field enum, named here.
/// A test checks that every model property is in a table and that each entry stores into and reads from its own property.
/// </remarks>
internal static class CaseProperties
{
    public static readonly PropertyTable<LegalBasis> LegalBasis = new PropertyTable<LegalBasis>(static () => new LegalBasis())
        .Add("jurisdiction", StateShape.Instance, static (b, v) => b with { Jurisdiction = v }, static b => b.Jurisdiction, "The jurisdiction.")
        .Add("reference", new TextShape(Limits.ReferenceLength), static (b, v) => b with { Reference = v }, static b => b.Reference, "The provision, e.g. Criminal Code art. 190(4).");

    public static readonly PropertyTable<SubstantialConduct> SubstantialConduct =
        new PropertyTable<SubstantialConduct>(static () => new SubstantialConduct { State = null!, Aspect = EnumShape<ConductAspect>.Undefined })
        .Add("state", StateShape.Instance, static (c, v) => c with { State = v! }, static c => c.State, "The state where it took place.")
        .Add("aspect", EnumShape<ConductAspect>.Instance, static (c, v) => c with { Aspect = v }, static c => c.Aspect,
            "Which aspect of the offence it was (UNTOC art. 3(2)(b)).", required: true);

    public static readonly PropertyTable<Offence> Offence =
        new PropertyTable<Offence>(static () => new Offence { Id = null!, Kind = EnumShape<OffenceKind>.Undefined })
        .Add("id", new TextShape(Limits.OffenceIdLength, notBlank: true), static (o, v) => o with { Id = v! }, static o => o.Id,
            "The offence's id, unique within the case.", OffenceField.Id)
        .Add("kind", EnumShape<OffenceKind>.Instance, static (o, v) => o with { Kind = v }, static o => o.Kind,
            "The kind of offence; always known. bribery is of public officials (UNTOC art. 8); otherCorruption is embezzlement, abuse of office and other corruption outside art. 8.",
            OffenceField.Kind, required: true)
        .Add("maximumPenaltyYears", YearsShape.Instance, static (o, v) => o with { MaximumPenaltyYears = v }, static o => o.MaximumPenaltyYears,
            "The maximum deprivation of liberty, in years, under the law of the state applying the classification.", OffenceField.MaximumPenaltyYears)
        .Add("lifeImprisonment", LifeImprisonmentShape.Instance, static (o, v) => o with { LifeImprisonment = v }, static o => o.LifeImprisonment,
            "Whether the offence is punishable by life imprisonment; absent means false, null is invalid.", OffenceField.LifeImprisonment)
        .Add("legalBasis", new ListShape<LegalBasis>(LegalBasis, Limits.ListEntries), static (o, v) => o with { LegalBasis = v }, static o => o.LegalBasis,
            "The provisions under which the offence is punishable.", OffenceField.LegalBasis)
        .Add("committedIn", new ListShape<string>(StateShape.Instance, Limits.ListEntries, minItems: 1), static (o, v) => o with { CommittedIn = v }, static o => o.CommittedIn,
            "The states where the offence was committed.", OffenceField.CommittedIn)
        .Add("committedInOthers", MarkerShape.Instance, static (o, v) => o with { CommittedInOthers = v }, static o => o.CommittedInOthers,
            OthersDescription("committedIn"), OffenceField.CommittedInOthers)
        .Add("substantialConduct", new ListShape<SubstantialConduct>(SubstantialConduct, Limits.ListEntries), static (o, v) => o with { SubstantialConduct = v }, static o => o.SubstantialConduct,
            "Where substantial parts of its preparation, planning, direction or control took place; [] when none did elsewhere.", OffenceField.SubstantialConduct)
        .Add("substantialConductOthers", MarkerShape.Instance, static (o, v) => o with { SubstantialConductOthers = v }, static o => o.SubstantialConductOthers,
            OthersDescription("substantialConduct"), OffenceField.SubstantialConductOthers)
        .Add("substantialEffectsIn", new ListShape<string>(StateShape.Instance, Limits.ListEntries), static (o, v) => o with { SubstantialEffectsIn = v }, static o => o.SubstantialEffectsIn,
            "The states where it had substantial effects; [] when none.", OffenceField.SubstantialEffectsIn)
        .Add("substantialEffectsInOthers", MarkerShape.Instance, static (o, v) => o with { SubstantialEffectsInOthers = v }, static o => o.SubstantialEffectsInOthers,
            OthersDescription("substantialEffectsIn"), OffenceField.SubstantialEffectsInOthers)
        .Add("involvesGroup", BooleanShape.Instance, static (o, v) => o with { InvolvesGroup = v }, static o => o.InvolvesGroup,
            "Whether the case's group took part in this offence.", OffenceField.InvolvesGroup);

    public static readonly PropertyTable<CriminalGroup> Group = new PropertyTable<CriminalGroup>(static () => new CriminalGroup())
        .Add("members", MembersShape.Instance, static (g, v) => g with { Members = v }, static g => g.Members,
            "The number of members; not below membersAtLeast.", GroupField.Members)
        .Add("membersAtLeast", MembersShape.Instance, static (g, v) => g with { MembersAtLeast = v }, static g => g.MembersAtLeast,
            "A lower bound on the number of members (\"at least five identified\"); members, when present, is not below it.", GroupField.MembersAtLeast)
        .Add("existsForPeriodOfTime", BooleanShape.Instance, static (g, v) => g with { ExistsForPeriodOfTime = v }, static g => g.ExistsForPeriodOfTime,
            fact: GroupField.ExistsForPeriodOfTime)
        .Add("structured", BooleanShape.Instance, static (g, v) => g with { Structured = v }, static g => g.Structured,
            "Not randomly formed for the immediate commission of an offence (UNTOC art. 2(c)).", GroupField.Structured)
        .Add("actsInConcert", BooleanShape.Instance, static (g, v) => g with { ActsInConcert = v }, static g => g.ActsInConcert, fact: GroupField.ActsInConcert)
        .Add("aimsAtSeriousCrime", BooleanShape.Instance, static (g, v) => g with { AimsAtSeriousCrime = v }, static g => g.AimsAtSeriousCrime,
            "Aims at committing serious crimes or offences established by the Convention or its Protocols.", GroupField.AimsAtSeriousCrime)
        .Add("materialBenefit", BooleanShape.Instance, static (g, v) => g with { MaterialBenefit = v }, static g => g.MaterialBenefit,
            "Acts to obtain, directly or indirectly, a financial or other material benefit.", GroupField.MaterialBenefit)
        .Add("activeIn", new ListShape<string>(StateShape.Instance, Limits.ListEntries), static (g, v) => g with { ActiveIn = v }, static g => g.ActiveIn,
            "The states where the group engages in criminal activities; at least one unless activeInOthers is some or unknown; when activeInOthers is none, "
            + "holds every state where an offence with involvesGroup: true was committed (a territory counting as its State).", GroupField.ActiveIn)
        .Add("activeInOthers", MarkerShape.Instance, static (g, v) => g with { ActiveInOthers = v }, static g => g.ActiveInOthers,
            OthersDescription("activeIn"), GroupField.ActiveInOthers);

    public static readonly PropertyTable<Damage> Damage = new PropertyTable<Damage>(static () => new Damage())
        .Add("individuals", BooleanShape.Instance, static (d, v) => d with { Individuals = v }, static d => d.Individuals, fact: FactsField.DamageIndividuals)
        .Add("legalEntities", BooleanShape.Instance, static (d, v) => d with { LegalEntities = v }, static d => d.LegalEntities, fact: FactsField.DamageLegalEntities)
        .Add("state", BooleanShape.Instance, static (d, v) => d with { State = v }, static d => d.State, fact: FactsField.DamageState);

    public static readonly PropertyTable<Cooperation> Cooperation =
        new PropertyTable<Cooperation>(static () => new Cooperation { Partner = EnumShape<CooperationPartner>.Undefined })
        .Add("partner", EnumShape<CooperationPartner>.Instance, static (c, v) => c with { Partner = v }, static c => c.Partner,
            "The partner; state needs the state property.", required: true)
        .Add("state", StateShape.Instance, static (c, v) => c with { State = v }, static c => c.State, "The state, required when the partner is state.");

    public static readonly PropertyTable<CaseFacts> Facts = new PropertyTable<CaseFacts>(static () => new CaseFacts())
        .Add("harmThreatened", BooleanShape.Instance, static (f, v) => f with { HarmThreatened = v }, static f => f.HarmThreatened, fact: FactsField.HarmThreatened)
        .Add("damage", Damage, static (f, v) => f with { Damage = v }, static f => f.Damage)
        .Add("publicOfficialsInvolved", BooleanShape.Instance, static (f, v) => f with { PublicOfficialsInvolved = v }, static f => f.PublicOfficialsInvolved,
            fact: FactsField.PublicOfficialsInvolved)
        .Add("civilAssociationsOrMediaUsed", BooleanShape.Instance, static (f, v) => f with { CivilAssociationsOrMediaUsed = v }, static f => f.CivilAssociationsOrMediaUsed,
            fact: FactsField.CivilAssociationsOrMediaUsed)
        .Add("businessEntitiesUsed", BooleanShape.Instance, static (f, v) => f with { BusinessEntitiesUsed = v }, static f => f.BusinessEntitiesUsed,
            fact: FactsField.BusinessEntitiesUsed)
        .Add("proceedsLaundered", BooleanShape.Instance, static (f, v) => f with { ProceedsLaundered = v }, static f => f.ProceedsLaundered, fact: FactsField.ProceedsLaundered)
        .Add("groupBeingFormed", BooleanShape.Instance, static (f, v) => f with { GroupBeingFormed = v }, static f => f.GroupBeingFormed, fact: FactsField.GroupBeingFormed)
        .Add("socialConditionsExploited", BooleanShape.Instance, static (f, v) => f with { SocialConditionsExploited = v }, static f => f.SocialConditionsExploited,
            fact: FactsField.SocialConditionsExploited)
        .Add("internationalCooperation", new ListShape<Cooperation>(Cooperation, Limits.ListEntries), static (f, v) => f with { InternationalCooperation = v },
            static f => f.InternationalCooperation, "The international cooperation in the case; [] when none.", FactsField.InternationalCooperation);

    public static readonly PropertyTable<ForeignState> Abroad = new PropertyTable<ForeignState>(static () => new ForeignState { State = null! })
        .Add("state", StateShape.Instance, static (a, v) => a with { State = v! }, static a => a.State,
            "The foreign State (ISO 3166-1 alpha-2), not UA (the applying State), not repeated in abroad.", AbroadField.State, required: true)
        .Add("suspects", BooleanShape.Instance, static (a, v) => a with { Suspects = v }, static a => a.Suspects,
            "Whether a suspect is located in that State.", AbroadField.Suspects)
        .Add("victims", BooleanShape.Instance, static (a, v) => a with { Victims = v }, static a => a.Victims,
            "Whether victims are located in that State.", AbroadField.Victims)
        .Add("witnesses", BooleanShape.Instance, static (a, v) => a with { Witnesses = v }, static a => a.Witnesses,
            "Whether witnesses are located in that State.", AbroadField.Witnesses)
        .Add("proceeds", BooleanShape.Instance, static (a, v) => a with { Proceeds = v }, static a => a.Proceeds,
            "Whether proceeds of crime (incl. property, equipment and other instrumentalities) are located in that State.", AbroadField.Proceeds)
        .Add("evidence", BooleanShape.Instance, static (a, v) => a with { Evidence = v }, static a => a.Evidence,
            "Whether evidence is located in that State.", AbroadField.Evidence)
        .Add("proceedings", BooleanShape.Instance, static (a, v) => a with { Proceedings = v }, static a => a.Proceedings,
            "Whether criminal proceedings on the matter are open in that State.", AbroadField.Proceedings)
        .Add("dualCriminality", BooleanShape.Instance, static (a, v) => a with { DualCriminality = v }, static a => a.DualCriminality,
            "Whether the conduct is an offence under that State's law too; false when any offence relied on is not punishable there.", AbroadField.DualCriminality);

    public static readonly PropertyTable<CaseDescription> Case =
        new PropertyTable<CaseDescription>(static () => new CaseDescription { CaseId = null!, Offences = [] })
        .Add("caseId", new TextShape(Limits.CaseIdLength, notBlank: true), static (c, v) => c with { CaseId = v! }, static c => c.CaseId,
            "The case's id in the calling system.")
        .Add("title", new TextShape(Limits.TitleLength), static (c, v) => c with { Title = v }, static c => c.Title, "A title.")
        .Add("notes", new TextShape(Limits.NotesLength), static (c, v) => c with { Notes = v }, static c => c.Notes, "Assumptions and sources of the facts.")
        .Add("offences", new ListShape<Offence>(Offence, Limits.Offences, minItems: 1), static (c, v) => c with { Offences = v! }, static c => c.Offences,
            "The offences of the case; offence ids are unique.", required: true)
        .Add("group", Group, static (c, v) => c with { Group = v }, static c => c.Group, "What is known of the group; absent or null when nothing is.")
        .Add("facts", Facts, static (c, v) => c with { Facts = v }, static c => c.Facts, "Case-level facts.")
        .Add("stage", OptionalEnumShape<CaseStage>.Instance, static (c, v) => c with { Stage = v }, static c => c.Stage,
            "The stage of the proceedings in Ukraine: pretrial or trial; absent or null when unknown.")
        .Add("abroad", new ListShape<ForeignState>(Abroad, Limits.ListEntries), static (c, v) => c with { Abroad = v }, static c => c.Abroad,
            "The foreign States a request could be addressed to, with what is located there (UNTOC cooperation routes); absent, null or [] when none is considered.");

    /// <summary>The schema description of the marker of <paramref name="list"/>.</summary>
    private static string OthersDescription(string list) =>
        $"Whether {list} is complete (DESIGN §2.1): none (the default) when it names every State; some when at least one more State, "
        + $"not named and different from every State it names, belongs in it; unknown when there may be more. Only beside a present {list}.";

    /// <summary>Every table, the case's first.</summary>
    public static IReadOnlyList<IPropertyTable> All { get; } = [Case, Offence, LegalBasis, SubstantialConduct, Group, Facts, Damage, Cooperation, Abroad];
}
