using System.Collections.Frozen;

namespace TransnationalRules.Validation;

/// <summary>
/// The stable codes of <see cref="CaseError"/>: a public contract, like criterion ids. Codes never change; messages may.
/// </summary>
/// <remarks>
/// Every code names one kind of problem of DESIGN §4. Paths are JSON paths in the style of fact paths
/// (<c>offences[0].committedIn[1]</c>, <c>group.activeIn</c>); the empty path <c>""</c> is the document itself.
/// </remarks>
public static class ErrorCodes
{
    /// <summary>
    /// <c>invalidJson</c>: the input is not well-formed JSON: empty, truncated, a syntax error, content after the case,
    /// or invalid UTF-8. Reported at the path being read when the problem was found (<c>""</c> at the document level).
    /// Reading stops there: problems further on are not reported.
    /// </summary>
    public const string InvalidJson = "invalidJson";

    /// <summary>
    /// <c>tooDeep</c>: JSON nested deeper than 32 levels (the case object is level 1). Reading stops there.
    /// </summary>
    public const string TooDeep = "tooDeep";

    /// <summary>
    /// <c>wrongType</c>: a value of the wrong JSON type, e.g. a number for <c>caseId</c>, a string for <c>committedIn</c>,
    /// a case that is not an object, or a non-integer <c>members</c>.
    /// </summary>
    public const string WrongType = "wrongType";

    /// <summary><c>unknownProperty</c>: a property the schema does not define, at any level.</summary>
    public const string UnknownProperty = "unknownProperty";

    /// <summary><c>duplicateProperty</c>: the same property twice in one object.</summary>
    public const string DuplicateProperty = "duplicateProperty";

    /// <summary>
    /// <c>required</c>: a required property (<c>caseId</c>, <c>offences</c>, offence <c>id</c> and <c>kind</c>, conduct
    /// <c>state</c> and <c>aspect</c>, cooperation <c>partner</c>, <c>abroad</c> <c>state</c>) is absent or <c>null</c>.
    /// </summary>
    public const string Required = "required";

    /// <summary><c>nullNotAllowed</c>: <c>null</c> where it is not allowed: <c>lifeImprisonment</c> or a list element.</summary>
    public const string NullNotAllowed = "nullNotAllowed";

    /// <summary>
    /// <c>empty</c>: a list that must hold at least one entry is empty (<c>offences</c>, <c>committedIn</c>,
    /// <c>group.activeIn</c>), or <c>caseId</c> or an offence <c>id</c> is empty or white space.
    /// </summary>
    public const string Empty = "empty";

    /// <summary>
    /// <c>tooLong</c>: a string over its limit (UTF-16 code units): <c>caseId</c> 128, offence <c>id</c> 64,
    /// <c>title</c> 500, <c>notes</c> 2,000, legal basis <c>reference</c> 200. At <c>""</c>: the whole input is over a
    /// reader's limit (a stream of 1 GiB or more for <c>Json.CaseJson.Read(Stream)</c>; a line over 64 MiB
    /// for the command line) and was not parsed.
    /// </summary>
    public const string TooLong = "tooLong";

    /// <summary><c>tooMany</c>: more than 1,000 offences, or more than 250 entries in any other list (duplicates counted).</summary>
    public const string TooMany = "tooMany";

    /// <summary>
    /// <c>outOfRange</c>: a number outside its range: <c>maximumPenaltyYears</c> 0–100, <c>members</c> at least 1 (and at
    /// most 2,147,483,647).
    /// </summary>
    public const string OutOfRange = "outOfRange";

    /// <summary><c>unknownValue</c>: a <c>kind</c>, <c>aspect</c>, <c>partner</c>, <c>stage</c> or list marker (<c>committedInOthers</c>, …) that is not one of the listed names.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>
    /// <c>invalidStateCode</c>: a state that is not an upper-case ISO 3166-1 alpha-2 assigned code or <c>XK</c>
    /// (lower case, reserved and unassigned codes are invalid; the United Kingdom is <c>GB</c>).
    /// </summary>
    public const string InvalidStateCode = "invalidStateCode";

    /// <summary><c>duplicateId</c>: an offence id used by an earlier offence of the case (reported at the later one).</summary>
    public const string DuplicateId = "duplicateId";

    /// <summary><c>stateRequired</c>: a cooperation entry with partner <c>state</c> names no <c>state</c>.</summary>
    public const string StateRequired = "stateRequired";

    /// <summary>
    /// <c>notInActiveIn</c>: a state where an offence with <c>involvesGroup: true</c> was committed is missing from a
    /// present <c>group.activeIn</c> (reported at <c>group.activeIn</c>).
    /// </summary>
    public const string NotInActiveIn = "notInActiveIn";

    /// <summary>
    /// <c>applyingState</c>: an <c>abroad</c> entry names <c>UA</c>, the State applying the classification, which cannot
    /// be a foreign State a request is addressed to (reported at <c>abroad[i].state</c>).
    /// </summary>
    public const string ApplyingState = "applyingState";

    /// <summary>
    /// <c>duplicate</c>: an <c>abroad</c> entry names a State an earlier entry names, a territory counting as the State
    /// that holds it (<c>HK</c> after <c>CN</c>; reported at the later one, <c>abroad[i].state</c>).
    /// </summary>
    public const string Duplicate = "duplicate";

    /// <summary>
    /// <c>notAState</c>: a valid ISO 3166-1 code that is no State and no territory of one, used as a place: <c>AQ</c>
    /// (Antarctica) (DESIGN §2.2); reported at the entry.
    /// </summary>
    public const string NotAState = "notAState";

    /// <summary>
    /// <c>othersWithoutList</c>: a list marker (<c>committedInOthers</c>, <c>substantialConductOthers</c>,
    /// <c>substantialEffectsInOthers</c>, <c>group.activeInOthers</c>) beside an absent or <c>null</c> list (DESIGN §2.1);
    /// reported at the marker.
    /// </summary>
    public const string OthersWithoutList = "othersWithoutList";

    /// <summary><c>conflict</c>: <c>group.members</c> is below <c>group.membersAtLeast</c> (reported at <c>group.membersAtLeast</c>).</summary>
    public const string Conflict = "conflict";

    /// <summary>
    /// <c>tooManyErrors</c>: the input has more problems than are reported (at most 1,000 are); this one closes the list.
    /// Reading stops there, and <c>caseId</c> is known only when it came before.
    /// </summary>
    public const string TooManyErrors = "tooManyErrors";

    /// <summary>Every code above.</summary>
    public static IReadOnlySet<string> All { get; } = FrozenSet.Create(StringComparer.Ordinal,
        InvalidJson, TooDeep, WrongType, UnknownProperty, DuplicateProperty, Required, NullNotAllowed, Empty, TooLong,
        TooMany, OutOfRange, UnknownValue, InvalidStateCode, DuplicateId, StateRequired, NotInActiveIn, ApplyingState, Duplicate, NotAState, OthersWithoutList, Conflict, TooManyErrors);
}
