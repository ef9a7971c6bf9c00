using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using TransnationalRules.Classification;
using TransnationalRules.Localization;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Interviews;

/// <summary>
/// A goal-driven interview: given a classifier, a case (possibly only <c>caseId</c> and offences with <c>id</c> and
/// <c>kind</c>) and a goal, <see cref="Next"/> is the question whose answer can still change the goal soonest, and each
/// answer returns a new interview with that one fact set and the case classified again. Immutable and thread-safe;
/// a stateless host (a web API) carries <see cref="Case"/>, <see cref="Goal"/> and <see cref="Unknown"/> between requests
/// and rebuilds the interview with <see cref="Start(Classifier, CaseDescription, InterviewGoal, IEnumerable{string}?, bool)"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>What is asked.</b> The goal's questions (<see cref="InterviewGoal"/>) that are still <c>unknown</c> are its open
/// questions (<see cref="OpenQuestions"/>); the candidate facts are their missing facts (DESIGN §2), a marker asked with
/// its list and a lower bound with its number, less the facts already answered "unknown" (<see cref="Unknown"/>). A
/// fact no open question reads is never asked; when the goal is decided, or nothing is left that could change it,
/// <see cref="Next"/> is <see langword="null"/>.
/// </para>
/// <para>
/// <b>In what order.</b> (1) First the facts that alone can decide an open question — the goal's, or another declared
/// question that is part of it (unknown, with every missing fact read by the goal too: <c>untoc.art3.2</c> within
/// <c>untoc.art3.1</c>): each candidate is tried on a copy of the case with the answers that matter for its kind (yes
/// and no; the least and greatest number; no State, the applying State, a State the case does not name, and both; each
/// choice) and the copy classified again; a fact for which some answer decides such a question comes first. The group's
/// own facts (<c>group.*</c>) wait while no offence is known to involve the group and whether one does can still be
/// asked: the interview does not presuppose a group it has not been told of. (2) Then the facts read by most open questions (counted per
/// offence for an offence-level question, per State for a route). (3) Then a natural order: the offence and where it
/// took place (penalty, <c>committedIn</c>, <c>substantialConduct</c>, <c>substantialEffectsIn</c>), then who
/// (<c>involvesGroup</c>, then the group's facts), then what is located abroad, then the other case facts; ties in
/// document order. The rule reads only outcomes and missing facts, so a user's rule set gets the same behaviour.
/// </para>
/// <para>
/// <b>Document order</b> (<c>documentOrder: true</c>) is the paper-form baseline: every askable field of the case in
/// document order — per offence <c>maximumPenaltyYears</c>, <c>committedIn</c>, <c>substantialConduct</c>,
/// <c>substantialEffectsIn</c>, <c>involvesGroup</c> (each list with its marker); then <c>group.members</c> (with
/// <c>membersAtLeast</c>), <c>existsForPeriodOfTime</c>, <c>structured</c>, <c>actsInConcert</c>,
/// <c>aimsAtSeriousCrime</c>, <c>materialBenefit</c>, <c>activeIn</c>; the ten flags of <c>facts</c> and
/// <c>internationalCooperation</c>; <c>stage</c>; <c>abroad</c> and each entry's seven flags — skipping only fields
/// already known (and answered "unknown"), until the goal is decided. Not asked in either order: <c>id</c>,
/// <c>kind</c>, <c>lifeImprisonment</c> (false when absent, never unknown) and <c>legalBasis</c> (read by no rule).
/// </para>
/// <para>
/// <b>Unknown answers.</b> A question answered "unknown" is not asked again; so is one whose answer leaves its fact
/// open (a lower bound, a list marked "maybe more"). Its path is kept in <see cref="Unknown"/>, which a host passes
/// back to <c>Start</c> as <c>alreadyUnknown</c>. Answering such a path with a value removes it again.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var interview = Interview.Start(new Classifier(RuleSet.Default), new CaseDescription
/// {
///     CaseId = "UA-2024-0001",
///     Offences = [new Offence { Id = "fraud", Kind = OffenceKind.Fraud }],
/// }, InterviewGoal.ConventionApplies);
/// while (interview.Next is { } question)
/// {
///     Console.WriteLine($"{question.Label.En} ({question.Path}) — {question.Hint.En}");
///     if (!interview.TryAnswerText(question.Path, Console.ReadLine() ?? "?", out var next, out var error))
///     {
///         Console.WriteLine(error!.En);
///         continue;
///     }
///
///     interview = next;
/// }
///
/// Console.WriteLine(interview.Classification.ConventionApplies);
/// </code>
/// </example>
public sealed partial class Interview
{
    private readonly Classifier classifier;
    private readonly ImmutableArray<Unit> units;
    private readonly bool abroadPending;
    private ImmutableArray<InterviewQuestion> questions;

    private Interview(Classifier classifier, CaseDescription @case, InterviewGoal goal, ImmutableArray<string> unknown, ImmutableArray<string> answered, bool documentOrder)
    {
        this.classifier = classifier;
        Case = @case;
        Goal = goal;
        Unknown = unknown;
        Answered = answered;
        DocumentOrder = documentOrder;
        Classification = classifier.Classify(@case);
        units = Units(classifier.RuleSet, goal, @case);
        abroadPending = @case.Abroad is null && units.IsEmpty && GoalIds(classifier.RuleSet, goal).Any(id => classifier.RuleSet.Find(id)?.Level == RuleScope.State);
        var open = units.Where(u => Result(u).Outcome == Outcome.Unknown).Select(u => u.Name);
        OpenQuestions = abroadPending ? [.. open, AskableFact.AbroadPath] : [.. open];
    }

    /// <summary>Starts an interview.</summary>
    /// <param name="classifier">The classifier (its rule set says which criteria are the headlines and the questions).</param>
    /// <param name="case">The case so far: a valid case (DESIGN §4), at least <c>caseId</c> and offences with <c>id</c> and <c>kind</c>.</param>
    /// <param name="goal">What to decide.</param>
    /// <param name="alreadyUnknown">Paths answered "unknown" before (a host's <see cref="Unknown"/>): not asked again.</param>
    /// <param name="documentOrder">Ask every field in document order instead (the paper-form baseline; see remarks).</param>
    /// <returns>The interview, classified.</returns>
    /// <exception cref="CaseValidationException">The case is invalid: every error with its path and code.</exception>
    /// <exception cref="ArgumentException">A path of <paramref name="alreadyUnknown"/> names no fact of the case document, or the goal is not defined.</exception>
    public static Interview Start(Classifier classifier, CaseDescription @case, InterviewGoal goal = InterviewGoal.ConventionApplies, IEnumerable<string>? alreadyUnknown = null, bool documentOrder = false)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(@case);
        if (!Enum.IsDefined(goal))
        {
            throw new ArgumentException($"Goal {(int)goal} is not defined.", nameof(goal));
        }

        var errors = CaseValidation.Validate(@case);
        if (!errors.IsEmpty)
        {
            throw new CaseValidationException(errors.Any(e => e.Path == "caseId") ? null : @case.CaseId, errors);
        }

        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var path in alreadyUnknown ?? [])
        {
            ArgumentNullException.ThrowIfNull(path, nameof(alreadyUnknown));
            _ = FactAccess.PropertyAt(path);
            if (!unknown.Contains(path))
            {
                unknown.Add(path);
            }
        }

        return new Interview(classifier, @case, goal, unknown.ToImmutable(), [], documentOrder);
    }

    /// <summary>The case with every answer given so far.</summary>
    public CaseDescription Case { get; }

    /// <summary>What the interview sets out to decide.</summary>
    public InterviewGoal Goal { get; }

    /// <summary>Whether questions follow document order (the paper-form baseline) rather than the goal.</summary>
    public bool DocumentOrder { get; }

    /// <summary>The classification of <see cref="Case"/>.</summary>
    public CaseClassification Classification { get; }

    /// <summary>
    /// The paths not to ask again: answered "unknown", or left open by their answer (a lower bound only, a list marked
    /// "maybe more"). A stateless host carries them and passes them back to <c>Start</c>.
    /// </summary>
    public ImmutableArray<string> Unknown { get; }

    /// <summary>The paths answered since <c>Start</c>, in order (an "unknown" answer included).</summary>
    public ImmutableArray<string> Answered { get; }

    /// <summary>
    /// The goal's questions still <c>unknown</c>: criterion ids (<c>untoc.art3.1</c>) and routes as <c>id@STATE</c>
    /// (<c>untoc.art18@PL</c>); <c>abroad</c> while a goal with routes waits for the foreign States to be named.
    /// </summary>
    public ImmutableArray<string> OpenQuestions { get; }

    /// <summary>Whether the goal is decided: no question of it is still <c>unknown</c>.</summary>
    public bool IsDecided => OpenQuestions.IsEmpty;

    /// <summary>The next question, or <see langword="null"/> when the goal is decided or nothing left to ask could change it.</summary>
    public InterviewQuestion? Next => Questions.IsEmpty ? null : Questions[0];

    /// <summary>Every question that could still change the goal, in the order they are asked (<see cref="Next"/> first).</summary>
    public ImmutableArray<InterviewQuestion> Questions
    {
        get
        {
            if (questions.IsDefault)
            {
                questions = DocumentOrder ? DocumentQuestions() : GoalQuestions();
            }

            return questions;
        }
    }

    /// <summary>The question for any askable fact (one not in <see cref="Questions"/> too), or <see langword="null"/> when the path cannot be asked.</summary>
    /// <param name="path">A fact path, e.g. <c>offences[0].committedIn</c>.</param>
    /// <returns>The question, with what it could decide now.</returns>
    /// <exception cref="ArgumentException">The path names no property of the case document.</exception>
    public InterviewQuestion? Question(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return AskableFact.At(path) is { } fact && Exists(fact) ? Build(fact, Decidable(), ReadBy()) : null;
    }

    /// <summary>Answers a yes/no question.</summary>
    /// <param name="path">The question's path.</param>
    /// <param name="value">The answer; <see langword="null"/> for unknown.</param>
    /// <returns>A new interview with the fact set and the case classified again.</returns>
    /// <exception cref="ArgumentException">The path is not a yes/no fact.</exception>
    /// <exception cref="CaseValidationException">The answer would make the case invalid.</exception>
    public Interview Answer(string path, bool? value)
    {
        var fact = Expect(path, InterviewQuestion.YesNo);
        return value is null ? AnswerUnknown(path) : Store(fact, value, null);
    }

    /// <summary>Answers a number question (<see cref="InterviewQuestion.Number"/> or <see cref="InterviewQuestion.WholeNumber"/>).</summary>
    /// <param name="path">The question's path.</param>
    /// <param name="value">The answer; <see langword="null"/> for unknown.</param>
    /// <returns>A new interview with the fact set and the case classified again.</returns>
    /// <exception cref="ArgumentException">The path is not a number, or a whole number is given a fraction.</exception>
    /// <exception cref="CaseValidationException">The answer would make the case invalid (out of range, below the lower bound).</exception>
    public Interview Answer(string path, decimal? value)
    {
        var fact = Expect(path, InterviewQuestion.Number, InterviewQuestion.WholeNumber);
        if (value is not decimal number)
        {
            return AnswerUnknown(path);
        }

        if (fact.Kind == InterviewQuestion.Number)
        {
            return Store(fact, number, null);
        }

        return decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue
            ? Store(fact, (int)number, null)
            : throw new ArgumentException($"{path} takes a whole number.", nameof(value));
    }

    /// <summary>Answers a whole-number question with a lower bound only ("at least 5"), when <see cref="InterviewQuestion.TakesLowerBound"/>.</summary>
    /// <param name="path">The question's path (e.g. <c>group.members</c>; the bound goes to <c>group.membersAtLeast</c>).</param>
    /// <param name="lowerBound">The least the number can be.</param>
    /// <returns>A new interview; the exact number stays unknown and is not asked again.</returns>
    /// <exception cref="ArgumentException">The path takes no lower bound.</exception>
    /// <exception cref="CaseValidationException">The answer would make the case invalid.</exception>
    public Interview AnswerAtLeast(string path, int lowerBound)
    {
        var fact = Expect(path, InterviewQuestion.WholeNumber);
        if (fact.BoundPath is null)
        {
            throw new ArgumentException($"{path} takes no lower bound.", nameof(path));
        }

        return Store(fact, null, null, lowerBound);
    }

    /// <summary>
    /// Answers a list question: States (<c>PL</c>), conduct entries (<c>UA:direction</c>) or partners (<c>europol</c>,
    /// or a State code), as <see cref="InterviewQuestion.Kind"/> says.
    /// </summary>
    /// <param name="path">The question's path.</param>
    /// <param name="values">The entries (empty: known to be none); <see langword="null"/> for unknown.</param>
    /// <param name="others">
    /// The list's marker (DESIGN §2.1), when <see cref="InterviewQuestion.OpenList"/>: <see cref="OtherStates.Some"/> "and at
    /// least one more", <see cref="OtherStates.Unknown"/> "maybe more"; <see cref="OtherStates.None"/>, the default, complete.
    /// </param>
    /// <returns>A new interview with the list (and its marker) set and the case classified again.</returns>
    /// <exception cref="ArgumentException">The path is not a list, an entry is malformed, or a marker is given to a list that has none.</exception>
    /// <exception cref="CaseValidationException">The answer would make the case invalid (e.g. a code that is no State).</exception>
    public Interview Answer(string path, IEnumerable<string>? values, OtherStates others = OtherStates.None)
    {
        var fact = Expect(path, InterviewQuestion.States, InterviewQuestion.Conduct, InterviewQuestion.Partners);
        if (values is null)
        {
            return AnswerUnknown(path);
        }

        if (others != OtherStates.None && fact.MarkerPath is null)
        {
            throw new ArgumentException($"{path} is a complete list: it takes no marker.", nameof(others));
        }

        var tokens = values.ToList();
        if (tokens.Any(t => t is null))
        {
            throw new ArgumentException("A list answer may not hold null.", nameof(values));
        }

        object list;
        try
        {
            list = fact.ListValue(tokens, Case);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"'{e.Message}' is not an entry of {path}: {fact.Hint.En}.", nameof(values), e);
        }

        return Store(fact, list, others);
    }

    /// <summary>
    /// Answers a choice question with one of <see cref="InterviewQuestion.Choices"/> (e.g. <c>pretrial</c>); also the
    /// penalty question with <c>life</c> (its one choice: punishable by life imprisonment).
    /// </summary>
    /// <param name="path">The question's path (e.g. <c>stage</c>, <c>offences[0].maximumPenaltyYears</c>).</param>
    /// <param name="choice">The value's JSON name; <see langword="null"/> for unknown.</param>
    /// <returns>A new interview with the fact set and the case classified again.</returns>
    /// <exception cref="ArgumentException">The path takes no choice, or the value is not one of its choices.</exception>
    public Interview Answer(string path, string? choice)
    {
        var fact = Expect(path, InterviewQuestion.Choice, InterviewQuestion.Number);
        if (choice is null)
        {
            return AnswerUnknown(path);
        }

        if (fact.Kind == InterviewQuestion.Number)
        {
            return fact.LifePath is not null && choice == AskableFact.Life
                ? Store(fact, FactAccess.Get(Case, path), null, life: true)
                : throw new ArgumentException($"{path} takes a number{(fact.LifePath is null ? "" : " or life")}, not '{choice}'.", nameof(choice));
        }

        var i = JsonEnum<CaseStage>.Names.IndexOf(choice);
        return i < 0
            ? throw new ArgumentException($"'{choice}' is not one of {JsonEnum<CaseStage>.List}.", nameof(choice))
            : Store(fact, (CaseStage?)JsonEnum<CaseStage>.Values[i], null);
    }

    /// <summary>Answers "unknown": the fact is cleared (with its marker) and the question is not asked again.</summary>
    /// <param name="path">The question's path.</param>
    /// <returns>A new interview.</returns>
    /// <exception cref="ArgumentException">The path is not an askable fact of the case.</exception>
    public Interview AnswerUnknown(string path)
    {
        var fact = Expect(path);
        var next = FactAccess.Set(Case, path, null);
        if (fact.MarkerPath is not null)
        {
            next = FactAccess.Set(next, fact.MarkerPath, null);
        }

        return new Interview(classifier, next, Goal, Unknown.Contains(path) ? Unknown : Unknown.Add(path), Answered.Add(path), DocumentOrder);
    }

    /// <summary>
    /// Answers from text, as typed at a terminal or in a form, in the syntax of the question's
    /// <see cref="InterviewQuestion.Hint"/>: <c>y</c>/<c>n</c> (also <c>yes</c>, <c>no</c>, <c>так</c>, <c>ні</c>), a number
    /// (<c>7.5</c> or <c>7,5</c>), <c>&gt;=5</c> or <c>5+</c> for a lower bound, State codes separated by spaces with <c>+</c>
    /// ("and at least one more") or <c>?</c> ("maybe more"), <c>-</c> for none, a choice's name; <c>?</c> alone is unknown.
    /// </summary>
    /// <param name="path">The question's path.</param>
    /// <param name="text">The answer as typed.</param>
    /// <param name="next">The new interview, or this one when the text is not an answer.</param>
    /// <param name="error">Why the text is not an answer (en and uk), or <see langword="null"/>.</param>
    /// <returns>Whether the text was an answer.</returns>
    /// <exception cref="ArgumentException">The path is not an askable fact of the case (misuse, not bad input).</exception>
    public bool TryAnswerText(string path, string text, out Interview next, [NotNullWhen(false)] out LocalizedText? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fact = Expect(path);
        next = this;
        error = Parse(fact, text.Trim(), out var answer);
        if (error is not null)
        {
            return false;
        }

        try
        {
            next = answer(this);
            return true;
        }
        catch (CaseValidationException e)
        {
            var first = e.Errors.IsDefaultOrEmpty ? null : e.Errors[0];
            error = first is null
                ? new LocalizedText("That answer would make the case invalid.", "Така відповідь робить справу недійсною.")
                : new LocalizedText($"That answer would make the case invalid: {first.Message} ({first.Code} at {first.Path})",
                    $"Така відповідь робить справу недійсною: {first.Code} у {first.Path} ({first.Message})");
            return false;
        }
        catch (ArgumentException e)
        {
            error = new LocalizedText(e.Message.Split(" (Parameter", 2)[0], $"Це не відповідь: {fact.Hint.Uk}.");
            return false;
        }
    }

    /// <summary>
    /// Answers the question at <paramref name="path"/> with what <paramref name="complete"/> holds there (same offences
    /// in the same order); a value it does not hold is "unknown". For scripts, tests and the paper-form comparison.
    /// </summary>
    /// <param name="path">The question's path.</param>
    /// <param name="complete">The complete case.</param>
    /// <returns>A new interview.</returns>
    public Interview AnswerFrom(string path, CaseDescription complete)
    {
        ArgumentNullException.ThrowIfNull(complete);
        var fact = Expect(path);
        switch (fact.Kind)
        {
            case InterviewQuestion.States or InterviewQuestion.Conduct or InterviewQuestion.Partners:
                if (fact.ListTokens(complete) is not { } tokens)
                {
                    return AnswerUnknown(path);
                }

                var marker = fact.MarkerPath is null ? null : FactAccess.Get(complete, fact.MarkerPath) as OtherStates?;
                return Answer(path, tokens, marker ?? OtherStates.None);
            case InterviewQuestion.YesNo:
                return Answer(path, FactAccess.Get(complete, path) as bool?);
            case InterviewQuestion.Number:
                return fact.LifePath is not null && FactAccess.Get(complete, fact.LifePath) is true
                    ? Answer(path, AskableFact.Life)
                    : Answer(path, FactAccess.Get(complete, path) as decimal?);
            case InterviewQuestion.WholeNumber:
                return FactAccess.Get(complete, path) is int exact ? Answer(path, (decimal)exact)
                    : fact.BoundPath is not null && FactAccess.Get(complete, fact.BoundPath) is int least ? AnswerAtLeast(path, least)
                    : AnswerUnknown(path);
            default:
                return FactAccess.Get(complete, path) is CaseStage stage ? Answer(path, JsonEnum<CaseStage>.NameOf(stage)) : AnswerUnknown(path);
        }
    }

    // ---- answering ----

    private AskableFact Expect(string path, params ReadOnlySpan<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fact = AskableFact.At(path) ?? throw new ArgumentException($"{path} is not a fact an interview asks for.", nameof(path));
        if (!Exists(fact))
        {
            throw new ArgumentException($"{path} names an entry the case does not have.", nameof(path));
        }

        if (!kinds.IsEmpty && !kinds.Contains(fact.Kind))
        {
            throw new ArgumentException($"{path} takes an answer of kind {fact.Kind}, not {string.Join(" or ", kinds.ToArray())}.", nameof(path));
        }

        return fact;
    }

    private bool Exists(AskableFact fact)
    {
        try
        {
            _ = FactAccess.Set(Case, fact.Path, FactAccess.Get(Case, fact.Path));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private Interview Store(AskableFact fact, object? value, OtherStates? marker, int? bound = null, bool life = false)
    {
        var next = FactAccess.Set(Case, fact.Path, value);
        if (life)
        {
            next = FactAccess.Set(next, fact.LifePath!, true);
        }

        if (fact.MarkerPath is not null)
        {
            next = FactAccess.Set(next, fact.MarkerPath, value is null || marker is null or OtherStates.None ? null : marker);
        }

        if (bound is not null)
        {
            next = FactAccess.Set(next, fact.BoundPath!, bound);
        }

        var errors = CaseValidation.Validate(next);
        if (!errors.IsEmpty)
        {
            throw new CaseValidationException(Case.CaseId, errors);
        }

        var unknown = Unknown.Remove(fact.Path);
        var answered = Answered.Add(fact.Path);
        var result = new Interview(classifier, next, Goal, unknown, answered, DocumentOrder);

        // An answer that leaves its fact open (a lower bound only, a list that may hold more) is not asked again.
        return FactAccess.Get(next, fact.Path) is null || result.OpenPaths().ContainsKey(fact.Path)
            ? new Interview(classifier, next, Goal, unknown.Add(fact.Path), answered, DocumentOrder)
            : result;
    }

    private static LocalizedText? Parse(AskableFact fact, string text, out Func<Interview, Interview> answer)
    {
        var path = fact.Path;
        answer = i => i.AnswerUnknown(path);
        if (text.Length == 0)
        {
            return new LocalizedText("Type an answer, or ? for unknown.", "Введіть відповідь або ? — невідомо.");
        }

        var lower = text.ToLowerInvariant();
        if (lower is "?" or "unknown" or "невідомо" or "не знаю")
        {
            return null;
        }

        switch (fact.Kind)
        {
            case InterviewQuestion.YesNo:
                bool? yes = lower switch
                {
                    "y" or "yes" or "true" or "т" or "так" => true,
                    "n" or "no" or "false" or "н" or "ні" => false,
                    _ => null,
                };
                if (yes is null)
                {
                    return new LocalizedText("Answer y (yes), n (no) or ? (unknown).", "Відповідайте т (так), н (ні) або ? (невідомо).");
                }

                answer = i => i.Answer(path, yes);
                return null;

            case InterviewQuestion.Number or InterviewQuestion.WholeNumber:
                if (fact.BoundPath is not null && LowerBound().Match(lower) is { Success: true } m)
                {
                    var least = int.Parse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                    answer = i => i.AnswerAtLeast(path, least);
                    return null;
                }

                if (fact.LifePath is not null && lower is AskableFact.Life or "довічне" or "довічне позбавлення волі")
                {
                    answer = i => i.Answer(path, AskableFact.Life);
                    return null;
                }

                if (!decimal.TryParse(lower.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    || number < fact.Minimum || number > fact.Maximum || (fact.Kind == InterviewQuestion.WholeNumber && !decimal.IsInteger(number)))
                {
                    return new LocalizedText($"Not an answer here: {fact.Hint.En}.", $"Це не відповідь: {fact.Hint.Uk}.");
                }

                answer = i => i.Answer(path, number);
                return null;

            case InterviewQuestion.Choice:
                var choice = fact.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
                if (choice is null)
                {
                    return new LocalizedText($"Answer one of: {string.Join(", ", fact.Choices)}, or ? (unknown).", $"Відповідайте одним з: {string.Join(", ", fact.Choices)} або ? (невідомо).");
                }

                answer = i => i.Answer(path, choice);
                return null;

            default:
                return ParseList(fact, text, out answer);
        }
    }

    private static LocalizedText? ParseList(AskableFact fact, string text, out Func<Interview, Interview> answer)
    {
        var path = fact.Path;
        answer = i => i.AnswerUnknown(path);
        var marker = OtherStates.None;
        var entries = new List<string>();
        foreach (var raw in text.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw is "+" or "?")
            {
                if (fact.MarkerPath is null)
                {
                    return new LocalizedText($"This list is complete as given: no + or ?. {fact.Hint.En}.", $"Цей перелік повний: без + чи ?. {fact.Hint.Uk}.");
                }

                marker = raw == "+" ? OtherStates.Some : OtherStates.Unknown;
                continue;
            }

            if (raw == "-")
            {
                continue;
            }

            string entry;
            string state;
            if (fact.Kind == InterviewQuestion.Conduct)
            {
                var colon = raw.IndexOf(':', StringComparison.Ordinal);
                state = (colon < 0 ? raw : raw[..colon]).ToUpperInvariant();
                var aspect = colon < 0 ? "" : raw[(colon + 1)..].ToLowerInvariant();
                if (!fact.Choices.Contains(aspect))
                {
                    return new LocalizedText(
                        $"'{raw}': give each State with its aspect, e.g. UA:direction (aspects: {string.Join(", ", fact.Choices)}).",
                        $"«{raw}»: вкажіть кожну державу з аспектом, напр. UA:direction (аспекти: {string.Join(", ", fact.Choices)}).");
                }

                entry = state + ":" + aspect;
            }
            else if (fact.Kind == InterviewQuestion.Partners && fact.Choices.Contains(raw.ToLowerInvariant()))
            {
                entries.Add(raw.ToLowerInvariant());
                continue;
            }
            else
            {
                state = raw.ToUpperInvariant();
                entry = state;
            }

            if (!StateNames.IsValid(state))
            {
                return new LocalizedText(
                    $"'{state}' is not a State code (ISO 3166-1 alpha-2, e.g. PL; GB for the United Kingdom).",
                    $"«{state}» — не код держави (ISO 3166-1 alpha-2, напр. PL; GB — Велика Британія).");
            }

            entries.Add(entry);
        }

        if (entries.Count == 0 && marker == OtherStates.Unknown && !text.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        answer = i => i.Answer(path, entries, marker);
        return null;
    }

    [GeneratedRegex(@"^(?:>=|≥|at least|щонайменше)\s*(?<n>\d+)$|^(?<n>\d+)\s*\+$", RegexOptions.CultureInvariant)]
    private static partial Regex LowerBound();

    // ---- the goal ----

    /// <summary>One question of the goal: a case- or offence-level criterion at case level, or a route for one <c>abroad</c> entry.</summary>
    private readonly record struct Unit(string Name, Criterion Criterion, int? Abroad);

    private static IEnumerable<string> GoalIds(RuleSet set, InterviewGoal goal) => goal switch
    {
        InterviewGoal.Transnational => set.TransnationalId is { } t ? [t] : [],
        InterviewGoal.ConventionApplies => set.ConventionAppliesId is { } c ? [c] : [],
        InterviewGoal.Routes => set.Criteria.Where(c => c.Level == RuleScope.State).Select(c => c.Id),
        _ => set.Questions.IsEmpty ? set.Criteria.Select(c => c.Id) : set.Questions,
    };

    private static ImmutableArray<Unit> Units(RuleSet set, InterviewGoal goal, CaseDescription @case)
    {
        var units = ImmutableArray.CreateBuilder<Unit>();
        var abroad = @case.Abroad ?? [];
        foreach (var id in GoalIds(set, goal))
        {
            var criterion = set.Find(id)!;
            if (criterion.Level != RuleScope.State)
            {
                units.Add(new Unit(id, criterion, null));
                continue;
            }

            for (var e = 0; e < abroad.Count; e++)
            {
                units.Add(new Unit(id + "@" + abroad[e].State, criterion, e));
            }
        }

        return units.ToImmutable();
    }

    private CriterionResult Result(Unit unit) =>
        unit.Abroad is int e ? Classification.Cooperation[e][unit.Criterion.Id] : Classification[unit.Criterion.Id];

    private ImmutableArray<Unit> OpenUnits() => [.. units.Where(u => Result(u).Outcome == Outcome.Unknown)];

    private static Outcome OutcomeOf(CaseOutcomes outcomes, Unit unit) =>
        unit.Abroad is int e ? outcomes.ForState(e, unit.Criterion.Id) : outcomes[unit.Criterion.Id];

    /// <summary>
    /// The question paths of the open questions' missing facts, each with its first path in document order, how many
    /// open questions read it (per offence, per State) and their names.
    /// </summary>
    private Dictionary<string, (FactPath First, int Count, SortedSet<string> ReadBy)> OpenPaths()
    {
        var paths = new Dictionary<string, (FactPath First, int Count, SortedSet<string> ReadBy)>(StringComparer.Ordinal);
        foreach (var unit in OpenUnits())
        {
            IEnumerable<CriterionResult> parts = unit.Criterion.Level == RuleScope.Offence
                ? Classification.Offences.Select(o => o.Criteria.First(c => c.Id == unit.Criterion.Id))
                : [Result(unit)];
            foreach (var part in parts)
            {
                if (part.Outcome != Outcome.Unknown)
                {
                    continue;
                }

                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var missing in part.Evaluation.MissingFacts)
                {
                    var path = AskableFact.QuestionPath(missing.Value);
                    if (!seen.Add(path))
                    {
                        continue;
                    }

                    if (paths.TryGetValue(path, out var known))
                    {
                        known.ReadBy.Add(unit.Name);
                        paths[path] = (missing < known.First ? missing : known.First, known.Count + 1, known.ReadBy);
                    }
                    else
                    {
                        paths[path] = (missing, 1, new SortedSet<string>(StringComparer.Ordinal) { unit.Name });
                    }
                }
            }
        }

        return paths;
    }

    private static readonly Dictionary<string, SortedSet<string>> NoReaders = new(StringComparer.Ordinal);

    private Dictionary<string, SortedSet<string>> ReadBy() =>
        OpenPaths().ToDictionary(kv => kv.Key, kv => kv.Value.ReadBy, StringComparer.Ordinal);

    /// <summary>
    /// The open questions an answer may decide: the goal's, and the set's other declared case-level questions that are
    /// parts of it (unknown, every missing fact of theirs read by the goal too — <c>untoc.art3.2</c> within
    /// <c>untoc.art3.1</c>), so that "where" can decide transnationality on the way to the Convention.
    /// </summary>
    private ImmutableArray<Unit> Decidable()
    {
        var open = OpenUnits();
        var goalPaths = OpenPaths().Keys.ToHashSet(StringComparer.Ordinal);
        var set = classifier.RuleSet;
        var parts = (set.Questions.IsEmpty ? set.Criteria.Select(c => c.Id) : set.Questions)
            .Select(id => set.Find(id)!)
            .Where(c => c.Level != RuleScope.State && !open.Any(u => u.Criterion.Id == c.Id))
            .Select(c => new Unit(c.Id, c, null))
            .Where(u => Result(u) is { Outcome: Outcome.Unknown } r
                && r.Evaluation.MissingFacts.All(m => goalPaths.Contains(AskableFact.QuestionPath(m.Value))));
        return [.. open, .. parts];
    }

    private ImmutableArray<InterviewQuestion> GoalQuestions()
    {
        var open = Decidable();
        var result = ImmutableArray.CreateBuilder<InterviewQuestion>();
        if (abroadPending && !Unknown.Contains(AskableFact.AbroadPath))
        {
            result.Add(Build(AskableFact.At(AskableFact.AbroadPath)!, open, NoReaders));
        }

        var paths = OpenPaths();

        // Who before what the group is: while no offence is known to involve the group and whether one does can still
        // be asked, the group's own facts wait (the interview does not presuppose a group not yet described).
        var groupName = CaseProperties.Case.NameOf(CaseProperties.Group) + ".";
        var involves = Enumerable.Range(0, Case.Offences.Count).Select(i => FactPath.Offence(i, OffenceField.InvolvesGroup).Value).ToList();
        var groupWaits = !Case.Offences.Any(o => o.InvolvesGroup == true)
            && involves.Any(p => paths.ContainsKey(p) && !Unknown.Contains(p));

        var ranked = new List<(InterviewQuestion Question, bool Waits, bool Decisive, int Count, int Natural, FactPath First)>();
        foreach (var (path, (first, count, readBy)) in paths)
        {
            if (Unknown.Contains(path) || AskableFact.At(path) is not { } fact)
            {
                continue;
            }

            var question = Build(fact, open, new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal) { [path] = readBy });
            ranked.Add((question, groupWaits && path.StartsWith(groupName, StringComparison.Ordinal), !question.Decides.IsEmpty, count, Natural(fact), first));
        }

        result.AddRange(ranked
            .OrderBy(r => r.Waits ? 1 : 0)
            .ThenBy(r => r.Decisive ? 0 : 1)
            .ThenByDescending(r => r.Count)
            .ThenBy(r => r.Natural)
            .ThenBy(r => r.First)
            .Select(r => r.Question));
        return result.ToImmutable();
    }

    private ImmutableArray<InterviewQuestion> DocumentQuestions()
    {
        if (IsDecided)
        {
            return [];
        }

        var open = Decidable();
        var readBy = ReadBy();
        var result = ImmutableArray.CreateBuilder<InterviewQuestion>();
        foreach (var path in DocumentPaths(Case))
        {
            if (!Unknown.Contains(path) && AskableFact.At(path) is { } fact && !fact.IsKnownIn(Case))
            {
                result.Add(Build(fact, open, readBy));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Every askable field of the case in document order (the paper form): the tables' properties, each list entry in turn.</summary>
    private static IEnumerable<string> DocumentPaths(CaseDescription @case)
    {
        IEnumerable<string> Walk(IPropertyTable table, string prefix)
        {
            foreach (var property in table.Properties)
            {
                if (property.Shape is IPropertyTable nested)
                {
                    foreach (var path in Walk(nested, prefix + property.Name + "."))
                    {
                        yield return path;
                    }
                }
                else if (property.Shape is IListShape { Entry: IPropertyTable entry } && AskableFact.KindOf(property.Shape) is null)
                {
                    var count = (FactAccess.Get(@case, prefix + property.Name) as System.Collections.IEnumerable)?.Cast<object>().Count() ?? 0;
                    for (var i = 0; i < count; i++)
                    {
                        foreach (var path in Walk(entry, string.Create(CultureInfo.InvariantCulture, $"{prefix}{property.Name}[{i}].")))
                        {
                            yield return path;
                        }
                    }
                }
                else if (!AskableFact.IsSibling(property, table) && AskableFact.KindOf(property.Shape) is not null)
                {
                    yield return prefix + property.Name;
                    if (property.Shape is IListShape { Entry: IPropertyTable abroad } && prefix.Length == 0)
                    {
                        for (var i = 0; i < (@case.Abroad?.Count ?? 0); i++)
                        {
                            foreach (var path in Walk(abroad, string.Create(CultureInfo.InvariantCulture, $"{property.Name}[{i}].")))
                            {
                                yield return path;
                            }
                        }
                    }
                }
            }
        }

        return Walk(CaseProperties.Case, "");
    }

    /// <summary>The natural order: 0 the offence and where, 1 who (involvesGroup, the group), 2 what is abroad, 3 the rest.</summary>
    private static int Natural(AskableFact fact) => fact.Path switch
    {
        _ when fact.Path.StartsWith(CaseProperties.Case.NameOf(CaseProperties.Offence) + "[", StringComparison.Ordinal) =>
            fact.Property.Fact == (int)OffenceField.InvolvesGroup ? 1 : 0,
        _ when fact.Path.StartsWith(CaseProperties.Case.NameOf(CaseProperties.Group) + ".", StringComparison.Ordinal) => 1,
        _ when fact.Path.StartsWith(AskableFact.AbroadPath, StringComparison.Ordinal) => 2,
        _ => 3,
    };

    private InterviewQuestion Build(AskableFact fact, ImmutableArray<Unit> open, Dictionary<string, SortedSet<string>> readBy)
    {
        var decides = new SortedSet<string>(StringComparer.Ordinal);
        if (!open.IsEmpty)
        {
            foreach (var trial in fact.Trials(Case))
            {
                CaseDescription copy;
                try
                {
                    copy = FactAccess.Set(Case, fact.Path, trial);
                    if (fact.MarkerPath is not null)
                    {
                        copy = FactAccess.Set(copy, fact.MarkerPath, null);
                    }
                }
                catch (ArgumentException)
                {
                    continue;
                }

                var outcomes = classifier.Outcomes(copy);
                foreach (var unit in open)
                {
                    if (OutcomeOf(outcomes, unit) != Outcome.Unknown)
                    {
                        decides.Add(unit.Name);
                    }
                }
            }
        }

        return new InterviewQuestion(
            fact.Path, fact.Label(Case), fact.Kind, fact.Hint, fact.Choices, fact.Minimum, fact.Maximum, fact.MarkerPath is not null,
            fact.BoundPath is not null, fact.StateOf(Case), fact.Known(Case), [.. decides],
            readBy.TryGetValue(fact.Path, out var names) ? [.. names] : []);
    }
}
