using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>The size limits of a case description (DESIGN §4). Lengths are in UTF-16 code units; list limits count raw entries.</summary>
internal static class CaseLimits
{
    /// <summary>The longest <c>caseId</c>: 128.</summary>
    public const int CaseIdLength = Limits.CaseIdLength;

    /// <summary>The longest offence <c>id</c>: 64.</summary>
    public const int OffenceIdLength = Limits.OffenceIdLength;

    /// <summary>The longest <c>title</c>: 500.</summary>
    public const int TitleLength = Limits.TitleLength;

    /// <summary>The longest <c>notes</c>: 2,000.</summary>
    public const int NotesLength = Limits.NotesLength;

    /// <summary>The longest legal basis <c>reference</c>: 200.</summary>
    public const int ReferenceLength = Limits.ReferenceLength;

    /// <summary>The most offences in a case: 1,000.</summary>
    public const int Offences = Limits.Offences;

    /// <summary>The most entries in any other list: 250.</summary>
    public const int ListEntries = Limits.ListEntries;

    /// <summary>The deepest nesting of the JSON: 32 levels, the case object being level 1.</summary>
    public const int Depth = 32;

    /// <summary>The least <c>maximumPenaltyYears</c>: 0.</summary>
    public const decimal MinPenaltyYears = Limits.MinPenaltyYears;

    /// <summary>The greatest <c>maximumPenaltyYears</c>: 100.</summary>
    public const decimal MaxPenaltyYears = Limits.MaxPenaltyYears;

    /// <summary>The least <c>members</c>: 1.</summary>
    public const int MinMembers = Limits.MinMembers;

    /// <summary>The most errors reported for one input: 1,000 (then one <see cref="ErrorCodes.TooManyErrors"/>).</summary>
    public const int Errors = 1000;
}
