namespace TransnationalRules.Model;

/// <summary>The kind of an offence (DESIGN §4). Serialised in camelCase, e.g. <c>drugTrafficking</c>.</summary>
public enum OffenceKind
{
    /// <summary>Fraud (ICCS 0701).</summary>
    Fraud = 0,

    /// <summary>Unlawful acts involving controlled drugs or precursors (ICCS 0601).</summary>
    DrugTrafficking = 1,

    /// <summary>Trafficking in persons (ICCS 0204); a Trafficking in Persons Protocol offence (art. 5).</summary>
    TraffickingInPersons = 2,

    /// <summary>Smuggling of migrants (ICCS 08051); a Smuggling of Migrants Protocol offence (art. 6).</summary>
    SmugglingOfMigrants = 3,

    /// <summary>Illicit trafficking in firearms; a Firearms Protocol offence (art. 5).</summary>
    FirearmsTrafficking = 4,

    /// <summary>Laundering of proceeds of crime (UNTOC art. 6; ICCS 07041).</summary>
    MoneyLaundering = 5,

    /// <summary>Bribery of public officials (UNTOC art. 8; ICCS 07031).</summary>
    Bribery = 6,

    /// <summary>Embezzlement, abuse of office and other corruption offences outside UNTOC art. 8.</summary>
    OtherCorruption = 7,

    /// <summary>Obstruction of justice (UNTOC art. 23).</summary>
    ObstructionOfJustice = 8,

    /// <summary>Participation in an organised criminal group (UNTOC art. 5; ICCS 09051).</summary>
    ParticipationInOrganisedCriminalGroup = 9,

    /// <summary>Acts against computer systems (ICCS 0903).</summary>
    Cybercrime = 10,

    /// <summary>Any other offence.</summary>
    Other = 11,
}
