namespace TransnationalRules.Interviews;

/// <summary>What an <see cref="Interview"/> sets out to decide: which of the rule set's questions it asks facts for.</summary>
public enum InterviewGoal
{
    /// <summary>The set's transnational headline (<c>untoc.art3.2</c> in the default set): is the case transnational in nature?</summary>
    Transnational = 0,

    /// <summary>The set's Convention headline (<c>untoc.art3.1</c> in the default set): does the Convention apply?</summary>
    ConventionApplies = 1,

    /// <summary>
    /// Every cooperation route (every state-level criterion of the set) for every foreign State of <c>abroad</c>; when
    /// <c>abroad</c> is not stated, the interview first asks which foreign States a request could be addressed to.
    /// </summary>
    Routes = 2,

    /// <summary>Every question the set declares (DESIGN §5: the headlines, the routes per foreign State, the Ukrainian areas).</summary>
    All = 3,
}
