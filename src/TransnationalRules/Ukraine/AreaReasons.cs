using TransnationalRules.Localization;
using TransnationalRules.Logic;

namespace TransnationalRules.Ukraine;

/// <summary>The reasons shared by the areas of counteraction: which facts engage the area, exclude it or are missing.</summary>
internal static class AreaReasons
{
    public const string Law3341 = "Law of Ukraine No. 3341-XII art. 6";

    public static ReasonWriter For(LocalizedText area) => (e, c) =>
    {
        switch (e.Outcome)
        {
            case Outcome.Met:
                var met = Say.Parts(e, Outcome.Met);
                return new($"The case engages this area ({area.En}): {met.En}.", $"Справа стосується цього напряму ({area.Uk}): {met.Uk}.");
            case Outcome.NotMet:
                var not = Say.Parts(e, Outcome.NotMet);
                return new($"The case does not engage this area; the case excludes: {not.En}.", $"Справа не стосується цього напряму; у справі встановлено відсутність: {not.Uk}.");
            default:
                var open = Say.Parts(e, Outcome.Unknown);
                return new($"Open; not stated: {open.En}.", $"Невідомо; не встановлено: {open.Uk}.");
        }
    };
}
