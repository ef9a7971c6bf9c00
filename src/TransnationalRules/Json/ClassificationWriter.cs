using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Json;

/// <summary>
/// Writes classifications (DESIGN §5) and error lines (DESIGN §7) straight to a <see cref="Utf8JsonWriter"/>, field by
/// field in the order of <see cref="ClassificationDocument"/> (the <c>full</c> level) or of
/// <see cref="ClassificationSummaryDocument"/> (the <c>summary</c> level, DESIGN §5 "Detail levels"); the <c>detail</c>
/// field after <c>ruleSet</c> says which: no reflection, no intermediate objects.
/// </summary>
/// <remarks>
/// Property names, outcomes and each criterion's id, title and citation are encoded once (per criterion, held while
/// the criterion lives) and copied as bytes; only reasons and paths are encoded per case.
/// </remarks>
internal static class ClassificationWriter
{
    /// <summary>
    /// The escaping of text the library writes: everything JSON requires, but not non-ASCII letters (Ukrainian stays
    /// readable) nor HTML-sensitive characters. The output is JSON, not HTML: embed it in a page only through an encoder.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonEncodedText CaseIdName = Name("caseId");
    private static readonly JsonEncodedText RuleSetName = Name("ruleSet");
    private static readonly JsonEncodedText IdName = Name("id");
    private static readonly JsonEncodedText VersionName = Name("version");
    private static readonly JsonEncodedText DetailName = Name("detail");
    private static readonly JsonEncodedText FullText = Name(JsonEnum<ClassificationDetail>.NameOf(ClassificationDetail.Full));
    private static readonly JsonEncodedText SummaryText = Name(JsonEnum<ClassificationDetail>.NameOf(ClassificationDetail.Summary));
    private static readonly JsonEncodedText TransnationalName = Name("transnational");
    private static readonly JsonEncodedText ConventionAppliesName = Name("conventionApplies");
    private static readonly JsonEncodedText CriteriaMetName = Name("criteriaMet");
    private static readonly JsonEncodedText CriteriaName = Name("criteria");
    private static readonly JsonEncodedText OffencesName = Name("offences");
    private static readonly JsonEncodedText MissingFactsName = Name("missingFacts");
    private static readonly JsonEncodedText OutcomesName = Name("outcomes");
    private static readonly JsonEncodedText CooperationName = Name("cooperation");
    private static readonly JsonEncodedText StateName = Name("state");
    private static readonly JsonEncodedText DataGapsName = Name("dataGaps");
    private static readonly JsonEncodedText TableName = Name("table");
    private static readonly JsonEncodedText RoutesName = Name("routes");
    private static readonly JsonEncodedText OutcomeName = Name("outcome");
    private static readonly JsonEncodedText TitleName = Name("title");
    private static readonly JsonEncodedText CitationName = Name("citation");
    private static readonly JsonEncodedText ReasonName = Name("reason");
    private static readonly JsonEncodedText EvidenceName = Name("evidence");
    private static readonly JsonEncodedText EnName = Name("en");
    private static readonly JsonEncodedText UkName = Name("uk");
    private static readonly JsonEncodedText SourceName = Name("source");
    private static readonly JsonEncodedText ErrorsName = Name("errors");
    private static readonly JsonEncodedText PathName = Name("path");
    private static readonly JsonEncodedText CodeName = Name("code");
    private static readonly JsonEncodedText MessageName = Name("message");
    private static readonly JsonEncodedText[] Outcomes = [.. JsonEnum<Outcome>.Names.Select(Name)];

    private static readonly ConditionalWeakTable<Criterion, EncodedCriterion> Encoded = new();
    private static readonly ConditionalWeakTable<Criterion, EncodedCriterion>.CreateValueCallback Encode =
        c => new EncodedCriterion(Name(c.Id), Name(c.Title.En), Name(c.Title.Uk), Name(c.Citation));


    public static void Write(Utf8JsonWriter writer, CaseClassification classification) => Write(writer, classification, ClassificationDetail.Full);

    /// <summary>
    /// Writes <paramref name="classification"/> at a level <see cref="CaseJson"/> has checked. One shape, two levels:
    /// <c>full</c> writes each criterion whole, <c>summary</c> its outcome keyed by id (DESIGN §5).
    /// </summary>
    public static void Write(Utf8JsonWriter writer, CaseClassification classification, ClassificationDetail detail)
    {
        var full = detail == ClassificationDetail.Full;
        writer.WriteStartObject();
        writer.WriteString(CaseIdName, classification.CaseId);
        writer.WriteStartObject(RuleSetName);
        writer.WriteString(IdName, classification.RuleSetId);
        writer.WriteString(VersionName, classification.RuleSetVersion);
        writer.WriteEndObject();

        // Which of the two shapes this is, so that a reader (or a generated client) needs no guess.
        writer.WriteString(DetailName, full ? FullText : SummaryText);
        WriteOutcome(writer, TransnationalName, classification.Transnational);
        WriteOutcome(writer, ConventionAppliesName, classification.ConventionApplies);
        WriteStrings(writer, CriteriaMetName, classification.CriteriaMet);
        WriteResults(writer, classification.Criteria, full);
        writer.WriteStartArray(OffencesName);
        foreach (var offence in classification.Offences)
        {
            writer.WriteStartObject();
            writer.WriteString(IdName, offence.Id);
            WriteResults(writer, offence.Criteria, full);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // DESIGN §5: one entry per `abroad` entry in input order; route outcomes appear only here.
        writer.WriteStartArray(CooperationName);
        foreach (var state in classification.Cooperation)
        {
            writer.WriteStartObject();
            writer.WriteString(StateName, state.State);
            if (full)
            {
                WriteCriteria(writer, RoutesName, state.Routes);
            }
            else
            {
                WriteOutcomes(writer, state.Routes);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, MissingFactsName, classification.MissingFacts);

        // Issue 19: the tables with no verified entry behind an unknown route, at both levels; not facts of the case.
        writer.WriteStartArray(DataGapsName);
        foreach (var gap in classification.DataGaps)
        {
            writer.WriteStartObject();
            writer.WriteString(StateName, gap.State);
            writer.WriteString(TableName, gap.Table);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter writer, ImmutableArray<CriterionResult> results, bool full)
    {
        if (full)
        {
            WriteCriteria(writer, CriteriaName, results);
        }
        else
        {
            WriteOutcomes(writer, results);
        }
    }

    public static void WriteErrors(Utf8JsonWriter writer, string? caseId, string? source, IEnumerable<CaseError> errors)
    {
        writer.WriteStartObject();
        writer.WriteString(CaseIdName, caseId);
        writer.WriteString(SourceName, source);
        writer.WriteStartArray(ErrorsName);
        foreach (var error in errors)
        {
            ArgumentNullException.ThrowIfNull(error, nameof(errors));
            writer.WriteStartObject();
            writer.WriteString(PathName, error.Path);
            writer.WriteString(CodeName, error.Code);
            writer.WriteString(MessageName, error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCriteria(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<CriterionResult> criteria)
    {
        writer.WriteStartArray(name);
        foreach (var result in criteria)
        {
            var encoded = Encoded.GetValue(result.Criterion, Encode);
            writer.WriteStartObject();
            writer.WriteString(IdName, encoded.Id);
            writer.WriteString(OutcomeName, OutcomeText(result.Outcome));
            writer.WriteStartObject(TitleName);
            writer.WriteString(EnName, encoded.TitleEn);
            writer.WriteString(UkName, encoded.TitleUk);
            writer.WriteEndObject();
            writer.WriteString(CitationName, encoded.Citation);
            writer.WriteStartObject(ReasonName);
            writer.WriteString(EnName, result.Reason.En);
            writer.WriteString(UkName, result.Reason.Uk);
            writer.WriteEndObject();
            WriteStrings(writer, EvidenceName, result.Evidence);
            WriteStrings(writer, MissingFactsName, result.MissingFacts);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOutcomes(Utf8JsonWriter writer, ImmutableArray<CriterionResult> criteria)
    {
        writer.WriteStartObject(OutcomesName);
        foreach (var result in criteria)
        {
            writer.WriteString(Encoded.GetValue(result.Criterion, Encode).Id, OutcomeText(result.Outcome));
        }

        writer.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter writer, JsonEncodedText name, Outcome? outcome)
    {
        if (outcome is Outcome value)
        {
            writer.WriteString(name, OutcomeText(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static JsonEncodedText OutcomeText(Outcome outcome) =>
        (uint)outcome < (uint)Outcomes.Length ? Outcomes[(int)outcome] : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome.");

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static JsonEncodedText Name(string text) => JsonEncodedText.Encode(text, Encoder);

    private sealed record EncodedCriterion(JsonEncodedText Id, JsonEncodedText TitleEn, JsonEncodedText TitleUk, JsonEncodedText Citation);
}
