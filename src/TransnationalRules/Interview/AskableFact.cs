using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Rendering;

namespace TransnationalRules.Interviews;

/// <summary>
/// A fact an interview can ask for, derived from its property's shape in the property tables: its kind of answer, its
/// open-list marker (the sibling <c>…Others</c>), its lower bound (the sibling <c>…AtLeast</c>), its label and hint,
/// and the answers worth trying when ranking (<see cref="Trials"/>).
/// </summary>
internal sealed partial class AskableFact
{
    /// <summary>The path of the list of foreign States (asked when <c>abroad</c> is not stated and the goal has routes).</summary>
    public const string AbroadPath = "abroad";

    private static readonly LocalizedText AbroadLabel = new(
        "the foreign States a request could be addressed to", "іноземні держави, до яких можна звернутися із запитом");

    private AskableFact(string path, string kind, string? markerPath, string? boundPath, CaseProperty property)
    {
        Path = path;
        Kind = kind;
        MarkerPath = markerPath;
        BoundPath = boundPath;
        Property = property;
    }

    public string Path { get; }

    public string Kind { get; }

    /// <summary>The path of the list's marker, or <see langword="null"/>.</summary>
    public string? MarkerPath { get; }

    /// <summary>The path of the number's lower bound, or <see langword="null"/>.</summary>
    public string? BoundPath { get; }

    public CaseProperty Property { get; }

    /// <summary>The word that answers the penalty question with life imprisonment.</summary>
    public const string Life = "life";

    /// <summary>
    /// The path of <c>lifeImprisonment</c> beside the maximum penalty: a penalty question takes "life" too, since
    /// <c>lifeImprisonment</c> is false when absent and so never a missing fact of its own.
    /// </summary>
    public string? LifePath =>
        Property.Fact == (int)OffenceField.MaximumPenaltyYears && Path.StartsWith(CaseProperties.Case.NameOf(CaseProperties.Offence) + "[", StringComparison.Ordinal)
            ? Path[..^Property.Name.Length] + CaseProperties.Offence.Properties.First(p => p.Fact == (int)OffenceField.LifeImprisonment).Name
            : null;

    /// <summary>The askable fact at <paramref name="path"/>, or <see langword="null"/> when the property there cannot be asked (an id, a kind, a marker...).</summary>
    /// <exception cref="ArgumentException">The path names no property of the case document.</exception>
    public static AskableFact? At(string path)
    {
        var (property, owner) = FactAccess.PropertyAt(path);
        if (IsSibling(property, owner))
        {
            return null;
        }

        var kind = KindOf(property.Shape);
        if (kind is null)
        {
            return null;
        }

        var prefix = path[..^property.Name.Length];
        string? Sibling(string suffix) => owner.Properties.Any(p => p.Name == property.Name + suffix) ? prefix + property.Name + suffix : null;
        return new AskableFact(path, kind, kind is InterviewQuestion.States or InterviewQuestion.Conduct ? Sibling("Others") : null,
            kind == InterviewQuestion.WholeNumber ? Sibling("AtLeast") : null, property);
    }

    /// <summary>The question's path for a missing fact: a marker asks for its list, a lower bound for its number.</summary>
    public static string QuestionPath(string missing)
    {
        var (property, owner) = FactAccess.PropertyAt(missing);
        foreach (var suffix in (ReadOnlySpan<string>)["Others", "AtLeast"])
        {
            if (property.Name.EndsWith(suffix, StringComparison.Ordinal) && owner.Properties.Any(p => p.Name == property.Name[..^suffix.Length]))
            {
                return missing[..^suffix.Length];
            }
        }

        return missing;
    }

    /// <summary>Whether the property is a marker or a lower bound of a sibling (asked with it, never alone).</summary>
    public static bool IsSibling(CaseProperty property, IPropertyTable owner) =>
        (property.Name.EndsWith("Others", StringComparison.Ordinal) && owner.Properties.Any(p => p.Name == property.Name[..^"Others".Length]))
        || (property.Name.EndsWith("AtLeast", StringComparison.Ordinal) && owner.Properties.Any(p => p.Name == property.Name[..^"AtLeast".Length]));

    /// <summary>The kind of answer a property of this shape takes, or <see langword="null"/> when it is not asked.</summary>
    public static string? KindOf(ValueShape shape) => shape switch
    {
        BooleanShape => InterviewQuestion.YesNo,
        YearsShape => InterviewQuestion.Number,
        MembersShape => InterviewQuestion.WholeNumber,
        OptionalEnumShape<CaseStage> => InterviewQuestion.Choice,
        IListShape { Entry: StateShape } => InterviewQuestion.States,
        IListShape list when list.Entry == CaseProperties.SubstantialConduct => InterviewQuestion.Conduct,
        IListShape list when list.Entry == CaseProperties.Cooperation => InterviewQuestion.Partners,
        IListShape list when list.Entry == CaseProperties.Abroad => InterviewQuestion.States,
        _ => null,
    };

    public bool IsAbroadList => Path == AbroadPath;

    /// <summary>The State of the <c>abroad</c> entry this fact belongs to, or <see langword="null"/>.</summary>
    public string? StateOf(CaseDescription @case) =>
        Path.StartsWith(AbroadPath + "[", StringComparison.Ordinal) && FactAccess.Get(@case, Path[..(Path.IndexOf(']', StringComparison.Ordinal) + 1)] + ".state") is string state
            ? state
            : null;

    /// <summary>Whether the case holds the fact (a present list counts, even when open).</summary>
    public bool IsKnownIn(CaseDescription @case) => FactAccess.Get(@case, Path) is not null;

    public ImmutableArray<string> Choices => Kind switch
    {
        InterviewQuestion.Choice => JsonEnum<CaseStage>.Names,
        InterviewQuestion.Number when LifePath is not null => [Life],
        InterviewQuestion.Conduct => JsonEnum<ConductAspect>.Names,
        InterviewQuestion.Partners => [.. JsonEnum<CooperationPartner>.Names.Where(n => n != JsonEnum<CooperationPartner>.NameOf(CooperationPartner.State))],
        _ => [],
    };

    public decimal? Minimum => Kind switch
    {
        InterviewQuestion.Number => Limits.MinPenaltyYears,
        InterviewQuestion.WholeNumber => Limits.MinMembers,
        _ => null,
    };

    public decimal? Maximum => Kind == InterviewQuestion.Number ? Limits.MaxPenaltyYears : null;

    /// <summary>The label; an <c>abroad</c> entry's fact names its State ("whether evidence is located in Poland").</summary>
    public LocalizedText Label(CaseDescription @case)
    {
        if (IsAbroadList)
        {
            return AbroadLabel;
        }

        var label = FactNames.Of(Path) ?? new LocalizedText(Path, Path);
        if (StateOf(@case) is not { } state)
        {
            return label;
        }

        var name = StateNames.NameOf(state);
        var @in = Say.InStates([state]);
        var en = label.En.Contains("in that State", StringComparison.Ordinal)
            ? label.En.Replace("in that State", @in.En, StringComparison.Ordinal)
            : label.En.Replace("that State's law", "the law of " + Say.En(state), StringComparison.Ordinal);
        var uk = UkInThisState().IsMatch(label.Uk) ? UkInThisState().Replace(label.Uk, @in.Uk) : label.Uk + " (" + name.Uk + ")";
        return new LocalizedText(en, uk);
    }

    public LocalizedText Hint => Kind switch
    {
        InterviewQuestion.YesNo => new("y = yes, n = no, ? = unknown", "т — так, н — ні, ? — невідомо"),
        InterviewQuestion.Number when LifePath is not null => new(
            string.Create(CultureInfo.InvariantCulture, $"a number of years from {Minimum} to {Maximum} (e.g. 12 or 7.5), or life for life imprisonment; ? = unknown"),
            string.Create(CultureInfo.InvariantCulture, $"кількість років від {Minimum} до {Maximum} (напр. 12 або 7,5) або life — довічне позбавлення волі; ? — невідомо")),
        InterviewQuestion.Number => new(
            string.Create(CultureInfo.InvariantCulture, $"a number from {Minimum} to {Maximum} (e.g. 12 or 7.5); ? = unknown"),
            string.Create(CultureInfo.InvariantCulture, $"число від {Minimum} до {Maximum} (напр. 12 або 7,5); ? — невідомо")),
        InterviewQuestion.WholeNumber when BoundPath is not null => new(
            "a whole number (e.g. 5); >=5 or 5+ when only a lower bound is known; ? = unknown",
            "ціле число (напр. 5); >=5 або 5+, коли відома лише нижня межа; ? — невідомо"),
        InterviewQuestion.WholeNumber => new("a whole number (e.g. 5); ? = unknown", "ціле число (напр. 5); ? — невідомо"),
        InterviewQuestion.States when MarkerPath is not null => new(
            "State codes separated by spaces (e.g. UA PL); add + for \"and at least one more\", ? for \"maybe more\"; - = none; ? alone = unknown",
            "коди держав через пробіл (напр. UA PL); + — «і щонайменше ще одна», ? — «можливо, ще інші»; - — жодної; лише ? — невідомо"),
        InterviewQuestion.States => new(
            "State codes separated by spaces (e.g. PL MD); - = none; ? = unknown",
            "коди держав через пробіл (напр. PL MD); - — жодної; ? — невідомо"),
        InterviewQuestion.Conduct => new(
            "STATE:aspect separated by spaces (aspects: preparation, planning, direction, control; e.g. UA:direction PL:planning); + = and at least one more, ? = maybe more; - = none; ? alone = unknown",
            "ДЕРЖАВА:аспект через пробіл (аспекти: preparation — підготовка, planning — планування, direction — керівництво, control — контроль; напр. UA:direction PL:planning); + — «і щонайменше ще одна», ? — «можливо, ще інші»; - — жодної; лише ? — невідомо"),
        InterviewQuestion.Partners => new(
            "interpol, europol, eurojust or a State code, separated by spaces; - = none; ? = unknown",
            "interpol, europol, eurojust або код держави через пробіл; - — жодного; ? — невідомо"),
        _ => new("one of: " + string.Join(", ", Choices) + "; ? = unknown", "одне з: " + string.Join(", ", Choices) + "; ? — невідомо"),
    };

    /// <summary>
    /// The answers worth trying on a copy of the case to learn whether this fact alone can decide a question: both
    /// booleans; the least and greatest numbers; for lists: none, the applying State alone, a State the case does not
    /// name alone, and both (complete lists); each choice.
    /// </summary>
    public IEnumerable<object?> Trials(CaseDescription @case)
    {
        switch (Kind)
        {
            case InterviewQuestion.YesNo:
                yield return true;
                yield return false;
                break;
            case InterviewQuestion.Number:
                yield return Limits.MinPenaltyYears;
                yield return Limits.MaxPenaltyYears;
                break;
            case InterviewQuestion.WholeNumber:
                yield return Limits.MinMembers;
                yield return 1000;
                break;
            case InterviewQuestion.Choice:
                foreach (var value in JsonEnum<CaseStage>.Values)
                {
                    yield return (CaseStage?)value;
                }

                break;
            case InterviewQuestion.Partners:
                yield return new List<Cooperation>();
                yield return new List<Cooperation> { new() { Partner = CooperationPartner.Europol } };
                break;
            case InterviewQuestion.States or InterviewQuestion.Conduct when !IsAbroadList:
                var other = OtherState(@case);
                List<string[]> sets = [[Ukraine], [other], [Ukraine, other]];
                if (((IListShape)Property.Shape).MinItems == 0)
                {
                    sets.Insert(0, []);
                }

                foreach (var set in sets)
                {
                    yield return Kind == InterviewQuestion.States
                        ? set.ToList()
                        : set.Select(s => new SubstantialConduct { State = s, Aspect = ConductAspect.Direction }).ToList();
                }

                break;
        }
    }

    /// <summary>The value to store for a list answer: States, conduct entries or partners, from their text tokens.</summary>
    public object ListValue(IReadOnlyList<string> tokens, CaseDescription @case) => Kind switch
    {
        InterviewQuestion.Conduct => tokens.Select(Conduct).ToList(),
        InterviewQuestion.Partners => tokens.Select(Partner).ToList(),
        _ when IsAbroadList => tokens.Select(s => (@case.Abroad ?? []).FirstOrDefault(a => a.State == s) ?? new ForeignState { State = s }).ToList(),
        _ => tokens.ToList(),
    };

    /// <summary>The list held at this path as answer tokens (<c>UA</c>, <c>UA:direction</c>, <c>europol</c>), or <see langword="null"/>.</summary>
    public List<string>? ListTokens(CaseDescription @case) => FactAccess.Get(@case, Path) switch
    {
        IEnumerable<SubstantialConduct> conduct => [.. conduct.Select(c => c.State + ":" + JsonEnum<ConductAspect>.NameOf(c.Aspect))],
        IEnumerable<Cooperation> partners => [.. partners.Select(p => p.Partner == CooperationPartner.State ? p.State ?? "" : JsonEnum<CooperationPartner>.NameOf(p.Partner))],
        IEnumerable<ForeignState> abroad => [.. abroad.Select(a => a.State)],
        IEnumerable<string> states => [.. states],
        _ => null,
    };

    /// <summary>What the case holds here in the answer syntax, or <see langword="null"/>.</summary>
    public string? Known(CaseDescription @case)
    {
        if (ListTokens(@case) is { } tokens)
        {
            var marker = MarkerPath is null ? null : FactAccess.Get(@case, MarkerPath) as OtherStates?;
            var text = tokens.Count == 0 ? "-" : string.Join(' ', tokens);
            return marker switch { OtherStates.Some => text + " +", OtherStates.Unknown => text + " ?", _ => text };
        }

        if (LifePath is not null && FactAccess.Get(@case, LifePath) is true)
        {
            return Life;
        }

        var value = FactAccess.Get(@case, Path);
        var bound = BoundPath is null ? null : FactAccess.Get(@case, BoundPath);
        return value switch
        {
            bool b => b ? "y" : "n",
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            int i => i.ToString(CultureInfo.InvariantCulture),
            CaseStage s => JsonEnum<CaseStage>.NameOf(s),
            null when bound is int least => ">=" + least.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    private static SubstantialConduct Conduct(string token)
    {
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        var aspect = colon < 0 ? -1 : JsonEnum<ConductAspect>.Names.IndexOf(token[(colon + 1)..]);
        return aspect < 0
            ? throw new FormatException(token)
            : new SubstantialConduct { State = token[..colon], Aspect = JsonEnum<ConductAspect>.Values[aspect] };
    }

    private static Cooperation Partner(string token)
    {
        var i = JsonEnum<CooperationPartner>.Names.IndexOf(token);
        return i >= 0 && JsonEnum<CooperationPartner>.Values[i] != CooperationPartner.State
            ? new Cooperation { Partner = JsonEnum<CooperationPartner>.Values[i] }
            : new Cooperation { Partner = CooperationPartner.State, State = token };
    }

    private static string OtherState(CaseDescription @case)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var offence in @case.Offences)
        {
            named.UnionWith(offence.CommittedIn ?? []);
            named.UnionWith(offence.SubstantialEffectsIn ?? []);
            named.UnionWith((offence.SubstantialConduct ?? []).Select(c => c.State));
        }

        named.UnionWith(@case.Group?.ActiveIn ?? []);
        named.UnionWith((@case.Abroad ?? []).Select(a => a.State));
        return UsualStates.Concat(StateCodes.All).First(s => StateCodes.IsPlace(s) && s != "UA" && !named.Contains(s));
    }

    private const string Ukraine = "UA";

    private static readonly string[] UsualStates = ["PL", "MD", "RO", "DE", "FR", "IT", "ES", "NL"];

    [GeneratedRegex("(?:[ув] )?цій державі", RegexOptions.CultureInvariant)]
    private static partial Regex UkInThisState();
}
