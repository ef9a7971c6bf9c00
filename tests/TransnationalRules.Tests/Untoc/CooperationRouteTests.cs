using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using static TransnationalRules.Tests.Support.Evaluate;

namespace TransnationalRules.Tests.Untoc;

/// <summary>
/// The five cooperation routes of DESIGN §3.1, each met, not met and unknown with its exact evidence or missing facts.
/// The base case: one trafficking offence (a Protocol offence, no penalty recorded) committed in Ukraine and Moldova by
/// an organised criminal group, so art. 3(1) is met through the kind, art. 3(2)(a) and the group.
/// </summary>
public class CooperationRouteTests
{
    /// <summary>The evidence of <c>untoc.art3.1</c> for the base offence.</summary>
    private static readonly string[] ConventionApplies =
    [
        "offences[0].kind", "offences[0].committedIn[0]", "offences[0].committedIn[1]", "offences[0].involvesGroup",
        "group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert", "group.aimsAtSeriousCrime", "group.materialBenefit",
    ];

    /// <summary>The evidence of "a Convention offence or serious crime involving an organised criminal group" for the base offence.</summary>
    private static readonly string[] OffenceAndGroup =
    [
        "offences[0].kind", "offences[0].involvesGroup",
        "group.members", "group.existsForPeriodOfTime", "group.structured", "group.actsInConcert", "group.aimsAtSeriousCrime", "group.materialBenefit",
    ];

    private static Offence Trafficking() =>
        Some.Offence("thb", OffenceKind.TraffickingInPersons).CommittedIn("UA", "MD").WithGroup();

    private static CaseDescription Base(params ForeignState[] abroad) =>
        Some.Case(Trafficking()).With(Some.OrganisedGroup()).Abroad(abroad);

    /// <summary>Fraud punishable by two years: neither a Convention offence nor serious crime.</summary>
    private static CaseDescription PettyFraud(params ForeignState[] abroad) =>
        Some.Case(Some.Offence().Penalty(2).CommittedIn("UA", "MD").WithGroup()).With(Some.OrganisedGroup()).Abroad(abroad);

    private static CriterionResult Route(CaseDescription c, string id, int state = 0) => Default.Classify(c).Cooperation[state][id];

    // untoc.art27 — law-enforcement cooperation

    [Test]
    public void Art27_is_met_when_the_Convention_applies_to_some_offence()
    {
        var r = Route(Base(Some.Foreign("PL")), CriterionIds.LawEnforcementCooperation);
        r.ShouldBe(Outcome.Met, evidence: [.. ConventionApplies, "abroad[0].state"]);
        r.Reason.En.Should().Contain("Poland").And.Contain("art. 27(2)").And.Contain("Poland is a State Party to the UN Convention").And.NotContain("not checked");
        r.Reason.Uk.Should().Contain("Польща є державою — учасницею").And.NotContain("держава Польща").And.NotContain("державою Польща");
    }

    [Test]
    public void Art27_is_not_met_when_no_offence_is_covered()
    {
        var r = Route(PettyFraud(Some.Foreign("PL")), CriterionIds.LawEnforcementCooperation);
        r.ShouldBe(Outcome.NotMet, evidence: ["offences[0].kind", "offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
        r.Reason.En.Should().Contain("not decided here");
    }

    [Test]
    public void Art27_is_unknown_while_the_offence_s_group_involvement_is()
    {
        var c = Base(Some.Foreign("PL")) with { Offences = [Trafficking().WithGroup(null)] };
        Route(c, CriterionIds.LawEnforcementCooperation).ShouldBe(Outcome.Unknown, missing: ["offences[0].involvesGroup"]);
    }

    [Test]
    public void Some_offence_means_one_offence_meeting_it_all_never_case_level_parts()
    {
        // "a" is transnational but without the group; "b" involves the group but is not transnational. At case level
        // art. 3(2) and art. 3(1)'s group element are both met, yet no offence is covered.
        var c = Some.Case(
                Some.Offence("a", OffenceKind.TraffickingInPersons).CommittedIn("UA", "MD").WithGroup(false),
                Some.Offence("b", OffenceKind.TraffickingInPersons).CommittedIn("UA").ConductIn().EffectsIn().WithGroup())
            .With(Some.OrganisedGroup("UA"))
            .Abroad(Some.Foreign("PL"));
        var classification = Default.Classify(c);
        classification["untoc.art3.2"].Outcome.Should().Be(Outcome.Met);
        classification["untoc.art3.1.group"].Outcome.Should().Be(Outcome.Met);

        classification.Cooperation[0][CriterionIds.LawEnforcementCooperation].ShouldBe(Outcome.NotMet);
        classification.Cooperation[0][CriterionIds.JointInvestigation].ShouldBe(Outcome.NotMet);
        Default.Outcomes(c).ForState(0, CriterionIds.LawEnforcementCooperation).Should().Be(Outcome.NotMet);
    }

    // untoc.art18 — mutual legal assistance

    [Test]
    public void Art18_is_met_for_a_covered_offence()
    {
        var r = Route(Base(Some.Foreign("PL")) .With(CaseStage.Pretrial), CriterionIds.MutualLegalAssistance);
        r.ShouldBe(Outcome.Met, evidence: [.. ConventionApplies, "abroad[0].state"]);
        r.Reason.En.Should().Contain("transnational in nature").And.Contain("art. 18(9)").And.Contain("Office of the Prosecutor General")
            .And.NotContain("Ministry of Justice");
        r.Reason.Uk.Should().Contain("взаємну правову допомогу").And.Contain("Офіс Генерального прокурора");
    }

    [Test]
    public void Art18_is_met_through_evidence_in_the_requested_State_although_transnationality_is_unknown()
    {
        // Committed in Ukraine alone, where the conduct and effects were is not stated: art. 3(2), art. 3(1) unknown.
        var c = Some.Case(Some.Offence("thb", OffenceKind.TraffickingInPersons).CommittedIn("UA").WithGroup())
            .With(Some.OrganisedGroup())
            .Abroad(Some.Foreign("PL") with { Evidence = true })
            .With(CaseStage.Trial);
        var classification = Default.Classify(c);
        classification.ConventionApplies.Should().Be(Outcome.Unknown);

        var r = classification.Cooperation[0][CriterionIds.MutualLegalAssistance];
        r.ShouldBe(Outcome.Met, evidence: [.. OffenceAndGroup, "abroad[0].state", "abroad[0].evidence"]);
        r.Reason.En.Should().Contain("although transnationality is not established").And.Contain("the location in Poland of its evidence is a reasonable ground")
            .And.Contain("Ministry of Justice").And.NotContain("Office of the Prosecutor General");
    }

    [Test]
    public void Art18_is_not_met_without_an_organised_criminal_group()
    {
        var c = Base(Some.ForeignAll("PL")).With(Some.OrganisedGroup() with { Members = 2 });
        var r = Route(c, CriterionIds.MutualLegalAssistance);
        r.ShouldBe(Outcome.NotMet, evidence: ["group.members"]);
        r.Reason.En.Should().Contain("not open").And.Contain("Office of the Prosecutor General").And.Contain("Ministry of Justice");
    }

    [Test]
    public void Art18_is_unknown_while_neither_transnationality_nor_a_location_in_the_State_is_known()
    {
        var c = Some.Case(Some.Offence("thb", OffenceKind.TraffickingInPersons).CommittedIn("UA").WithGroup())
            .With(Some.OrganisedGroup())
            .Abroad(Some.Foreign("PL"));
        var r = Route(c, CriterionIds.MutualLegalAssistance);
        r.ShouldBe(Outcome.Unknown, missing:
        [
            "offences[0].substantialConduct", "offences[0].substantialEffectsIn", "group.activeIn",
            "abroad[0].victims", "abroad[0].witnesses", "abroad[0].proceeds", "abroad[0].evidence",
        ]);
        r.Reason.En.Should().Contain("the stage is not stated");
    }

    [Test]
    public void Art18_does_not_ask_for_dual_criminality()
    {
        var r = Route(Base(Some.ForeignAll("PL") with { DualCriminality = false }), CriterionIds.MutualLegalAssistance);
        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().NotContain("abroad[0].dualCriminality");
        r.Reason.En.Should().Contain("may still decline for absence of dual criminality (art. 18(9))");
    }

    // untoc.art16 — extradition

    [Test]
    public void Art16_is_met_with_a_suspect_in_the_State_and_dual_criminality()
    {
        var r = Route(Base(Some.Foreign("PL") with { Suspects = true, DualCriminality = true }), CriterionIds.Extradition);
        r.ShouldBe(Outcome.Met, evidence: [.. OffenceAndGroup, "abroad[0].state", "abroad[0].suspects", "abroad[0].dualCriminality"]);
        r.Reason.En.Should().Contain("art. 16(7)").And.Contain("minimum penalty");
    }

    [Test]
    public void Art16_is_not_met_without_dual_criminality()
    {
        var r = Route(Base(Some.Foreign("PL") with { Suspects = true, DualCriminality = false }), CriterionIds.Extradition);
        r.ShouldBe(Outcome.NotMet, evidence: ["abroad[0].dualCriminality"]);
        r.Reason.En.Should().Contain("dual criminality");
    }

    [Test]
    public void Art16_waits_on_dual_criminality()
    {
        var r = Route(Base(Some.Foreign("PL") with { Suspects = true }), CriterionIds.Extradition);
        r.ShouldBe(Outcome.Unknown, missing: ["abroad[0].dualCriminality"]);
        r.Reason.En.Should().Contain("depends on whether the conduct is an offence under its law too (dual criminality)");
        r.Reason.Uk.Should().Contain("залежить від того, чи є діяння злочином");
    }

    [Test]
    public void Art16_needs_no_transnationality()
    {
        // art. 16(1)'s second alternative: an art. 3(1)(a)/(b) offence involving a group; the person is in S.
        var c = Some.Case(Some.Offence("thb", OffenceKind.TraffickingInPersons).CommittedIn("UA").ConductIn().EffectsIn().WithGroup())
            .With(Some.OrganisedGroup("UA"))
            .Abroad(Some.Foreign("PL") with { Suspects = true, DualCriminality = true });
        Default.Classify(c).Transnational.Should().Be(Outcome.NotMet);
        Route(c, CriterionIds.Extradition).ShouldBe(Outcome.Met);
    }

    // untoc.art13 — confiscation

    [Test]
    public void Art13_is_met_with_proceeds_in_the_State_and_a_covered_offence()
    {
        var r = Route(Base(Some.Foreign("PL") with { Proceeds = true }), CriterionIds.Confiscation);
        r.ShouldBe(Outcome.Met, evidence: [.. ConventionApplies, "abroad[0].state", "abroad[0].proceeds"]);
        r.Reason.En.Should().Contain("art. 13(3)");
    }

    [Test]
    public void Art13_is_not_met_without_proceeds_in_the_State()
    {
        var r = Route(Base(Some.Foreign("PL") with { Proceeds = false }), CriterionIds.Confiscation);
        r.ShouldBe(Outcome.NotMet, evidence: ["abroad[0].proceeds"]);
        r.Reason.En.Should().Contain("no proceeds");
    }

    [Test]
    public void Art13_is_not_met_for_an_offence_the_Convention_does_not_cover()
    {
        var r = Route(PettyFraud(Some.Foreign("PL") with { Proceeds = true }), CriterionIds.Confiscation);
        r.ShouldBe(Outcome.NotMet, evidence: ["offences[0].kind", "offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
        r.Reason.En.Should().Contain("art. 13(7)");
    }

    [Test]
    public void Art13_waits_on_where_the_proceeds_are()
    {
        Route(Base(Some.Foreign("PL")), CriterionIds.Confiscation).ShouldBe(Outcome.Unknown, missing: ["abroad[0].proceeds"]);
    }

    // untoc.art19 — joint investigation

    [TestCase(true, "has proceedings open")]
    [TestCase(false, "has no proceedings open")]
    [TestCase(null, "Whether Poland has proceedings open on the matter is not stated")]
    public void Art19_is_met_when_the_Convention_applies_and_says_whether_the_State_has_proceedings(bool? proceedings, string says)
    {
        var r = Route(Base(Some.Foreign("PL") with { Proceedings = proceedings }), CriterionIds.JointInvestigation);
        r.ShouldBe(Outcome.Met, evidence: [.. ConventionApplies, "abroad[0].state"]);
        r.Reason.En.Should().Contain(says);
    }

    [Test]
    public void Art19_is_not_met_when_no_offence_is_covered()
    {
        Route(PettyFraud(Some.ForeignAll("PL")), CriterionIds.JointInvestigation)
            .ShouldBe(Outcome.NotMet, evidence: ["offences[0].kind", "offences[0].maximumPenaltyYears", "offences[0].lifeImprisonment"]);
    }

    [Test]
    public void Art19_is_unknown_while_art_3_1_is()
    {
        var c = Base(Some.ForeignAll("PL")).With(Some.OrganisedGroup() with { MaterialBenefit = null });
        Route(c, CriterionIds.JointInvestigation).ShouldBe(Outcome.Unknown, missing: ["group.materialBenefit"]);
    }

    // Every route, every State

    [Test]
    public void Each_abroad_entry_gets_every_route_in_input_order()
    {
        var classification = Default.Classify(Base(Some.Foreign("RO"), Some.ForeignAll("HK"), Some.ForeignAll("PL", false)));
        classification.Cooperation.Select(s => s.State).Should().Equal("RO", "HK", "PL");
        classification.Cooperation.Should().AllSatisfy(s => s.Routes.Select(r => r.Id).Should().Equal(DesignIds.Routes));
        classification.Cooperation[1][CriterionIds.Extradition].ShouldBe(Outcome.Met, evidence: [.. OffenceAndGroup, "abroad[1].state", "abroad[1].suspects", "abroad[1].dualCriminality"]);
        classification.Cooperation[2][CriterionIds.Extradition].ShouldBe(Outcome.NotMet, evidence: ["abroad[2].suspects", "abroad[2].dualCriminality"]);
    }

    [Test]
    public void Abroad_holds_States_so_Hong_Kong_after_China_is_a_duplicate()
    {
        // Issue 19 (changing DESIGN §2.2): an abroad entry folds to its State like every other field; two entries that
        // fold to one State are refused at the later one.
        var errors = global::TransnationalRules.Validation.CaseValidation.Validate(Base(Some.Foreign("CN"), Some.Foreign("HK")));
        errors.Should().ContainSingle().Which.Should().Match<global::TransnationalRules.Validation.CaseError>(e => e.Path == "abroad[1].state" && e.Code == "duplicate");
        errors[0].Message.Should().Contain("abroad[0]").And.Contain("CN");
    }

    [Test]
    public void A_territory_alone_in_abroad_is_decided_as_its_State_and_named_as_given()
    {
        var classification = Default.Classify(Base(Some.ForeignAll("HK")));
        classification.Cooperation.Select(s => s.State).Should().Equal("HK");
        var interpol = classification.Cooperation[0][CriterionIds.InterpolNationalCentralBureaus];
        interpol.Outcome.Should().Be(TreatyTables.Default.IsParty("interpol", "CN") switch { true => Outcome.Met, false => Outcome.NotMet, null => Outcome.Unknown });
        interpol.Reason.En.Should().Contain("Hong Kong (China)");
        interpol.Reason.Uk.Should().Contain("в Гонконгу (Китай)").And.NotContain("держава Гонконг");
    }

    [Test]
    public void No_abroad_means_no_routes_not_unknown_ones()
    {
        Default.Classify(Base()).Cooperation.Should().BeEmpty();
        Default.Classify(Base() with { Abroad = null }).Cooperation.Should().BeEmpty();
        Default.Classify(Base() with { Abroad = null }).MissingFacts.Should().NotContain(p => p.StartsWith("abroad", StringComparison.Ordinal));
    }

    [Test]
    public void Routes_join_the_ask_first_list_after_the_headlines_and_before_the_areas()
    {
        // Art. 3(1) met; Poland known for nothing. Suspects and dualCriminality are read by two routes each (art. 16 and
        // coe.extradition1957), the penalty by two (coe.extradition1957's year, eurojust's serious crime), proceeds by
        // one (art. 13): by count, ties in document order, and all before the areas' facts.
        var classification = Default.Classify(Base(Some.Foreign("PL")));
        classification.MissingFacts.Should().StartWith(["offences[0].maximumPenaltyYears", "abroad[0].suspects", "abroad[0].dualCriminality", "abroad[0].proceeds", "facts.damage.individuals"]);
        classification.MissingFacts.Should().NotContain(["abroad[0].victims", "abroad[0].evidence"], "art. 18 is met already: its location ground is not asked for");
        classification.MissingFacts.Should().Contain("facts.socialConditionsExploited");
        classification.MissingFacts.IndexOf("abroad[0].dualCriminality").Should().BeLessThan(classification.MissingFacts.IndexOf("facts.harmThreatened"));
    }

    [Test]
    public void Within_the_route_tier_the_fact_most_unknown_routes_read_comes_first()
    {
        // Transnationality unknown but the Convention offence and the group known: art. 3(2)'s facts lead (tier 1); then
        // the route tier by how many routes read each fact, ties in document order.
        var c = Some.Case(Some.Offence("thb", OffenceKind.TraffickingInPersons).CommittedIn("UA").WithGroup())
            .With(Some.OrganisedGroup())
            .Abroad(Some.Foreign("PL"));
        var classification = Default.Classify(c);
        classification.MissingFacts.Should().StartWith(
        [
            "offences[0].substantialConduct", "offences[0].substantialEffectsIn", "group.activeIn",
            // Read by two routes each: the penalty (coe.extradition1957, eurojust), suspects and dualCriminality (art. 16,
            // coe.extradition1957), proceeds (art. 18, art. 13); then what art. 18 alone reads.
            "offences[0].maximumPenaltyYears", "abroad[0].suspects", "abroad[0].proceeds", "abroad[0].dualCriminality",
            "abroad[0].victims", "abroad[0].witnesses", "abroad[0].evidence",
        ]);
    }

    [Test]
    public void A_route_reads_an_offence_only_through_some_offence()
    {
        FluentActions.Invoking(() => new Criterion("x.route", RuleScope.State, new("r", "r"), "c", Rule.Ref("untoc.art3.1") & Leaf.KindIn(new("k", "k"), OffenceKind.Fraud), (e, _) => new("r", "r")))
            .Should().Throw<ArgumentException>().WithMessage("*SomeOffence*");
        FluentActions.Invoking(() => new Criterion("x.case", RuleScope.Case, new("r", "r"), "c", Leaf.Flag(AbroadField.Evidence, new("e", "e")), (e, _) => new("r", "r")))
            .Should().Throw<ArgumentException>().WithMessage("*abroad*");
        FluentActions.Invoking(() => Leaf.Flag(AbroadField.State, new("s", "s"))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Evaluate_runs_a_state_rule_for_one_abroad_entry()
    {
        var c = Base(Some.Foreign("PL"), Some.Foreign("RO") with { Evidence = true });
        var evidence = Leaf.Flag(AbroadField.Evidence, new("evidence there", "докази там"));
        Default.Evaluate(evidence, c, abroadIndex: 1).Evidence.Select(p => p.Value).Should().Equal("abroad[1].evidence");
        Default.Evaluate(evidence, c, abroadIndex: 0).MissingFacts.Select(p => p.Value).Should().Equal("abroad[0].evidence");
        FluentActions.Invoking(() => Default.Evaluate(evidence, c)).Should().Throw<InvalidOperationException>();
        var some = Default.Evaluate(Rule.SomeOffence(Rule.Ref("untoc.art3.1") & evidence), c, abroadIndex: 1);
        some.Outcome.Should().Be(Outcome.Met);
        some.Children.Should().ContainSingle().Which.OffenceIndex.Should().Be(0);
    }
}
