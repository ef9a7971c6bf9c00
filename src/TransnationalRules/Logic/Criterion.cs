using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TransnationalRules.Logic;

/// <summary>
/// A named legal criterion: a stable id, a title in English and Ukrainian, the legal provision it encodes, and the
/// rule that decides it, with the reasons it gives.
/// </summary>
/// <remarks>
/// An offence-level criterion is evaluated for every offence; evaluated for the case as a whole it is AnyOf over the
/// offences' outcomes for the same criterion, never recomputed from case-level parts (UNTOC art. 3(1) speaks of
/// <i>the offence</i>). Ids are a public contract: systems store them.
/// </remarks>
/// <example>
/// <code>
/// var sanctioned = new Criterion("my.sanctions", RuleScope.Case,
///     new LocalizedText("Group under sanctions", "Угруповання під санкціями"), "Internal policy 7",
///     Rule.Ref("untoc.art2.a") &amp; Rule.Ref("ua.oc1993.anti-corruption"),
///     (evaluation, context) => new LocalizedText($"Outcome: {evaluation.Outcome}", $"Результат: {evaluation.Outcome}"));
/// var classifier = new Classifier(RuleSet.Default.Add(sanctioned));
/// </code>
/// </example>
public sealed partial class Criterion : Rule
{
    private readonly Func<Evaluation, RuleContext, LocalizedText> reason;
    private readonly string? ukrainianCitation;

    /// <summary>Creates a criterion.</summary>
    /// <param name="id">The stable id: lower case letters, digits, '.', '-' (e.g. <c>untoc.art3.2.a</c>).</param>
    /// <param name="level">Whether it is decided for the case, for each offence, or for each <c>abroad</c> entry (a cooperation route).</param>
    /// <param name="title">The title in English and Ukrainian.</param>
    /// <param name="citation">The provision in short form, e.g. <c>UNTOC art. 3(2)(a)</c>.</param>
    /// <param name="body">The rule that decides it.</param>
    /// <param name="reason">Writes the reason for an outcome of this criterion (for one offence, or for the case).</param>
    /// <param name="provision">The quoted wording of the provision, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An argument is empty or malformed, or a case-level criterion's body reads an offence.</exception>
    public Criterion(string id, RuleScope level, LocalizedText title, string citation, Rule body, Func<Evaluation, RuleContext, LocalizedText> reason, string? provision = null)
        : base(title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(reason);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Criterion id '{id}' must be lower-case letters, digits, '.' and '-', starting with a letter.", nameof(id));
        }

        var reads = Scopes.Reads(body);
        if (level != RuleScope.Offence && (reads & Scopes.Offence) != 0)
        {
            throw new ArgumentException(level == RuleScope.Case
                ? $"Case-level criterion '{id}' has a body that reads an offence; make it offence-level or refer to an offence-level criterion."
                : $"State-level criterion '{id}' has a body that reads an offence; read offences through Rule.SomeOffence.", nameof(body));
        }

        if (level != RuleScope.State && (reads & Scopes.State) != 0)
        {
            throw new ArgumentException($"Criterion '{id}' has a body that reads an abroad entry; only a state-level criterion (a cooperation route) can.", nameof(body));
        }

        Id = id;
        Level = level;
        Title = title;
        Citation = citation;
        Body = body;
        Provision = provision;
        this.reason = reason;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; }

    /// <summary>Whether it is decided for the case, for each offence, or for each <c>abroad</c> entry (a cooperation route).</summary>
    public RuleScope Level { get; }

    /// <summary>The title in English and Ukrainian.</summary>
    public LocalizedText Title { get; }

    /// <summary>The provision in short form, e.g. <c>UNTOC art. 3(2)(a)</c>.</summary>
    public string Citation { get; }

    /// <summary>The quoted wording of the provision, or <see langword="null"/>.</summary>
    public string? Provision { get; }

    /// <summary>
    /// The provision in Ukrainian, for Ukrainian reports: quoted from the official Ukrainian text where one was checked,
    /// otherwise a translation that says so («Переклад…»); <see langword="null"/> when there is none (a Ukrainian report
    /// then shows <see cref="Provision"/>, marked as the English text).
    /// </summary>
    public string? UkrainianProvision { get; init; }

    /// <summary>
    /// The citation in Ukrainian short form, for Ukrainian reports: by default derived from <see cref="Citation"/>
    /// («UNTOC art. 3(2)(b)» → «ст. 3(2)(b) Конвенції», «Law of Ukraine No. 3341-XII art. 6, item 5» → «п. 5 ст. 6
    /// Закону України № 3341-XII»); a citation of another form is kept as written. JSON keeps <see cref="Citation"/>.
    /// </summary>
    public string UkrainianCitation
    {
        get => ukrainianCitation ?? Citations.ToUkrainian(Citation);
        init => ukrainianCitation = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A citation is required.", nameof(value)) : value;
    }

    /// <summary>The rule that decides it.</summary>
    public Rule Body { get; }

    /// <summary>A criterion can be evaluated anywhere: for the case, an offence-level criterion is AnyOf over offences.</summary>
    public override RuleScope Scope => RuleScope.Case;

    /// <inheritdoc/>
    public override ImmutableArray<Rule> Children => [Body];

    /// <summary>The reason for an outcome of this criterion, in both languages.</summary>
    /// <param name="evaluation">An evaluation of this criterion.</param>
    /// <param name="context">The context it was evaluated in.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentException">The evaluation is not of this criterion.</exception>
    public LocalizedText Explain(Evaluation evaluation, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(context);
        if (!ReferenceEquals(evaluation.Rule, this))
        {
            throw new ArgumentException("The evaluation is not of this criterion.", nameof(evaluation));
        }

        return Level switch
        {
            RuleScope.Offence when evaluation.OffenceIndex is null => ExplainAcrossOffences(evaluation, context),
            RuleScope.State when evaluation.AbroadIndex is null => ExplainAcrossStates(evaluation, context),
            _ => Own(evaluation, context),
        };
    }

    /// <summary>
    /// The reason for an evaluation of this criterion for the case (case-level) or one offence, written once per
    /// classification: the case-level reason of an offence-level criterion quotes the offences' own, which their
    /// offence results also show.
    /// </summary>
    private LocalizedText Own(Evaluation evaluation, RuleContext context)
    {
        if (context.Run is not { } run)
        {
            return reason(evaluation, context.OffenceIndex == evaluation.OffenceIndex && context.AbroadIndex == evaluation.AbroadIndex
                ? context
                : new RuleContext(context.Case, evaluation.OffenceIndex, null, evaluation.AbroadIndex));
        }

        if (run.CachedReason(this, evaluation) is { } cached)
        {
            return cached;
        }

        var text = reason(evaluation, run.Context(evaluation.OffenceIndex, evaluation.AbroadIndex));
        run.StoreReason(this, evaluation, text);
        return text;
    }

    private LocalizedText ExplainAcrossOffences(Evaluation evaluation, RuleContext context)
    {
        var offences = context.Case.Offences;
        if (offences.Count == 1)
        {
            return Own(evaluation.Children[0], context);
        }

        var deciding = evaluation.Children.Where(c => c.Outcome == evaluation.Outcome).ToList();
        var lines = AcrossOffences.Lines(deciding.Select(c => (offences[c.OffenceIndex!.Value].Id, Own(c, context))));
        return AcrossOffences.Reason(evaluation.Outcome, offences.Count, deciding.Count, lines);
    }

    /// <summary>A state-level criterion for the case as a whole: AnyOf over the <c>abroad</c> entries, each with its own reason.</summary>
    private LocalizedText ExplainAcrossStates(Evaluation evaluation, RuleContext context)
    {
        var relevant = evaluation.Children.Where(c => c.Outcome == evaluation.Outcome).ToList();
        var own = relevant.Select(c => (State: context.Case.Abroad![c.AbroadIndex!.Value].State, Reason: Own(c, context))).ToList();
        var en = string.Join(" ", own.Select(o => $"{o.State}: {o.Reason.En}"));
        var uk = string.Join(" ", own.Select(o => $"{o.State}: {o.Reason.Uk}"));
        var n = evaluation.Children.Length.ToString(CultureInfo.InvariantCulture);
        string States(bool en) => en
            ? (evaluation.Children.Length == 1 ? "State" : "States")
            : Localization.Say.UkPlural(evaluation.Children.Length, "іноземної держави", "іноземних держав", "іноземних держав");
        return evaluation.Outcome switch
        {
            Outcome.Met => new($"Met for {relevant.Count} of {n} foreign {States(en: true)}. {en}", $"Виконано для {relevant.Count} з {n} {States(en: false)}. {uk}"),
            Outcome.NotMet => new($"Not met for any of the {n} foreign {States(en: true)}. {en}".TrimEnd(), $"Не виконано для жодної з {n} {States(en: false)}. {uk}".TrimEnd()),
            _ => new($"Not yet established: open for {relevant.Count} of {n} foreign {States(en: true)}. {en}", $"Не встановлено: питання відкрите для {relevant.Count} з {n} {States(en: false)}. {uk}"),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Id;

    [GeneratedRegex("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
