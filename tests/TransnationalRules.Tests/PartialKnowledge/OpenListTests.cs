using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Tests.Support;
using static TransnationalRules.Tests.Support.Evaluate;

namespace TransnationalRules.Tests.PartialKnowledge;

/// <summary>Art. 3(2)(a) with an open committedIn (DESIGN §2.1): lower bound |N| + (1 for some), upper bound |N| for none.</summary>
public class OpenCommittedInTests
{
    private const string Id = "untoc.art3.2.a";

    [Test]
    public void Ukraine_and_at_least_one_other_State_is_more_than_one()
    {
        var o = Some.Offence().CommittedIn("UA") with { CommittedInOthers = OtherStates.Some };
        var r = ForOffence(Some.Case(o), Id);

        r.ShouldBe(Outcome.Met, evidence: ["offences[0].committedIn[0]", "offences[0].committedInOthers"]);
        r.Reason.En.Should().Be("Committed in Ukraine and in at least one other State not yet named: more than one State.");
        r.Reason.Uk.Should().Contain("щонайменше в одній іншій, ще не названій державі");
    }

    [Test]
    public void Two_named_States_need_no_marker_in_the_evidence()
    {
        var o = Some.Offence().CommittedIn("UA", "PL") with { CommittedInOthers = OtherStates.Some };

        ForOffence(Some.Case(o), Id).ShouldBe(Outcome.Met, evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]"]);
    }

    [Test]
    public void One_State_and_perhaps_others_is_unknown_asking_for_the_list()
    {
        var o = Some.Offence().CommittedIn("UA") with { CommittedInOthers = OtherStates.Unknown };
        var r = ForOffence(Some.Case(o), Id);

        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn"]);
        r.Reason.En.Should().Contain("where else it was committed is not yet known");
    }

    [Test]
    public void An_explicit_none_is_the_v1_reading()
    {
        var o = Some.Offence().CommittedIn("UA") with { CommittedInOthers = OtherStates.None };

        ForOffence(Some.Case(o), Id).ShouldBe(Outcome.NotMet, evidence: ["offences[0].committedIn[0]"]);
    }

    [Test]
    public void Two_named_States_and_perhaps_others_are_met()
    {
        var o = Some.Offence().CommittedIn("UA", "MD") with { CommittedInOthers = OtherStates.Unknown };

        ForOffence(Some.Case(o), Id).ShouldBe(Outcome.Met, evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]"]);
    }
}

/// <summary>Art. 3(2)(b) and (d) with open lists (DESIGN §2.1): outside every committing State.</summary>
public class OpenOutsideCommittingTests
{
    private const string B = "untoc.art3.2.b";
    private const string D = "untoc.art3.2.d";

    [Test]
    public void A_named_State_outside_a_complete_committedIn_is_met_whatever_its_own_marker()
    {
        var o = Some.Offence().CommittedIn("MD").ConductIn("UA") with { SubstantialConductOthers = OtherStates.Unknown };

        ForOffence(Some.Case(o), B).ShouldBe(Outcome.Met, evidence: ["offences[0].substantialConduct[0]"]);
    }

    [Test]
    public void A_named_State_outside_an_open_committedIn_is_unknown_because_the_offence_may_have_been_committed_there()
    {
        var o = Some.Offence().CommittedIn("MD").ConductIn("UA") with { CommittedInOthers = OtherStates.Some };
        var r = ForOffence(Some.Case(o), B);

        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn"]);
        r.Reason.En.Should().Contain("it was also committed in at least one other State not yet named");
        r.Reason.Uk.Should().Contain("його вчинено також щонайменше в одній іншій, ще не названій державі");
    }

    [Test]
    public void Effects_in_an_unnamed_State_beyond_every_committing_State_named_are_met_with_the_marker_as_evidence()
    {
        // Effects in Moldova (where it was committed) and at least one other State, which differs from Moldova.
        var o = Some.Offence().CommittedIn("MD").EffectsIn("MD") with { SubstantialEffectsInOthers = OtherStates.Some };
        var r = ForOffence(Some.Case(o), D);

        r.ShouldBe(Outcome.Met, evidence: ["offences[0].substantialEffectsIn[0]", "offences[0].substantialEffectsInOthers"]);
        r.Reason.En.Should().Contain("and in at least one other State not yet named");
    }

    [Test]
    public void Some_effects_not_covering_every_committing_State_stay_unknown()
    {
        // The unnamed State differs from Moldova only; it may be Ukraine, where the offence was also committed.
        var o = Some.Offence().CommittedIn("MD", "UA").EffectsIn("MD") with { SubstantialEffectsInOthers = OtherStates.Some };

        ForOffence(Some.Case(o), D).ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialEffectsIn"]);
    }

    [Test]
    public void Some_effects_with_an_open_committedIn_stay_unknown_naming_both_lists()
    {
        var o = Some.Offence().CommittedIn("MD").EffectsIn("MD") with { SubstantialEffectsInOthers = OtherStates.Some, CommittedInOthers = OtherStates.Some };

        ForOffence(Some.Case(o), D).ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn", "offences[0].substantialEffectsIn"]);
    }

    [Test]
    public void An_empty_list_marked_some_is_at_least_one_unnamed_State_and_open()
    {
        var o = Some.Offence().CommittedIn("MD").ConductIn() with { SubstantialConductOthers = OtherStates.Some };
        var r = ForOffence(Some.Case(o), B);

        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialConduct"]);
        r.Reason.En.Should().Contain("in at least one State not yet named");
    }

    [Test]
    public void Every_named_State_within_committing_States_and_a_complete_list_is_not_met_even_with_committedIn_open()
    {
        var o = Some.Offence().CommittedIn("MD", "UA").EffectsIn("UA") with { CommittedInOthers = OtherStates.Some };

        ForOffence(Some.Case(o), D).ShouldBe(Outcome.NotMet,
            evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]", "offences[0].substantialEffectsIn[0]"]);
    }

    [Test]
    public void Named_States_within_committing_States_with_more_perhaps_elsewhere_are_unknown()
    {
        var o = Some.Offence().CommittedIn("MD").EffectsIn("MD") with { SubstantialEffectsInOthers = OtherStates.Unknown };
        var r = ForOffence(Some.Case(o), D);

        r.ShouldBe(Outcome.Unknown, missing: ["offences[0].substantialEffectsIn"]);
        r.Reason.En.Should().Contain("and possibly in other States not yet named");
    }

    [Test]
    public void An_empty_complete_list_is_not_met_without_committedIn()
    {
        var o = Some.Offence().ConductIn() with { SubstantialConductOthers = OtherStates.None };

        ForOffence(Some.Case(o), B).ShouldBe(Outcome.NotMet, evidence: ["offences[0].substantialConduct"]);
    }

    [Test]
    public void An_absent_committedIn_is_missing_beside_an_open_list()
    {
        var o = Some.Offence().EffectsIn("MD") with { SubstantialEffectsInOthers = OtherStates.Some };

        ForOffence(Some.Case(o), D).ShouldBe(Outcome.Unknown, missing: ["offences[0].committedIn", "offences[0].substantialEffectsIn"]);
    }
}

/// <summary>Art. 3(2)(c) with an open activeIn and art. 2(a) with membersAtLeast (DESIGN §2.1).</summary>
public class OpenGroupTests
{
    [Test]
    public void A_group_active_in_Ukraine_and_at_least_one_other_State_meets_c()
    {
        var group = Some.OrganisedGroup("UA") with { ActiveInOthers = OtherStates.Some };
        var o = Some.Offence().CommittedIn("UA").WithGroup();
        var r = ForOffence(Some.Case(o).With(group), "untoc.art3.2.c");

        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().Contain(["group.activeIn[0]", "group.activeInOthers"]);
        r.Reason.En.Should().Contain("in Ukraine and in at least one other State not yet named");
    }

    [Test]
    public void An_empty_activeIn_marked_unknown_leaves_c_open_on_activeIn()
    {
        var group = Some.OrganisedGroup() with { ActiveIn = [], ActiveInOthers = OtherStates.Unknown };
        var o = Some.Offence().WithGroup();

        ForOffence(Some.Case(o).With(group), "untoc.art3.2.c").ShouldBe(Outcome.Unknown, missing: ["group.activeIn"]);
    }

    [Test]
    public void At_least_five_identified_members_are_three_or_more()
    {
        var group = Some.OrganisedGroup() with { Members = null, MembersAtLeast = 5 };
        var r = CaseLevel(Some.Case().With(group), "untoc.art2.a");

        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().Contain("group.membersAtLeast").And.NotContain("group.members");
        r.Reason.En.Should().Contain("at least 5 members");
        r.Reason.Uk.Should().Contain("щонайменше 5 учасників");
    }

    [Test]
    public void At_least_two_members_leave_the_count_open()
    {
        var group = Some.OrganisedGroup() with { Members = null, MembersAtLeast = 2 };

        CaseLevel(Some.Case().With(group), "untoc.art2.a").ShouldBe(Outcome.Unknown, missing: ["group.members"]);
    }

    [Test]
    public void A_known_count_decides_whatever_the_bound()
    {
        var group = Some.OrganisedGroup() with { Members = 4, MembersAtLeast = 2 };
        var r = CaseLevel(Some.Case().With(group), "untoc.art2.a");

        r.ShouldBe(Outcome.Met);
        r.Evidence.Should().Contain("group.members").And.NotContain("group.membersAtLeast");
    }

    [TestCase(1, "учасник")]
    [TestCase(3, "учасники")]
    [TestCase(5, "учасників")]
    [TestCase(11, "учасників")]
    [TestCase(21, "учасник")]
    [TestCase(22, "учасники")]
    [TestCase(112, "учасників")]
    public void Ukrainian_member_counts_agree_with_their_noun(int count, string noun)
    {
        TransnationalRules.Localization.Say.Members(count, atLeast: false).Uk.Should().Be($"{count} {noun}");
    }
}

/// <summary>A user's own leaves over lists of States get the same partial-knowledge semantics (DESIGN §2.1).</summary>
public class UserLeafTests
{
    private static CriterionResult Evaluate(Rule leaf, CaseDescription c, RuleScope scope = RuleScope.Offence)
    {
        var criterion = new Criterion("my.test", scope, new("test", "тест"), "test", leaf, (e, _) => new(e.Outcome.ToString(), e.Outcome.ToString()));
        var classification = new Classifier(RuleSet.Default.Add(criterion)).Classify(c);
        return scope == RuleScope.Offence ? classification.Offences[0].Criteria.Single(r => r.Id == "my.test") : classification["my.test"];
    }

    [Test]
    public void Effects_in_two_States_read_a_some_marker()
    {
        var leaf = Leaf.DistinctStates(OffenceField.SubstantialEffectsIn, 2, new("effects in two States", "наслідки у двох державах"));
        var o = Some.Offence().EffectsIn("MD") with { SubstantialEffectsInOthers = OtherStates.Some };

        Evaluate(leaf, Some.Case(o)).ShouldBe(Outcome.Met, evidence: ["offences[0].substantialEffectsIn[0]", "offences[0].substantialEffectsInOthers"]);
    }

    [Test]
    public void A_group_in_three_States_stays_open_on_an_unknown_marker_and_folds_territories()
    {
        var leaf = Leaf.DistinctStates(GroupField.ActiveIn, 3, new("active in three States", "діє у трьох державах"));
        var group = Some.OrganisedGroup("UA", "GB", "GI") with { ActiveInOthers = OtherStates.Unknown };

        Evaluate(leaf, Some.Case(Some.Offence()).With(group), RuleScope.Case).ShouldBe(Outcome.Unknown, missing: ["group.activeIn"]);
    }

    [Test]
    public void Ten_or_more_members_read_the_lower_bound()
    {
        var leaf = Leaf.AtLeast(GroupField.Members, 10, new("ten or more", "десять або більше"));
        var group = Some.OrganisedGroup() with { Members = null, MembersAtLeast = 12 };

        Evaluate(leaf, Some.Case(Some.Offence()).With(group), RuleScope.Case).ShouldBe(Outcome.Met, evidence: ["group.membersAtLeast"]);
    }
}

/// <summary>States, not territories (DESIGN §2.2).</summary>
public class TerritoryTests
{
    [Test]
    public void Hong_Kong_and_China_are_one_State()
    {
        var o = Some.Offence().CommittedIn("CN", "HK");
        var r = ForOffence(Some.Case(o), "untoc.art3.2.a");

        r.ShouldBe(Outcome.NotMet, evidence: ["offences[0].committedIn[0]", "offences[0].committedIn[1]"]);
        r.Reason.En.Should().Contain("in China and Hong Kong (China)").And.Contain("A territory counts as the State that holds it");
        r.Reason.Uk.Should().Contain("Китаї та Гонконгу (Китай)");
    }

    [Test]
    public void Effects_in_a_territory_of_the_committing_State_are_not_outside_it()
    {
        var o = Some.Offence().CommittedIn("GB").EffectsIn("GI");

        ForOffence(Some.Case(o), "untoc.art3.2.d").ShouldBe(Outcome.NotMet,
            evidence: ["offences[0].committedIn[0]", "offences[0].substantialEffectsIn[0]"]);
    }

    [Test]
    public void Conduct_in_a_territory_of_another_State_is_outside_and_the_evidence_is_the_entry_as_given()
    {
        var o = Some.Offence().CommittedIn("UA").ConductIn("PR");
        var r = ForOffence(Some.Case(o), "untoc.art3.2.b");

        r.ShouldBe(Outcome.Met, evidence: ["offences[0].substantialConduct[0]"]);
        r.Reason.En.Should().Contain("in Puerto Rico (the United States)");
    }

    [Test]
    public void States_counted_as_themselves_stay_distinct()
    {
        // Taiwan and Kosovo count as themselves in the default table (reference/TERRITORIES.md).
        ForOffence(Some.Case(Some.Offence().CommittedIn("CN", "TW")), "untoc.art3.2.a").ShouldBe(Outcome.Met);
        ForOffence(Some.Case(Some.Offence().CommittedIn("RS", "XK")), "untoc.art3.2.a").ShouldBe(Outcome.Met);
    }

    [Test]
    public void A_rule_set_can_replace_the_table()
    {
        var set = RuleSet.Default.WithTerritories(TerritoryTable.None);
        var classifier = new Classifier(set);
        var c = Some.Case(Some.Offence().CommittedIn("CN", "HK"));

        classifier.Classify(c).Offences[0].Criteria.Single(r => r.Id == "untoc.art3.2.a").Outcome.Should().Be(Outcome.Met);
        set.Version.Should().EndWith("+modified");
        set.TerritoryTable.Should().BeSameAs(TerritoryTable.None);
        RuleSet.Default.TerritoryTable.Should().BeSameAs(TerritoryTable.Default);
        RuleSet.Default.Territories.Should().BeEquivalentTo(TerritoryTable.Default.Territories);
    }

    [Test]
    public void A_rule_set_can_replace_the_table_with_a_map_and_user_leaves_fold_by_it()
    {
        var set = RuleSet.Default.WithTerritories(RuleSet.Default.Territories.Where(t => t.Key != "HK"));
        var samePlace = Rule.Leaf(new("committed in one place", "вчинено в одному місці"), RuleScope.Offence, c =>
            Verdict.Decided(c.RequireOffence().CommittedIn is [var a, var b] && c.SameState(a, b), FactPath.Offence(c.OffenceIndex!.Value, OffenceField.CommittedIn)));
        var c = Some.Case(Some.Offence().CommittedIn("CN", "HK"), Some.Offence("macao").CommittedIn("CN", "MO"));

        var classifier = new Classifier(set);
        classifier.Classify(c).Offences[0].Criteria.Single(r => r.Id == "untoc.art3.2.a").Outcome.Should().Be(Outcome.Met, "HK is no territory of this set");
        classifier.Classify(c).Offences[1].Criteria.Single(r => r.Id == "untoc.art3.2.a").Outcome.Should().Be(Outcome.NotMet, "MO still counts as China");
        classifier.Evaluate(samePlace, c, 0).Outcome.Should().Be(Outcome.NotMet);
        classifier.Evaluate(samePlace, c, 1).Outcome.Should().Be(Outcome.Met);
        classifier.Evaluate(samePlace, c, 1).Evidence.Should().Equal(FactPath.Offence(1, OffenceField.CommittedIn));
        set.Territories.Should().NotContainKey("HK").And.ContainKey("MO");
    }

    [Test]
    public void The_default_table_is_the_reference_table()
    {
        var t = TerritoryTable.Default;

        t.Territories.Should().HaveCount(2 + 6 + 15 + 12 + 4 + 2 + 2 + 4 + 3 + 1);
        t.StateOf("HK").Should().Be("CN");
        t.StateOf("JE").Should().Be("GB");
        t.StateOf("AX").Should().Be("FI");
        t.StateOf("UA").Should().Be("UA");
        t.IsTerritory("TW").Should().BeFalse();
        t.Territories.Values.Distinct().Should().BeEquivalentTo(["CN", "US", "GB", "FR", "NL", "DK", "NO", "AU", "NZ", "FI"]);
        t.Territories.Keys.Should().NotContain(["PS", "VA", "EH", "TW", "XK", "AQ"]);
    }

    [Test]
    public void A_table_is_checked_when_built()
    {
        FluentActions.Invoking(() => TerritoryTable.Create([new("HK", "HK")])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => TerritoryTable.Create([new("hk", "CN")])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => TerritoryTable.Create([new("HK", "CN"), new("CN", "TW")])).Should().Throw<ArgumentException>();
        TerritoryTable.Create([new("GL", "DK")]).StateOf("GL").Should().Be("DK");
    }
}
