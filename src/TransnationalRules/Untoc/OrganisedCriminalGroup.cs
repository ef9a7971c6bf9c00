using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Untoc;

/// <summary><c>untoc.art2.a</c> — the case's group is an organised criminal group.</summary>
/// <remarks>
/// <para>UNTOC art. 2(a): "'Organized criminal group' shall mean a structured group of three or more persons,
/// existing for a period of time and acting in concert with the aim of committing one or more serious crimes or
/// offences established in accordance with this Convention, in order to obtain, directly or indirectly, a financial
/// or other material benefit;"</para>
/// <para>UNTOC art. 2(c): "'Structured group' shall mean a group that is not randomly formed for the immediate
/// commission of an offence and that does not need to have formally defined roles for its members, continuity of
/// its membership or a developed structure;"</para>
/// <para>Encoded as AllOf(members ≥ 3, existsForPeriodOfTime, structured, actsInConcert, aimsAtSeriousCrime,
/// materialBenefit). <c>aimsAtSeriousCrime</c> is the aim of committing serious crimes <i>or</i> offences
/// established by the Convention or its Protocols. Case level: one group per case.</para>
/// </remarks>
internal static class OrganisedCriminalGroup
{
    /// <summary>The criterion's id.</summary>
    public const string Id = "untoc.art2.a";

    /// <summary>The quoted provision.</summary>
    public const string Provision =
        "Art. 2(a): \"'Organized criminal group' shall mean a structured group of three or more persons, existing for a period of time and acting in concert with the aim of committing one or more serious crimes or offences established in accordance with this Convention, in order to obtain, directly or indirectly, a financial or other material benefit;\" "
        + "Art. 2(c): \"'Structured group' shall mean a group that is not randomly formed for the immediate commission of an offence and that does not need to have formally defined roles for its members, continuity of its membership or a developed structure;\"";

    /// <summary>The provision in Ukrainian. Quoted from the official Ukrainian text (<c>reference/LEGAL-SOURCES.md</c>).</summary>
    public const string ProvisionUk =
        "Ст. 2(a): «\"організована злочинна група\" означає структурно оформлену групу в складі трьох або більше осіб, що існує протягом визначеного періоду часу і діє узгоджено з метою здійснення одного або декількох серйозних злочинів або злочинів, визнаних такими відповідно до цієї Конвенції, для того, щоб одержати, прямо або посередньо, фінансову або іншу матеріальну вигоду;» Ст. 2(c) (початок): «\"структурно оформлена група\" означає групу, яка не була випадково утворена для негайного вчинення злочину і в якій не обов'язково формально визначені ролі її членів, …»";

    /// <summary>Three or more persons.</summary>
    public static Rule ThreeOrMoreMembers { get; } = Leaf.AtLeast(GroupField.Members, 3, new LocalizedText("three or more members", "три або більше учасників"));

    /// <summary>The criterion.</summary>
    public static Criterion Criterion { get; } = new(
        Id,
        RuleScope.Case,
        new LocalizedText("Organised criminal group", "Організована злочинна група"),
        "UNTOC art. 2(a)",
        Rule.AllOf(
            ThreeOrMoreMembers,
            Leaf.Flag(GroupField.ExistsForPeriodOfTime, new("existing for a period of time", "існує протягом визначеного періоду часу")),
            Leaf.Flag(GroupField.Structured, new("structured, not randomly formed for the immediate commission of an offence", "структурно оформлена: не утворена випадково для негайного вчинення злочину")),
            Leaf.Flag(GroupField.ActsInConcert, new("acting in concert", "діє узгоджено")),
            Leaf.Flag(GroupField.AimsAtSeriousCrime, new("aiming at serious crimes or Convention offences", "діє з метою вчинення серйозних злочинів або злочинів, визнаних такими відповідно до Конвенції")),
            Leaf.Flag(GroupField.MaterialBenefit, new("to obtain a financial or other material benefit", "для одержання фінансової або іншої матеріальної вигоди"))),
        Reason,
        Provision)
    {
        UkrainianProvision = ProvisionUk,
    };

    private static LocalizedText Reason(Evaluation e, RuleContext c)
    {
        switch (e.Outcome)
        {
            case Outcome.Met:
                // The members leaf's finding: the number that met the threshold, and whether it was the lower bound.
                var members = e.Found<ThresholdFinding>() ?? throw new ArgumentException("Not an evaluation of this criterion's body.", nameof(e));
                var n = Say.Members((int)members.Value!.Value, members.IsLowerBound);
                return new(
                    $"The group is an organised criminal group: {n.En}, existing for a period of time, structured, acting in concert, aiming at serious crimes or Convention offences, for a material benefit.",
                    $"Група є організованою злочинною групою: {n.Uk}, існує протягом визначеного періоду часу, структурно оформлена, діє узгоджено з метою вчинення серйозних злочинів або злочинів, визнаних такими відповідно до Конвенції, для одержання матеріальної вигоди.");
            case Outcome.NotMet:
                var failed = Say.Parts(e, Outcome.NotMet);
                return new(
                    $"Not an organised criminal group within art. 2(a): the case rules out: {failed.En}.",
                    $"Не є організованою злочинною групою за ст. 2(a): у справі встановлено, що бракує ознак — {failed.Uk}.");
            default:
                var open = Say.Parts(e, Outcome.Unknown);
                return new(
                    $"Whether the group is an organised criminal group is not yet established; not stated: {open.En}.",
                    $"Чи є група організованою злочинною групою, не встановлено; у справі не зазначено — {open.Uk}.");
        }
    }
}
