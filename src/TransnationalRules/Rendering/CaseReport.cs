using System.Collections.Immutable;
using TransnationalRules.Logic;

namespace TransnationalRules.Rendering;

/// <summary>
/// One case as a report shows it, in one language and no format: what the text, Markdown and HTML emitters write.
/// Every text is plain (emitters escape); every fact is a <see cref="FactItem"/> built from its <see cref="FactPath"/>.
/// </summary>
/// <param name="Id">The case's id.</param>
/// <param name="Title">"Case X — title".</param>
/// <param name="Transnational">The headline of art. 3(2) (the rule set's transnational question).</param>
/// <param name="ConventionApplies">The headline of art. 3(1) (the rule set's "Convention applies" question).</param>
/// <param name="AreasEngaged">The titles of the rule set's areas that are met.</param>
/// <param name="AreasOpen">The titles of the rule set's areas still unknown.</param>
/// <param name="Criteria">Every case-level criterion of the set, in set order.</param>
/// <param name="Offences">The headline outcomes per offence; empty for a case of one offence.</param>
/// <param name="Cooperation">Per foreign State of <c>abroad</c>, its routes: every state-level criterion of the set.</param>
/// <param name="CriteriaMet">The ids of the criteria met.</param>
/// <param name="AskFirst">The facts to ask for first, ranked.</param>
/// <param name="Parts">Further per-case parts, after "ask first", each under its heading (none yet).</param>
internal sealed record CaseReport(
    string Id,
    string Title,
    HeadlineItem Transnational,
    HeadlineItem ConventionApplies,
    ImmutableArray<string> AreasEngaged,
    ImmutableArray<string> AreasOpen,
    ImmutableArray<CriterionItem> Criteria,
    ImmutableArray<OffenceItem> Offences,
    ImmutableArray<StateItem> Cooperation,
    ImmutableArray<string> CriteriaMet,
    ImmutableArray<FactItem> AskFirst,
    ImmutableArray<ReportPart> Parts);

/// <summary>A fact to establish: its label in the reader's language (naming its State for a fact of an <c>abroad</c> entry), and its path.</summary>
/// <param name="Label">The label, or <see langword="null"/> for a fact no table labels.</param>
/// <param name="Path">The JSON path, shown beside the label for systems (DESIGN §8).</param>
internal sealed record FactItem(string? Label, string Path);

/// <summary>A headline question: its outcome, a one-line reason and, when unknown, the first fact to ask for (DESIGN §8).</summary>
/// <param name="Title">The question.</param>
/// <param name="Outcome">The outcome, or <see langword="null"/> when the rule set has no such question.</param>
/// <param name="Reason">The one-line reason, not repeating the outcome word; <see langword="null"/> without a criterion.</param>
/// <param name="AskFirst">The first fact to ask for, or <see langword="null"/>.</param>
internal sealed record HeadlineItem(string Title, Outcome? Outcome, string? Reason, FactItem? AskFirst);

/// <summary>A criterion or a route with its outcome, reason, citation, provision, missing facts and tree.</summary>
/// <param name="Id">The criterion's id.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Title">The title.</param>
/// <param name="Citation">The citation in the reader's language.</param>
/// <param name="Reason">The reason.</param>
/// <param name="Provision">The quoted provision in the reader's language (a Ukrainian translation says so), or <see langword="null"/>.</param>
/// <param name="Missing">The facts that could still change an unknown outcome.</param>
/// <param name="IsArea">Whether the rule set summarises it as an area engaged or open.</param>
/// <param name="Tree">The criterion's evaluation as labelled nodes (built when an emitter asks).</param>
internal sealed record CriterionItem(
    string Id,
    Outcome Outcome,
    string Title,
    string Citation,
    string Reason,
    string? Provision,
    ImmutableArray<FactItem> Missing,
    bool IsArea,
    Lazy<IReadOnlyList<TreeNode>> Tree);

/// <summary>One offence's headline outcomes, for a case of several offences.</summary>
/// <param name="Id">The offence's id.</param>
/// <param name="Transnational">Its transnational outcome, or <see langword="null"/>.</param>
/// <param name="ConventionApplies">Whether the Convention applies to it, or <see langword="null"/>.</param>
internal sealed record OffenceItem(string Id, Outcome? Transnational, Outcome? ConventionApplies);

/// <summary>A foreign State and its cooperation routes.</summary>
/// <param name="Code">The State's code.</param>
/// <param name="Title">"Poland (PL)".</param>
/// <param name="Open">The routes open (met), in set order.</param>
/// <param name="Routes">Every route: the open ones first, then those still to decide, then those not open; set order within each.</param>
internal sealed record StateItem(string Code, string Title, ImmutableArray<CriterionItem> Open, ImmutableArray<CriterionItem> Routes);

/// <summary>A further part of a case's report (e.g. the data gaps of a case): a heading and its lines.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Lines">The lines.</param>
internal sealed record ReportPart(string Heading, ImmutableArray<PartLine> Lines);

/// <summary>A line of a <see cref="ReportPart"/>: a text and the facts it names.</summary>
/// <param name="Text">The text.</param>
/// <param name="Facts">The facts it names, shown by label and path.</param>
internal sealed record PartLine(string Text, ImmutableArray<FactItem> Facts);
