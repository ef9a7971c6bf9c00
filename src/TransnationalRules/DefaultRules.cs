using System.Collections.Immutable;
using TransnationalRules.Classification;
using TransnationalRules.CouncilOfEurope;
using TransnationalRules.EuropeanUnion;
using TransnationalRules.Interpol;
using TransnationalRules.Ukraine;
using TransnationalRules.Untoc;

namespace TransnationalRules;

/// <summary>The content of <see cref="RuleSet.Default"/>: the criteria of DESIGN §3 and the routes of §3.1 and the channels of issue 19 in their order, and what the set declares of them.</summary>
internal static class DefaultRules
{
    /// <summary>The Ukrainian legal areas (DESIGN §3, the <c>ua.*</c> rows), which reports summarise as areas engaged or open.</summary>
    private static readonly ImmutableArray<string> UkrainianAreas =
    [
        FrameworkAndCooperation.Id,
        RootCauses.Id,
        HarmPrevention.Id,
        GroupEmergencePrevention.Id,
        DetectionAndProsecution.Id,
        Compensation.Id,
        AntiCorruption.Id,
        CivilSocietyAndMedia.Id,
        MoneyLaunderingAndBusiness.Id,
        TraffickingInHumanBeings.Id,
        DrugTrafficking.Id,
    ];

    /// <summary>The cooperation routes (DESIGN §3.1), in its table's order: criteria of the state scope, and questions.</summary>
    private static readonly ImmutableArray<string> Routes =
    [
        LawEnforcementCooperation.Id,
        MutualLegalAssistance.Id,
        Extradition.Id,
        Confiscation.Id,
        JointInvestigation.Id,
        NationalCentralBureaus.Id,
        Europol.Id,
        Eurojust.Id,
        MutualAssistance1959.Id,
        Extradition1957.Id,
        JointInvestigationTeams2001.Id,
    ];

    public static RuleSet Set { get; } = RuleSet.Create("default", "1.0.0",
        [
            OrganisedCriminalGroup.Criterion,
            SeriousCrime.Criterion,
            CommittedInMoreThanOneState.Criterion,
            SubstantialConductInAnotherState.Criterion,
            GroupActiveInMoreThanOneState.Criterion,
            SubstantialEffectsInAnotherState.Criterion,
            TransnationalInNature.Criterion,
            ConventionOffence.Criterion,
            InvolvesOrganisedCriminalGroup.Criterion,
            ConventionApplies.Criterion,
            FrameworkAndCooperation.Criterion,
            RootCauses.Criterion,
            HarmPrevention.Criterion,
            GroupEmergencePrevention.Criterion,
            DetectionAndProsecution.Criterion,
            Compensation.Criterion,
            AntiCorruption.Criterion,
            CivilSocietyAndMedia.Criterion,
            MoneyLaunderingAndBusiness.Criterion,
            TraffickingInHumanBeings.Criterion,
            DrugTrafficking.Criterion,
            LawEnforcementCooperation.Criterion,
            MutualLegalAssistance.Criterion,
            Extradition.Criterion,
            Confiscation.Criterion,
            JointInvestigation.Criterion,
            NationalCentralBureaus.Criterion,
            Europol.Criterion,
            Eurojust.Criterion,
            MutualAssistance1959.Criterion,
            Extradition1957.Criterion,
            JointInvestigationTeams2001.Criterion,
        ])
        .WithHeadlines(TransnationalInNature.Id, ConventionApplies.Id)
        .WithQuestions([TransnationalInNature.Id, ConventionApplies.Id, .. UkrainianAreas, .. Routes])
        .WithAreas(UkrainianAreas);
}
