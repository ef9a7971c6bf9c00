namespace TransnationalRules.Model;

/// <summary>
/// The size limits the property tables state (DESIGN §4), here so that the tables need nothing above the model; the
/// public constants are <c>Validation.CaseLimits</c>, which take their values from these.
/// </summary>
internal static class Limits
{
    public const int CaseIdLength = 128;
    public const int OffenceIdLength = 64;
    public const int TitleLength = 500;
    public const int NotesLength = 2000;
    public const int ReferenceLength = 200;
    public const int Offences = 1000;
    public const int ListEntries = 250;
    public const decimal MinPenaltyYears = 0m;
    public const decimal MaxPenaltyYears = 100m;
    public const int MinMembers = 1;
}
