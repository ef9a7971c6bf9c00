using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art3.1.offence</c> — the offence is one established by the Convention or a Protocol.</summary>
/// <remarks>
/// <para>UNTOC art. 3(1): "This Convention shall apply ... to the prevention, investigation and prosecution of:
/// (a) The offences established in accordance with articles 5, 6, 8 and 23 of this Convention; ..."</para>
/// <para>Offences established by the Convention: art. 5 participation in an organized criminal group; art. 6
/// laundering of proceeds of crime; art. 8 corruption (here: bribery of public officials); art. 23 obstruction of
/// justice. Protocols, each art. 1(3): "The offences established in accordance with article [5 / 6 / 5] of this
/// Protocol shall be regarded as offences established in accordance with the Convention." — trafficking in persons,
/// smuggling of migrants, firearms trafficking. Protocol offences count as Convention offences between parties to
/// that Protocol. The kind is always known, so this is never unknown.</para>
/// </remarks>
internal static class ConventionOffence
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art3.1.offence";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 3(1)(a): \"The offences established in accordance with articles 5, 6, 8 and 23 of this Convention\"; Protocols, each art. 1(3): \"The offences established in accordance with article [5 / 6 / 5] of this Protocol shall be regarded as offences established in accordance with the Convention.\"";

    /// <summary>The provision in Ukrainian. A translation, marked as such: the reference file has no checked official Ukrainian text of this provision.</summary>
    public const string ProvisionUk =
        "Переклад (офіційний український текст не звірено). Ст. 3(1)(a): злочини, визнані такими відповідно до статей 5, 6, 8 і 23 цієї Конвенції; протоколи, ст. 1(3) кожного: злочини, визнані такими відповідно до статті [5 / 6 / 5] цього Протоколу, розглядаються як злочини, визнані такими відповідно до Конвенції.";

    /// <summary>The kinds established by the Convention (arts. 5, 6, 8, 23) or its Protocols.</summary>
    public static IReadOnlyList<OffenceKind> Kinds { get; } =
    [
        OffenceKind.ParticipationInOrganisedCriminalGroup, OffenceKind.MoneyLaundering, OffenceKind.Bribery, OffenceKind.ObstructionOfJustice,
        OffenceKind.TraffickingInPersons, OffenceKind.SmugglingOfMigrants, OffenceKind.FirearmsTrafficking,
    ];

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Offence established by the Convention or a Protocol", "Злочин, визначений Конвенцією або протоколом до неї"),
        "UNTOC art. 3(1)(a)",
        Leaf.KindIn(new LocalizedText("of a kind established by the Convention or a Protocol", "належить до злочинів за Конвенцією або протоколом"), Kinds),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        var kind = c.RequireOffence().Kind;
        var name = Say.Kind(kind);
        var source = kind switch
        {
            OffenceKind.ParticipationInOrganisedCriminalGroup => new LocalizedText("UNTOC art. 5", "ст. 5 Конвенції"),
            OffenceKind.MoneyLaundering => new LocalizedText("UNTOC art. 6", "ст. 6 Конвенції"),
            OffenceKind.Bribery => new LocalizedText("UNTOC art. 8", "ст. 8 Конвенції"),
            OffenceKind.ObstructionOfJustice => new LocalizedText("UNTOC art. 23", "ст. 23 Конвенції"),
            OffenceKind.TraffickingInPersons => new LocalizedText("Trafficking in Persons Protocol art. 5, between its parties", "ст. 5 Протоколу про торгівлю людьми, між його учасниками"),
            OffenceKind.SmugglingOfMigrants => new LocalizedText("Smuggling of Migrants Protocol art. 6, between its parties", "ст. 6 Протоколу про незаконний ввіз мігрантів, між його учасниками"),
            OffenceKind.FirearmsTrafficking => new LocalizedText("Firearms Protocol art. 5, between its parties", "ст. 5 Протоколу про вогнепальну зброю, між його учасниками"),
            _ => null,
        };
        return e.Outcome == Outcome.Met
            ? new($"Its kind ({name.En}) is an offence established in accordance with the Convention ({source!.En}).",
                  $"Вид правопорушення («{name.Uk}») — злочин, визнаний таким відповідно до Конвенції ({source!.Uk}).")
            : new($"Its kind ({name.En}) is not an offence established by the Convention or its Protocols; the offence may still be serious crime (art. 2(b)).",
                  $"Вид правопорушення («{name.Uk}») не належить до злочинів, визнаних такими відповідно до Конвенції або протоколів до неї; саме правопорушення все ж може бути серйозним злочином (ст. 2(b)).");
    }
}
