namespace TransnationalRules;

/// <summary>
/// The stable ids of the criteria of <see cref="Classification.RuleSet.Default"/> (DESIGN §3, and the cooperation routes of §3.1), for systems that store
/// or look up outcomes. Each id is defined in its criterion's own file, beside the law it encodes.
/// </summary>
internal static class CriterionIds
{
    /// <summary><c>untoc.art2.a</c>: the group is an organised criminal group.</summary>
    public const string OrganisedCriminalGroup = Untoc.OrganisedCriminalGroup.Id;

    /// <summary><c>untoc.art2.b</c>: the offence is a serious crime.</summary>
    public const string SeriousCrime = Untoc.SeriousCrime.Id;

    /// <summary><c>untoc.art3.2.a</c>: committed in more than one State.</summary>
    public const string CommittedInMoreThanOneState = Untoc.CommittedInMoreThanOneState.Id;

    /// <summary><c>untoc.art3.2.b</c>: substantial preparation, planning, direction or control in another State.</summary>
    public const string SubstantialConductInAnotherState = Untoc.SubstantialConductInAnotherState.Id;

    /// <summary><c>untoc.art3.2.c</c>: involves an organised criminal group active in more than one State.</summary>
    public const string GroupActiveInMoreThanOneState = Untoc.GroupActiveInMoreThanOneState.Id;

    /// <summary><c>untoc.art3.2.d</c>: substantial effects in another State.</summary>
    public const string SubstantialEffectsInAnotherState = Untoc.SubstantialEffectsInAnotherState.Id;

    /// <summary><c>untoc.art3.2</c>: transnational in nature.</summary>
    public const string TransnationalInNature = Untoc.TransnationalInNature.Id;

    /// <summary><c>untoc.art3.1.offence</c>: an offence established by the Convention or a Protocol.</summary>
    public const string ConventionOffence = Untoc.ConventionOffence.Id;

    /// <summary><c>untoc.art3.1.group</c>: involves an organised criminal group.</summary>
    public const string InvolvesOrganisedCriminalGroup = Untoc.InvolvesOrganisedCriminalGroup.Id;

    /// <summary><c>untoc.art3.1</c>: the Convention applies.</summary>
    public const string ConventionApplies = Untoc.ConventionApplies.Id;

    /// <summary><c>ua.oc1993.framework-and-cooperation</c>.</summary>
    public const string FrameworkAndCooperation = Ukraine.FrameworkAndCooperation.Id;

    /// <summary><c>ua.oc1993.root-causes</c>.</summary>
    public const string RootCauses = Ukraine.RootCauses.Id;

    /// <summary><c>ua.oc1993.harm-prevention</c>.</summary>
    public const string HarmPrevention = Ukraine.HarmPrevention.Id;

    /// <summary><c>ua.oc1993.group-emergence-prevention</c>.</summary>
    public const string GroupEmergencePrevention = Ukraine.GroupEmergencePrevention.Id;

    /// <summary><c>ua.oc1993.detection-and-prosecution</c>.</summary>
    public const string DetectionAndProsecution = Ukraine.DetectionAndProsecution.Id;

    /// <summary><c>ua.oc1993.compensation</c>.</summary>
    public const string Compensation = Ukraine.Compensation.Id;

    /// <summary><c>ua.oc1993.anti-corruption</c>.</summary>
    public const string AntiCorruption = Ukraine.AntiCorruption.Id;

    /// <summary><c>ua.oc1993.civil-society-and-media</c>.</summary>
    public const string CivilSocietyAndMedia = Ukraine.CivilSocietyAndMedia.Id;

    /// <summary><c>ua.oc1993.money-laundering-and-business</c>.</summary>
    public const string MoneyLaunderingAndBusiness = Ukraine.MoneyLaunderingAndBusiness.Id;

    /// <summary><c>ua.thb2011</c>.</summary>
    public const string TraffickingInHumanBeings = Ukraine.TraffickingInHumanBeings.Id;

    /// <summary><c>ua.drugs1995</c>.</summary>
    public const string DrugTrafficking = Ukraine.DrugTrafficking.Id;

    /// <summary><c>untoc.art27</c>: law-enforcement cooperation with a foreign State, the Convention as its basis (a route, per <c>abroad</c> entry).</summary>
    public const string LawEnforcementCooperation = Untoc.LawEnforcementCooperation.Id;

    /// <summary><c>untoc.art18</c>: mutual legal assistance from a foreign State (a route, per <c>abroad</c> entry).</summary>
    public const string MutualLegalAssistance = Untoc.MutualLegalAssistance.Id;

    /// <summary><c>untoc.art16</c>: extradition of a person located in a foreign State (a route, per <c>abroad</c> entry).</summary>
    public const string Extradition = Untoc.Extradition.Id;

    /// <summary><c>untoc.art13</c>: confiscation of proceeds located in a foreign State (a route, per <c>abroad</c> entry).</summary>
    public const string Confiscation = Untoc.Confiscation.Id;

    /// <summary><c>untoc.art19</c>: a joint investigation with a foreign State (a route, per <c>abroad</c> entry).</summary>
    public const string JointInvestigation = Untoc.JointInvestigation.Id;

    /// <summary><c>interpol.ncb</c>: police information exchange through Interpol's National Central Bureaus (a channel, per <c>abroad</c> entry).</summary>
    public const string InterpolNationalCentralBureaus = Interpol.NationalCentralBureaus.Id;

    /// <summary><c>europol</c>: operational exchange through Europol (a channel, per <c>abroad</c> entry).</summary>
    public const string Europol = EuropeanUnion.Europol.Id;

    /// <summary><c>eurojust</c>: judicial coordination through Eurojust (a channel, per <c>abroad</c> entry).</summary>
    public const string Eurojust = EuropeanUnion.Eurojust.Id;

    /// <summary><c>coe.mla1959</c>: mutual assistance under the European Convention on Mutual Assistance in Criminal Matters, ETS No. 030 (a channel, per <c>abroad</c> entry).</summary>
    public const string MutualAssistance1959 = CouncilOfEurope.MutualAssistance1959.Id;

    /// <summary><c>coe.extradition1957</c>: extradition under the European Convention on Extradition, ETS No. 024 (a channel, per <c>abroad</c> entry).</summary>
    public const string Extradition1957 = CouncilOfEurope.Extradition1957.Id;

    /// <summary><c>coe.jit2001</c>: a joint investigation team under ETS No. 182 art. 20 (a channel, per <c>abroad</c> entry).</summary>
    public const string JointInvestigationTeams2001 = CouncilOfEurope.JointInvestigationTeams2001.Id;
}
