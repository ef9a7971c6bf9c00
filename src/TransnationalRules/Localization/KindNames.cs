using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Localization;

/// <summary>The names of the offence kinds in English and Ukrainian.</summary>
internal static class KindNames
{
    /// <summary>The name of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name in both languages.</returns>
    public static LocalizedText Of(OffenceKind kind) => kind switch
    {
        OffenceKind.Fraud => new("fraud", "шахрайство"),
        OffenceKind.DrugTrafficking => new("drug trafficking", "незаконний обіг наркотичних засобів"),
        OffenceKind.TraffickingInPersons => new("trafficking in persons", "торгівля людьми"),
        OffenceKind.SmugglingOfMigrants => new("smuggling of migrants", "незаконний ввіз мігрантів"),
        OffenceKind.FirearmsTrafficking => new("firearms trafficking", "незаконний обіг вогнепальної зброї"),
        OffenceKind.MoneyLaundering => new("money laundering", "легалізація (відмивання) доходів, одержаних злочинним шляхом"),
        OffenceKind.Bribery => new("bribery of public officials", "підкуп публічних посадових осіб"),
        OffenceKind.OtherCorruption => new("other corruption offence", "інше корупційне правопорушення"),
        OffenceKind.ObstructionOfJustice => new("obstruction of justice", "перешкоджання здійсненню правосуддя"),
        OffenceKind.ParticipationInOrganisedCriminalGroup => new("participation in an organised criminal group", "участь в організованій злочинній групі"),
        OffenceKind.Cybercrime => new("cybercrime", "кіберзлочин"),
        OffenceKind.Other => new("other offence", "інше правопорушення"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown offence kind."),
    };
}
