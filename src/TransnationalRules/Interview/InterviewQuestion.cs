using System.Collections.Immutable;
using TransnationalRules.Logic;

namespace TransnationalRules.Interviews;

/// <summary>
/// One question of an <see cref="Interview"/>: the fact it asks for (its JSON path and label), what kind of answer it
/// takes, and which of the goal's open questions it reads into.
/// </summary>
/// <remarks>
/// Answer it with the <see cref="Interview"/> method its <see cref="Kind"/> names, or with
/// <see cref="Interview.TryAnswerText"/> in the syntax of <see cref="Hint"/>; every kind also takes "unknown"
/// (<see cref="Interview.AnswerUnknown"/>, text <c>?</c>), after which it is not asked again.
/// </remarks>
public sealed class InterviewQuestion
{
    /// <summary>Yes, no or unknown: answer with <see cref="Interview.Answer(string, bool?)"/>; text <c>y</c>, <c>n</c>, <c>?</c> (also <c>так</c>, <c>ні</c>).</summary>
    public const string YesNo = "yesNo";

    /// <summary>
    /// A number between <see cref="Minimum"/> and <see cref="Maximum"/>, fractions allowed: <see cref="Interview.Answer(string, decimal?)"/>;
    /// the maximum penalty also takes its one choice <c>life</c> (<see cref="Interview.Answer(string, string?)"/>: punishable by
    /// life imprisonment, which sets <c>lifeImprisonment</c>).
    /// </summary>
    public const string Number = "number";

    /// <summary>
    /// A whole number of at least <see cref="Minimum"/>: <see cref="Interview.Answer(string, decimal?)"/>; when
    /// <see cref="TakesLowerBound"/>, also "at least N" (<see cref="Interview.AnswerAtLeast"/>, text <c>&gt;=5</c> or <c>5+</c>).
    /// </summary>
    public const string WholeNumber = "wholeNumber";

    /// <summary>
    /// A list of States (ISO 3166-1 alpha-2 codes): <see cref="Interview.Answer(string, IEnumerable{string}?, Model.OtherStates)"/>
    /// with the list's open-list marker when <see cref="OpenList"/>; text <c>UA PL</c>, <c>UA +</c> ("and at least one
    /// more"), <c>UA ?</c> ("maybe more"), <c>-</c> for none.
    /// </summary>
    public const string States = "states";

    /// <summary>
    /// Where substantial conduct took place: a list of <c>STATE:aspect</c> entries, the aspects being <see cref="Choices"/>
    /// (<c>UA:direction PL:planning</c>), with the marker as for <see cref="States"/>.
    /// </summary>
    public const string Conduct = "conduct";

    /// <summary>A list of cooperation partners: <see cref="Choices"/> or a State code for cooperation with that State; <c>-</c> for none.</summary>
    public const string Partners = "partners";

    /// <summary>One of <see cref="Choices"/> (their JSON names, e.g. <c>pretrial</c>, <c>trial</c>): <see cref="Interview.Answer(string, string?)"/>.</summary>
    public const string Choice = "choice";

    internal InterviewQuestion(
        string path, LocalizedText label, string kind, LocalizedText hint, ImmutableArray<string> choices, decimal? minimum, decimal? maximum,
        bool openList, bool takesLowerBound, string? state, string? known, ImmutableArray<string> decides, ImmutableArray<string> readBy)
    {
        Path = path;
        Label = label;
        Kind = kind;
        Hint = hint;
        Choices = choices;
        Minimum = minimum;
        Maximum = maximum;
        OpenList = openList;
        TakesLowerBound = takesLowerBound;
        State = state;
        Known = known;
        Decides = decides;
        ReadBy = readBy;
    }

    /// <summary>The JSON path of the fact asked for, e.g. <c>offences[0].committedIn</c>, <c>group.members</c>, <c>abroad[0].evidence</c>.</summary>
    public string Path { get; }

    /// <summary>The fact's label in English and Ukrainian (the labels reports use); a fact of an <c>abroad</c> entry names its State.</summary>
    public LocalizedText Label { get; }

    /// <summary>The kind of answer: <see cref="YesNo"/>, <see cref="Number"/>, <see cref="WholeNumber"/>, <see cref="States"/>, <see cref="Conduct"/>, <see cref="Partners"/> or <see cref="Choice"/>.</summary>
    public string Kind { get; }

    /// <summary>How to type an answer (the syntax of <see cref="Interview.TryAnswerText"/>), in English and Ukrainian.</summary>
    public LocalizedText Hint { get; }

    /// <summary>
    /// The names an answer may use: the values of a <see cref="Choice"/>, <c>life</c> for the maximum penalty, the aspects
    /// of <see cref="Conduct"/>, the partners of <see cref="Partners"/>; else empty.
    /// </summary>
    public ImmutableArray<string> Choices { get; }

    /// <summary>The least number accepted (<see cref="Number"/>, <see cref="WholeNumber"/>); else <see langword="null"/>.</summary>
    public decimal? Minimum { get; }

    /// <summary>The greatest number accepted; <see langword="null"/> when there is no limit or the kind is not a number.</summary>
    public decimal? Maximum { get; }

    /// <summary>Whether the list has an open-list marker (DESIGN §2.1): the answer may say "and at least one more" or "maybe more".</summary>
    public bool OpenList { get; }

    /// <summary>Whether the number may be answered as a lower bound only ("at least 5": <c>group.membersAtLeast</c>).</summary>
    public bool TakesLowerBound { get; }

    /// <summary>The foreign State a fact of an <c>abroad</c> entry is about; else <see langword="null"/>.</summary>
    public string? State { get; }

    /// <summary>What the case already holds at this path, in the answer syntax (<c>UA +</c> for an open list); <see langword="null"/> when nothing.</summary>
    public string? Known { get; }

    /// <summary>
    /// The open questions that one answer to this question alone can decide (found by trying the answers that matter on a
    /// copy of the case): the goal's, and declared questions that are part of it (<c>untoc.art3.2</c> on the way to
    /// <c>untoc.art3.1</c>); criterion ids, a route as <c>id@STATE</c> (<c>untoc.art18@PL</c>).
    /// </summary>
    public ImmutableArray<string> Decides { get; }

    /// <summary>The open questions of the goal that read this fact (it is among their missing facts), named as in <see cref="Decides"/>.</summary>
    public ImmutableArray<string> ReadBy { get; }

    /// <inheritdoc/>
    public override string ToString() => Path;
}
