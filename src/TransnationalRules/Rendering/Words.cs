using System.Globalization;
using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>The fixed words of the reports in each language.</summary>
internal static class Words
{
    /// <summary>The outcome words of DESIGN §8: en met / not met / unknown; uk «так» / «ні» / «не встановлено».</summary>
    public static string Outcome(Outcome o, Language l) => (o, l) switch
    {
        (Logic.Outcome.Met, Language.Uk) => "так",
        (Logic.Outcome.NotMet, Language.Uk) => "ні",
        (_, Language.Uk) => "не встановлено",
        (Logic.Outcome.Met, _) => "met",
        (Logic.Outcome.NotMet, _) => "not met",
        _ => "unknown",
    };

    public static string Pick(Language l, string en, string uk) => l == Language.Uk ? uk : en;

    public static string Case(Language l) => Pick(l, "Case", "Справа");

    public static string Transnational(Language l) => Pick(l, "Transnational in nature (UNTOC art. 3(2))", "Транснаціональний характер (ст. 3(2) " + Citations.ConventionUk + ")");

    public static string ConventionApplies(Language l) => Pick(l, "The Convention applies (UNTOC art. 3(1))", "Конвенція застосовується (ст. 3(1) " + Citations.ConventionUk + ")");

    public static string AreasEngaged(Language l) => Pick(l, "Areas of counteraction engaged", "Напрями протидії, яких стосується справа");

    public static string AreasOpen(Language l) => Pick(l, "Areas still open", "Напрями, що залишаються відкритими");

    public static string None(Language l) => Pick(l, "none", "немає");

    public static string AskFirst(Language l) => Pick(l, "Ask first (the facts that decide the open questions: transnational, the Convention, the routes, the Ukrainian areas)", "Що з’ясувати насамперед (факти, від яких залежать відкриті питання: транснаціональний характер, застосування Конвенції, шляхи співробітництва, напрями протидії)");

    public static string Cooperation(Language l) => Pick(l, "Cooperation with foreign States (routes of the Convention and other channels)", "Співробітництво з іноземними державами (шляхи за Конвенцією та інші канали)");

    public static string OpenRoutes(Language l) => Pick(l, "open routes", "відкриті шляхи");

    public static string StillNeeded(Language l) => Pick(l, "still needed", "ще потрібно встановити");

    public static string Evidence(Language l) => Pick(l, "facts", "факти");

    public static string Missing(Language l) => Pick(l, "missing", "бракує");

    public static string Offence(Language l, string id) => Pick(l, $"Offence '{id}'", $"Правопорушення «{id}»");

    public static string AskFirstOne(Language l) => Pick(l, "Ask first", "Спершу з’ясувати");

    public static string EnglishOnly(Language l) => Pick(l, string.Empty, "(текст англійською; українського тексту немає) ");

    public static string Provision(Language l) => Pick(l, "Provision", "Положення");

    public static string Combinator(Rule rule, Language l) => rule switch
    {
        AllOfRule => Pick(l, "all of", "усі умови"),
        AnyOfRule => Pick(l, "any of", "хоча б одна з умов"),
        NotRule => Pick(l, "not", "не"),
        AtLeastRule a => Pick(l, $"at least {a.Required.ToString(CultureInfo.InvariantCulture)} of", $"щонайменше {a.Required.ToString(CultureInfo.InvariantCulture)} з"),
        _ => rule.Label?.In(l) ?? "",
    };

    public static string Invalid(Language l) => Pick(l, "Invalid case: not classified", "Недійсна справа: не класифіковано");

    public static string Summary(Language l, int classified, int invalid) =>
        Pick(l, $"{classified} classified, {invalid} invalid", $"класифіковано: {classified}, недійсних: {invalid}");
}
