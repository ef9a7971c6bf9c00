namespace TransnationalRules.Model;

/// <summary>
/// The stage of the proceedings in Ukraine (DESIGN §4 <c>stage</c>): it decides which central authority a request for
/// mutual legal assistance goes through under Ukraine's declaration to UNTOC art. 18(13).
/// </summary>
public enum CaseStage
{
    /// <summary>The pre-trial investigation (<c>pretrial</c>).</summary>
    Pretrial = 0,

    /// <summary>The trial: judicial proceedings and decisions (<c>trial</c>).</summary>
    Trial = 1,
}
