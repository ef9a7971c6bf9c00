using System.Text.Json.Serialization;
using TransnationalRules.Logic;

namespace TransnationalRules.Json;

// The shapes of DESIGN §5 (full and summary), for the source-generated context and the JSON Schema. Classifications are written by
// ClassificationWriter, field for field in this order; a test checks that what it writes reads back into these types
// and writes out the same.

/// <summary>A classification as JSON (DESIGN §5).</summary>
internal sealed record ClassificationDocument(
    string CaseId,
    RuleSetDocument RuleSet,
    ClassificationDetail Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Outcome? Transnational,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Outcome? ConventionApplies,
    IReadOnlyList<string> CriteriaMet,
    IReadOnlyList<CriterionDocument> Criteria,
    IReadOnlyList<OffenceClassificationDocument> Offences,
    IReadOnlyList<CooperationDocument> Cooperation,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<DataGapDocument> DataGaps);

/// <summary>A gap in the data a cooperation channel is decided on (issue 19).</summary>
internal sealed record DataGapDocument(string State, string Table);

/// <summary>A classification at the summary level as JSON (DESIGN §5, "Detail levels"): outcomes only.</summary>
internal sealed record ClassificationSummaryDocument(
    string CaseId,
    RuleSetDocument RuleSet,
    ClassificationDetail Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Outcome? Transnational,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] Outcome? ConventionApplies,
    IReadOnlyList<string> CriteriaMet,
    IReadOnlyDictionary<string, Outcome> Outcomes,
    IReadOnlyList<OffenceSummaryDocument> Offences,
    IReadOnlyList<CooperationSummaryDocument> Cooperation,
    IReadOnlyList<string> MissingFacts,
    IReadOnlyList<DataGapDocument> DataGaps);

/// <summary>The offence-level outcomes of one offence, by criterion id.</summary>
internal sealed record OffenceSummaryDocument(string Id, IReadOnlyDictionary<string, Outcome> Outcomes);

/// <summary>The route outcomes for one foreign State of <c>abroad</c>, by criterion id.</summary>
internal sealed record CooperationSummaryDocument(string State, IReadOnlyDictionary<string, Outcome> Outcomes);

/// <summary>The rule set that produced a classification.</summary>
internal sealed record RuleSetDocument(string Id, string Version);

/// <summary>One criterion's result.</summary>
internal sealed record CriterionDocument(
    string Id,
    Outcome Outcome,
    TextDocument Title,
    string Citation,
    TextDocument Reason,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> MissingFacts);

/// <summary>A text in English and Ukrainian.</summary>
internal sealed record TextDocument(string En, string Uk);

/// <summary>The offence-level criteria of one offence.</summary>
internal sealed record OffenceClassificationDocument(string Id, IReadOnlyList<CriterionDocument> Criteria);

/// <summary>The cooperation routes for one foreign State of <c>abroad</c> (DESIGN §3.1).</summary>
internal sealed record CooperationDocument(string State, IReadOnlyList<CriterionDocument> Routes);

/// <summary>The line written for an invalid case (DESIGN §7).</summary>
internal sealed record ErrorLineDocument(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? CaseId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Source,
    IReadOnlyList<ErrorDocument> Errors);

/// <summary>One error of an invalid case.</summary>
internal sealed record ErrorDocument(string Path, string Code, string Message);
