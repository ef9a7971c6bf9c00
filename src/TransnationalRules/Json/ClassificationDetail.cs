namespace TransnationalRules.Json;

/// <summary>How much of a classification <see cref="CaseJson.WriteClassification(Classification.CaseClassification, ClassificationDetail)"/> writes (DESIGN §5, "Detail levels").</summary>
public enum ClassificationDetail
{
    /// <summary>
    /// Every criterion with its outcome, title, citation, reason, evidence and missing facts (<c>"detail": "full"</c>), at case level and per
    /// offence and per route of each foreign State of <c>abroad</c> (<c>cooperation</c>), then the ranked missing facts
    /// of the case: the default.
    /// </summary>
    Full = 0,

    /// <summary>
    /// Outcomes only, for systems that store them: <c>caseId</c>, <c>ruleSet</c>, <c>detail</c> (<c>"summary"</c>), <c>transnational</c>,
    /// <c>conventionApplies</c>, <c>criteriaMet</c>, <c>outcomes</c> (id to outcome, in the order of <see cref="Full"/>),
    /// <c>offences</c> (each <c>id</c> and <c>outcomes</c>), <c>cooperation</c> (each <c>state</c> and its routes'
    /// <c>outcomes</c>) and the case's ranked <c>missingFacts</c>; no titles,
    /// citations, reasons, evidence or per-criterion missing facts.
    /// </summary>
    Summary = 1,
}
