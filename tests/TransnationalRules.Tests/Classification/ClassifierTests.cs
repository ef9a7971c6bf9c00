using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Classification;

public class ClassifierTests
{
    private static readonly Classifier Classifier = Evaluate.Default;

    private static CaseDescription Moldova() => Some.Case(
            Some.Offence("fraud").Penalty(12).CommittedIn("MD").ConductIn("UA").EffectsIn("UA").WithGroup(),
            Some.Offence("laundering", OffenceKind.MoneyLaundering).WithGroup())
        .With(Some.OrganisedGroup("MD", "UA", "RO"))
        with
    { Facts = new CaseFacts { HarmThreatened = true, InternationalCooperation = [new() { Partner = CooperationPartner.Europol }] } };

    [Test]
    public void Every_criterion_is_reported_at_case_level_and_every_offence_level_one_per_offence()
    {
        var result = Classifier.Classify(Moldova());
        result.CaseId.Should().Be("T-1");
        result.RuleSetId.Should().Be("default");
        result.Criteria.Select(c => c.Id).Should().Equal(DesignIds.All, "routes are reported per foreign State only");
        result.Cooperation.Should().BeEmpty("the case has no abroad entries");
        result.Offences.Select(o => o.Id).Should().Equal("fraud", "laundering");
        foreach (var offence in result.Offences)
        {
            offence.Criteria.Select(c => c.Id).Should().Equal(DesignIds.OffenceLevel);
        }

        result.Transnational.Should().Be(Outcome.Met);
        result.ConventionApplies.Should().Be(Outcome.Met);
        result.CriteriaMet.Should().Equal(result.Criteria.Where(c => c.Outcome == Outcome.Met).Select(c => c.Id));
    }

    [Test]
    public void Every_result_has_titles_reasons_and_a_citation_and_why()
    {
        var result = Classifier.Classify(Moldova());
        foreach (var r in result.Criteria.Concat(result.Offences.SelectMany(o => o.Criteria)))
        {
            r.Title.En.Should().NotBeNullOrWhiteSpace();
            r.Title.Uk.Should().NotBeNullOrWhiteSpace();
            r.Reason.En.Should().NotBeNullOrWhiteSpace();
            r.Reason.Uk.Should().NotBeNullOrWhiteSpace();
            r.Citation.Should().NotBeNullOrWhiteSpace();
            (r.Outcome == Outcome.Unknown).Should().Be(r.MissingFacts.Length > 0, $"{r.Id} has missing facts exactly when unknown");
            (r.Outcome != Outcome.Unknown).Should().Be(r.Evidence.Length > 0, $"{r.Id} has evidence exactly when decided");
        }
    }

    [Test]
    public void Case_level_of_an_offence_level_id_is_any_offence_never_recomputed()
    {
        var result = Classifier.Classify(Moldova());
        var laundering = result.Offences[1].Criteria.Single(c => c.Id == "untoc.art2.b");
        laundering.ShouldBe(Outcome.Unknown, missing: ["offences[1].maximumPenaltyYears"]);
        result["untoc.art2.b"].ShouldBe(Outcome.Met, evidence: ["offences[0].maximumPenaltyYears"]);
        result["untoc.art2.b"].Reason.En.Should().Contain("Offence 'fraud': Punishable by a maximum of 12 years");
    }

    [Test]
    public void Case_missing_facts_ask_first_for_the_fact_that_decides_most()
    {
        // DESIGN §5 tiers: transnational's facts first (involvesGroup and the group's facts, each read by four unknown
        // questions — art. 3(2), art. 3(1), framework-and-cooperation, detection-and-prosecution — then activeIn, read
        // by three); then conventionApplies' own (the penalty); then the areas' (damage, read by two areas, first).
        var c = Some.Case(Some.Offence().CommittedIn("UA").ConductIn().EffectsIn());
        var result = Classifier.Classify(c);
        result.MissingFacts.Should().Equal(
            "offences[0].involvesGroup", "group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert",
            "group.aimsAtSeriousCrime", "group.materialBenefit", "group.activeIn",
            "offences[0].maximumPenaltyYears",
            "facts.damage.individuals", "facts.damage.legalEntities", "facts.damage.state", "facts.harmThreatened",
            "facts.publicOfficialsInvolved", "facts.civilAssociationsOrMediaUsed", "facts.businessEntitiesUsed", "facts.proceedsLaundered",
            "facts.groupBeingFormed", "facts.socialConditionsExploited", "facts.internationalCooperation");
    }

    [Test]
    public void A_case_without_offences_is_misuse()
    {
        FluentActions.Invoking(() => Classifier.Classify(new CaseDescription { CaseId = "x", Offences = [] })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Classifier.Classify(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void An_offence_rule_evaluated_for_the_whole_case_is_misuse()
    {
        FluentActions.Invoking(() => Classifier.Evaluate(TransnationalRules.Untoc.SeriousCrime.AtLeastFourYears, Some.Case()))
            .Should().Throw<InvalidOperationException>();
    }

    [Test]
    public void One_classifier_shared_by_threads_gives_the_sequential_answers()
    {
        var cases = Enumerable.Range(0, 200).Select(i => Moldova() with { CaseId = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var sequential = cases.Select(c => Classifier.Classify(c)).Select(Summary).ToArray();
        var parallel = cases.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(c => Classifier.Classify(c)).Select(Summary).ToArray();
        parallel.Should().Equal(sequential);

        static string Summary(CaseClassification r) => r.CaseId + ":" + string.Join(",", r.Criteria.Select(c => c.Outcome + "/" + string.Join("|", c.Evidence) + "/" + string.Join("|", c.MissingFacts)));
    }

    [Test]
    public void The_README_quick_start_says_what_it_prints()
    {
        var result = Classifier.Classify(new CaseDescription
        {
            CaseId = "UA-2024-0001",
            Offences = [new Offence { Id = "fraud", Kind = OffenceKind.Fraud, MaximumPenaltyYears = 12,
                                      CommittedIn = ["MD"], SubstantialConduct = [new() { State = "UA", Aspect = ConductAspect.Direction }] }],
        });
        var readme = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../README.md"));
        readme.Should().Contain($"// {result.Transnational}: {result["untoc.art3.2.b"].Reason.En}");
    }
}
