using TransnationalRules.Localization;
using TransnationalRules.Logic;

namespace TransnationalRules.Ukraine;

/// <summary>The reasons shared by the areas of counteraction: which facts engage the area, exclude it or are missing.</summary>
internal static class AreaReasons
{
    public const string Law3341 = "Law of Ukraine No. 3341-XII art. 6";

    /// <summary>
    /// The Ukrainian provision of an item of art. 6 of Law No. 3341-XII: the item's Ukrainian wording as the reference
    /// article's Ukrainian abstract gives it, marked as a translation (the official text was not checked).
    /// </summary>
    public static string Law3341Provision(int item, LocalizedText area) =>
        $"{Translation}Закон України № 3341-XII від 30 червня 1993 року, ст. 6 (основні напрями боротьби з організованою злочинністю), п. {item}: {Say.MidSentence(area.Uk)}.";

    /// <summary>The mark of a Ukrainian text that is not quoted from a checked official text.</summary>
    public const string Translation = "Переклад (офіційний український текст не звірено). ";

    public static Func<Evaluation, RuleContext, LocalizedText> For(LocalizedText area) => (e, c) =>
    {
        switch (e.Outcome)
        {
            case Outcome.Met:
                var met = Say.Parts(e, Outcome.Met);
                return new($"The case engages this area ({area.En}): {met.En}.", $"Справа стосується цього напряму ({area.Uk}): {met.Uk}.");
            case Outcome.NotMet:
                var not = Say.Parts(e, Outcome.NotMet);
                return new($"The case does not engage this area: it rules out: {not.En}.", $"Справа не стосується цього напряму: у ній встановлено, що бракує ознаки — {not.Uk}.");
            default:
                var open = Say.Parts(e, Outcome.Unknown);
                return new($"Open: not stated — {open.En}.", $"Не встановлено: у справі не зазначено — {open.Uk}.");
        }
    };
}
