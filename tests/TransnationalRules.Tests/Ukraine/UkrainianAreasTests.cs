using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using static TransnationalRules.Tests.Support.Evaluate;

namespace TransnationalRules.Tests.Ukraine;

public class UkrainianAreasTests
{
    private static CaseDescription WithFacts(CaseFacts? facts, params Offence[] offences) => Some.Case(offences).With(facts);

    private static readonly Damage NoDamage = new() { Individuals = false, LegalEntities = false, State = false };

    public static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Row(string id, CaseDescription c, Outcome outcome, string[] paths, string name) =>
            new TestCaseData(id, c, outcome, paths).SetName($"{id}: {name}");

        // item 1: AnyOf(untoc.art3.2, internationalCooperation ≥ 1)
        const string framework = "ua.oc1993.framework-and-cooperation";
        yield return Row(framework, WithFacts(new() { InternationalCooperation = [new() { Partner = CooperationPartner.Europol }] }, Some.Offence().CommittedIn("UA").ConductIn().EffectsIn().WithGroup(false)),
            Outcome.Met, ["facts.internationalCooperation[0]"], "met by cooperation with Europol");
        yield return Row(framework, WithFacts(null, Some.Offence().CommittedIn("UA", "PL")),
            Outcome.Met, ["offences[0].committedIn[0]", "offences[0].committedIn[1]"], "met by a transnational offence");
        yield return Row(framework, WithFacts(new() { InternationalCooperation = [] }, Some.Offence().CommittedIn("UA").ConductIn().EffectsIn().WithGroup(false)),
            Outcome.NotMet, ["offences[0].committedIn[0]", "offences[0].substantialConduct", "offences[0].substantialEffectsIn", "offences[0].involvesGroup", "facts.internationalCooperation"], "not met: domestic, no cooperation");
        yield return Row(framework, WithFacts(null, Some.Offence().CommittedIn("UA").ConductIn().EffectsIn().WithGroup(false)),
            Outcome.Unknown, ["facts.internationalCooperation"], "unknown cooperation");

        // item 2
        const string roots = "ua.oc1993.root-causes";
        yield return Row(roots, WithFacts(new() { SocialConditionsExploited = true }), Outcome.Met, ["facts.socialConditionsExploited"], "met");
        yield return Row(roots, WithFacts(new() { SocialConditionsExploited = false }), Outcome.NotMet, ["facts.socialConditionsExploited"], "not met");
        yield return Row(roots, WithFacts(null), Outcome.Unknown, ["facts.socialConditionsExploited"], "unknown without facts");

        // item 3
        const string harm = "ua.oc1993.harm-prevention";
        yield return Row(harm, WithFacts(new() { HarmThreatened = false, Damage = NoDamage with { State = true } }), Outcome.Met, ["facts.damage.state"], "met by damage to the state");
        yield return Row(harm, WithFacts(new() { HarmThreatened = false, Damage = NoDamage }), Outcome.NotMet,
            ["facts.harmThreatened", "facts.damage.individuals", "facts.damage.legalEntities", "facts.damage.state"], "not met");
        yield return Row(harm, WithFacts(new() { HarmThreatened = false }), Outcome.Unknown,
            ["facts.damage.individuals", "facts.damage.legalEntities", "facts.damage.state"], "unknown damage");

        // item 4
        const string emergence = "ua.oc1993.group-emergence-prevention";
        yield return Row(emergence, WithFacts(new() { GroupBeingFormed = true }), Outcome.Met, ["facts.groupBeingFormed"], "met");
        yield return Row(emergence, WithFacts(new() { GroupBeingFormed = false }), Outcome.NotMet, ["facts.groupBeingFormed"], "not met");
        yield return Row(emergence, WithFacts(new()), Outcome.Unknown, ["facts.groupBeingFormed"], "unknown");

        // item 5: AnyOf over offences of untoc.art3.1.group
        const string detection = "ua.oc1993.detection-and-prosecution";
        yield return Row(detection, WithFacts(null, Some.Offence("a").WithGroup(false), Some.Offence("b").WithGroup()).With(Some.OrganisedGroup()), Outcome.Met,
            ["offences[1].involvesGroup", "group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert", "group.aimsAtSeriousCrime", "group.materialBenefit"], "met by the second offence");
        yield return Row(detection, WithFacts(null, Some.Offence().WithGroup(false)), Outcome.NotMet, ["offences[0].involvesGroup"], "not met");
        yield return Row(detection, WithFacts(null, Some.Offence().WithGroup()).With(Some.OrganisedGroup() with { Structured = null }), Outcome.Unknown, ["group.structured"], "unknown structure");

        // item 6
        const string compensation = "ua.oc1993.compensation";
        yield return Row(compensation, WithFacts(new() { Damage = NoDamage with { Individuals = true } }), Outcome.Met, ["facts.damage.individuals"], "met");
        yield return Row(compensation, WithFacts(new() { HarmThreatened = true, Damage = NoDamage }), Outcome.NotMet,
            ["facts.damage.individuals", "facts.damage.legalEntities", "facts.damage.state"], "not met: threatened harm is not damage");
        yield return Row(compensation, WithFacts(new() { Damage = new() { Individuals = false } }), Outcome.Unknown,
            ["facts.damage.legalEntities", "facts.damage.state"], "unknown");

        // item 7
        const string corruption = "ua.oc1993.anti-corruption";
        yield return Row(corruption, WithFacts(new() { PublicOfficialsInvolved = false }, Some.Offence(), Some.Offence("b", OffenceKind.OtherCorruption)), Outcome.Met,
            ["offences[1].kind"], "met by an other-corruption offence");
        yield return Row(corruption, WithFacts(new() { PublicOfficialsInvolved = false }), Outcome.NotMet, ["offences[0].kind", "facts.publicOfficialsInvolved"], "not met");
        yield return Row(corruption, WithFacts(null), Outcome.Unknown, ["facts.publicOfficialsInvolved"], "unknown");

        // item 8
        const string civil = "ua.oc1993.civil-society-and-media";
        yield return Row(civil, WithFacts(new() { CivilAssociationsOrMediaUsed = true }), Outcome.Met, ["facts.civilAssociationsOrMediaUsed"], "met");
        yield return Row(civil, WithFacts(new() { CivilAssociationsOrMediaUsed = false }), Outcome.NotMet, ["facts.civilAssociationsOrMediaUsed"], "not met");
        yield return Row(civil, WithFacts(null), Outcome.Unknown, ["facts.civilAssociationsOrMediaUsed"], "unknown");

        // item 9
        const string laundering = "ua.oc1993.money-laundering-and-business";
        yield return Row(laundering, WithFacts(new() { ProceedsLaundered = null, BusinessEntitiesUsed = null }, Some.Offence(kind: OffenceKind.MoneyLaundering)), Outcome.Met,
            ["offences[0].kind"], "met by a money-laundering offence despite unknown facts");
        yield return Row(laundering, WithFacts(new() { ProceedsLaundered = false, BusinessEntitiesUsed = false }), Outcome.NotMet,
            ["offences[0].kind", "facts.businessEntitiesUsed", "facts.proceedsLaundered"], "not met");
        yield return Row(laundering, WithFacts(new() { ProceedsLaundered = false }), Outcome.Unknown, ["facts.businessEntitiesUsed"], "unknown");

        // trafficking and drugs laws: the kind is always known, so never unknown
        yield return Row("ua.thb2011", WithFacts(null, Some.Offence(kind: OffenceKind.TraffickingInPersons)), Outcome.Met, ["offences[0].kind"], "met");
        yield return Row("ua.thb2011", WithFacts(null, Some.Offence(kind: OffenceKind.SmugglingOfMigrants)), Outcome.NotMet, ["offences[0].kind"], "not met for smuggling");
        yield return Row("ua.drugs1995", WithFacts(null, Some.Offence(), Some.Offence("d", OffenceKind.DrugTrafficking)), Outcome.Met, ["offences[1].kind"], "met");
        yield return Row("ua.drugs1995", WithFacts(null, Some.Offence()), Outcome.NotMet, ["offences[0].kind"], "not met");
    }

    [TestCaseSource(nameof(Cases))]
    public void Area_outcome_and_why(string id, CaseDescription c, Outcome outcome, string[] paths)
    {
        var r = CaseLevel(c, id);
        if (outcome == Outcome.Unknown)
        {
            r.ShouldBe(outcome, missing: paths);
        }
        else
        {
            r.ShouldBe(outcome, evidence: paths);
        }

        r.Citation.Should().StartWith("Law of Ukraine No.");
        r.Title.Uk.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public void The_nine_art_6_areas_cite_their_items_in_order()
    {
        var areas = DesignIds.Oc1993Areas.Select(id => TransnationalRules.Classification.RuleSet.Default.Criteria.Single(c => c.Id == id)).ToList();
        areas.Select(a => a.Citation).Should().Equal(Enumerable.Range(1, 9).Select(i => $"Law of Ukraine No. 3341-XII art. 6, item {i}"));
    }
}
