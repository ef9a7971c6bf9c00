using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Classification;

/// <summary>Every criterion gives a reason for every outcome it can have, in English and in Ukrainian.</summary>
public class ReasonTests
{
    private static readonly CaseDescription AllMet = Some.Case(
            Some.Offence("thb", OffenceKind.TraffickingInPersons).Penalty(15).CommittedIn("MD", "UA").ConductIn("RO").EffectsIn("PL").WithGroup(),
            Some.Offence("drugs", OffenceKind.DrugTrafficking).Penalty(12).CommittedIn("UA").WithGroup())
        .With(Some.OrganisedGroup("MD", "UA", "RO"))
        .With(new CaseFacts
        {
            HarmThreatened = true, Damage = new() { Individuals = true, LegalEntities = true, State = true }, PublicOfficialsInvolved = true,
            CivilAssociationsOrMediaUsed = true, BusinessEntitiesUsed = true, ProceedsLaundered = true, GroupBeingFormed = true,
            SocialConditionsExploited = true, InternationalCooperation = [new() { Partner = CooperationPartner.State, State = "PL" }],
        })
        .Abroad(Some.ForeignAll("PL"));

    private static readonly CaseDescription AllNotMet = Some.Case(Some.Offence().Penalty(2).CommittedIn("UA").ConductIn().EffectsIn().WithGroup(false))
        .With(new CriminalGroup { Members = 2, ExistsForPeriodOfTime = false, Structured = false, ActsInConcert = false, AimsAtSeriousCrime = false, MaterialBenefit = false, ActiveIn = ["UA"] })
        .With(new CaseFacts
        {
            HarmThreatened = false, Damage = new() { Individuals = false, LegalEntities = false, State = false }, PublicOfficialsInvolved = false,
            CivilAssociationsOrMediaUsed = false, BusinessEntitiesUsed = false, ProceedsLaundered = false, GroupBeingFormed = false,
            SocialConditionsExploited = false, InternationalCooperation = [],
        })
        .Abroad(Some.ForeignAll("PL", false));

    private static readonly CaseDescription AllUnknown = Some.Case().Abroad(Some.Foreign("PL"));

    /// <summary>The case-level result of a criterion, or for a route its result for the case's first foreign State.</summary>
    private static CriterionResult Result(CaseClassification c, string id) =>
        c.Criteria.FirstOrDefault(r => r.Id == id) ?? c.Cooperation[0][id];

    /// <summary>Criteria read only the offence kind, which is always known.</summary>
    private static readonly string[] NeverUnknown = DesignIds.KindOnly;

    /// <summary>Channels that read only a table (issue 19): one State gives one outcome; tests/Channels covers all three.</summary>
    private static readonly string[] TableOnly = ["interpol.ncb", "coe.mla1959", "coe.jit2001"];

    public static IEnumerable<TestCaseData> Rows() =>
        from criterion in RuleSet.Default.Criteria
        from row in new[] { (Outcome.Met, AllMet), (Outcome.NotMet, AllNotMet), (Outcome.Unknown, AllUnknown) }
        where !(row.Item1 == Outcome.Unknown && NeverUnknown.Contains(criterion.Id)) && !TableOnly.Contains(criterion.Id)
        select new TestCaseData(criterion.Id, row.Item1, row.Item2).SetName($"{criterion.Id} {row.Item1} has reasons in both languages");

    [TestCaseSource(nameof(Rows))]
    public void Reason(string id, Outcome outcome, CaseDescription c)
    {
        var classification = Evaluate.Default.Classify(c);
        var results = new[] { Result(classification, id) }.Concat(classification.Offences.SelectMany(o => o.Criteria).Where(r => r.Id == id));
        Result(classification, id).Outcome.Should().Be(outcome);
        foreach (var r in results)
        {
            r.Reason.En.Should().NotBeNullOrWhiteSpace().And.NotContain("{").And.NotContain("—.");
            r.Reason.Uk.Should().NotBeNullOrWhiteSpace().And.NotContain("{");
            r.Reason.Uk.Should().MatchRegex("[А-Яа-яІіЇїЄєҐґ]", "the Ukrainian reason is in Ukrainian");
            r.Reason.En.Should().NotMatchRegex("[А-Яа-яІіЇїЄєҐґ]", "the English reason is in English");
            r.Title.En.Should().NotBeNullOrWhiteSpace();
            r.Title.Uk.Should().MatchRegex("[А-Яа-яІіЇїЄєҐґ]");
        }
    }

    [Test]
    public void Reasons_differ_by_outcome()
    {
        foreach (var criterion in RuleSet.Default.Criteria.Where(c => !NeverUnknown.Contains(c.Id) && !TableOnly.Contains(c.Id)))
        {
            var reasons = new[] { AllMet, AllNotMet, AllUnknown }.Select(c => Result(Evaluate.Default.Classify(c), criterion.Id).Reason.En).ToList();
            reasons.Should().OnlyHaveUniqueItems(criterion.Id);
        }
    }

    [Test]
    public void Reasons_name_states_in_the_readers_language()
    {
        var r = Evaluate.Default.Classify(AllMet).Offences[0].Criteria.Single(c => c.Id == "untoc.art3.2.a");
        r.Reason.En.Should().Be("Committed in Moldova and Ukraine: more than one State.");
        r.Reason.Uk.Should().Be("Вчинено в Молдові та Україні: більш ніж в одній державі.");
    }
}
