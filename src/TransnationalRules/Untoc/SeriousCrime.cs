using System.Globalization;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art2.b</c> — the offence is a serious crime.</summary>
/// <remarks>
/// <para>UNTOC art. 2(b): "'Serious crime' shall mean conduct constituting an offence punishable by a maximum
/// deprivation of liberty of at least four years or a more serious penalty;"</para>
/// <para>Encoded per offence as AnyOf(lifeImprisonment, maximumPenaltyYears ≥ 4): exactly four years is serious;
/// not met when the maximum is under four years and life imprisonment is not available. The maximum is the one under
/// the law of the state applying the classification. Computed from the term, never from national labels (the
/// Criminal Code of Ukraine's "grave" and "especially grave" are different thresholds).</para>
/// </remarks>
internal static class SeriousCrime
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art2.b";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 2(b): \"'Serious crime' shall mean conduct constituting an offence punishable by a maximum deprivation of liberty of at least four years or a more serious penalty;\"";

    /// <summary>The provision in Ukrainian. Quoted from the official Ukrainian text (<c>reference/LEGAL-SOURCES.md</c>).</summary>
    public const string ProvisionUk =
        "Ст. 2(b): «\"серйозний злочин\" означає злочин, який карається позбавленням волі на максимальний строк не менше чотирьох років або більш суворою мірою покарання;»";

    /// <summary>Punishable by life imprisonment (a more serious penalty).</summary>
    public static Rule LifeImprisonment { get; } = Leaf.Flag(OffenceField.LifeImprisonment, new LocalizedText("punishable by life imprisonment", "карається довічним позбавленням волі"));

    /// <summary>Maximum deprivation of liberty of at least four years.</summary>
    public static Rule AtLeastFourYears { get; } = Leaf.AtLeast(OffenceField.MaximumPenaltyYears, 4m,
        new LocalizedText("maximum deprivation of liberty of at least four years", "максимальне позбавлення волі не менше чотирьох років"));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Offence,
        new LocalizedText("Serious crime", "Серйозний злочин"),
        "UNTOC art. 2(b)",
        LifeImprisonment | AtLeastFourYears,
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    /// <summary>«12 років», «1 року», «3,99 року»: a term after «до» (genitive; a fraction takes «року»).</summary>
    private static string UkYears(decimal? years)
    {
        var value = years ?? 0;
        var text = value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
        var noun = value != decimal.Truncate(value) ? "року" : Say.UkPlural((int)(value % 100), "року", "років", "років");
        return text + " " + noun;
    }

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        // What decided, from the evaluation: the life-imprisonment leaf, or the penalty the threshold leaf read.
        var life = e.Children[0].Children[0].Outcome == Outcome.Met;
        var value = e.Found<ThresholdFinding>()?.Value;
        var years = value?.ToString("0.##", CultureInfo.InvariantCulture);
        return e.Outcome switch
        {
            Outcome.Met when life => new(
                "Punishable by life imprisonment, a more serious penalty than four years' deprivation of liberty.",
                "Карається довічним позбавленням волі — суворішим покаранням, ніж чотири роки позбавлення волі."),
            Outcome.Met => new(
                $"Punishable by a maximum of {years} years' deprivation of liberty: at least four years.",
                $"Максимальне покарання — позбавлення волі на строк до {UkYears(value)}, тобто не менше чотирьох років."),
            Outcome.NotMet => new(
                $"Punishable by a maximum of {years} years' deprivation of liberty, less than four, and not by life imprisonment.",
                $"Максимальне покарання — позбавлення волі на строк до {UkYears(value)}, тобто менше чотирьох років; довічне позбавлення волі не передбачене."),
            _ => new(
                "The maximum penalty is not stated and life imprisonment is not available: serious crime needs a maximum of at least four years.",
                "Максимальне покарання не зазначене, довічне позбавлення волі не передбачене: серйозний злочин потребує максимуму не менше чотирьох років."),
        };
    }
}
