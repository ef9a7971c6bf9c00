namespace TransnationalRules.Model;

/// <summary>The fields of <c>facts</c> (the case-level facts), in document order.</summary>
public enum FactsField
{
    /// <summary><c>harmThreatened</c>.</summary>
    HarmThreatened = 0,

    /// <summary><c>damage.individuals</c>.</summary>
    DamageIndividuals = 1,

    /// <summary><c>damage.legalEntities</c>.</summary>
    DamageLegalEntities = 2,

    /// <summary><c>damage.state</c>.</summary>
    DamageState = 3,

    /// <summary><c>publicOfficialsInvolved</c>.</summary>
    PublicOfficialsInvolved = 4,

    /// <summary><c>civilAssociationsOrMediaUsed</c>.</summary>
    CivilAssociationsOrMediaUsed = 5,

    /// <summary><c>businessEntitiesUsed</c>.</summary>
    BusinessEntitiesUsed = 6,

    /// <summary><c>proceedsLaundered</c>.</summary>
    ProceedsLaundered = 7,

    /// <summary><c>groupBeingFormed</c>.</summary>
    GroupBeingFormed = 8,

    /// <summary><c>socialConditionsExploited</c>.</summary>
    SocialConditionsExploited = 9,

    /// <summary><c>internationalCooperation</c>.</summary>
    InternationalCooperation = 10,
}
