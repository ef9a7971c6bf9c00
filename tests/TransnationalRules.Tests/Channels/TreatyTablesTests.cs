using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.TestData;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Channels;

/// <summary>
/// The party and form tables of issue 19: every row sourced; listed → met, marked not → notMet, absent → unknown with a
/// data gap and no missing fact; a user's tables replace the defaults; the UNTOC routes keep their v2 outcomes for the
/// States the untoc table marks as parties.
/// </summary>
public class TreatyTablesTests
{
    private static readonly string[] AllTables = [.. TreatyTables.PartyTableIds, .. TreatyTables.FormTableIds];

    /// <summary>A serious drug offence of an organised criminal group, committed in Ukraine and the State <paramref name="state"/>.</summary>
    private static CaseDescription Case(string state, bool suspects = true) =>
        Some.Case(Some.Offence("labs", OffenceKind.DrugTrafficking).Penalty(12).CommittedIn("UA", state == "HK" ? "CN" : state).WithGroup())
            .With(Some.OrganisedGroup())
            .Abroad(new ForeignState { State = state, Suspects = suspects, DualCriminality = true, Evidence = true });

    [Test]
    public void Every_row_of_every_default_table_has_a_source_and_a_valid_key()
    {
        foreach (var table in AllTables)
        {
            var rows = TreatyTables.Default.Rows(table).ToList();
            rows.Should().OnlyContain(r => r.Source.StartsWith("http", StringComparison.Ordinal), table);
            rows.Should().OnlyContain(r => !string.IsNullOrWhiteSpace(r.Words), $"{table}: the words read at the source");
            if (TreatyTables.PartyTableIds.Contains(table))
            {
                rows.Should().OnlyContain(r => StateCodes.IsValid(r.Key), table);
            }
            else
            {
                rows.Should().OnlyContain(r => Enum.GetNames<OffenceKind>().Any(k => string.Equals(k, r.Key, StringComparison.OrdinalIgnoreCase)), table);
            }
        }

        TreatyTables.Default.Rows("interpol").Should().Contain(r => r.Key == "PL" && r.Listed, "the Done-when rows of issue 19");
        TreatyTables.Default.Rows("coe.ets030").Select(r => r.Key).Should().Contain(["GB", "GR", "TR", "IT", "PL"]);
        TreatyTables.Default.Rows("europol").Should().Contain(r => r.Key == "PL" && r.Listed);
        TreatyTables.Default.Rows("eurojust").Should().Contain(r => r.Key == "PL" && r.Listed);
        TreatyTables.Default.Rows("interpol").Select(r => r.Key).Should().Contain(["GB", "GR", "TR", "IT"]);
    }

    [Test]
    public void A_State_absent_from_a_table_is_unknown_with_a_data_gap_and_no_missing_fact()
    {
        var tables = TreatyTables.Default.WithParties("interpol", [("MD", true, null, "https://example.org/md")]);
        var classification = new Classifier(RuleSet.Default.WithTreaties(tables)).Classify(Case("PL"));
        var route = classification.Cooperation[0][CriterionIds.InterpolNationalCentralBureaus];

        route.Outcome.Should().Be(Outcome.Unknown, "not met and not notMet: the table has no entry for Poland");
        route.MissingFacts.Should().BeEmpty("a gap in the data is not a fact of the case");
        route.Reason.En.Should().Contain("the table interpol has no verified entry for Poland");
        route.Reason.Uk.Should().Contain("таблиця interpol не має перевіреного запису");
        classification.DataGaps.Should().Contain(("PL", "interpol"));
        classification.MissingFacts.Should().NotContain(p => p.StartsWith("abroad[0].state", StringComparison.Ordinal));
    }

    [Test]
    public void A_State_marked_as_not_a_party_is_not_met_with_the_State_as_evidence()
    {
        var tables = TreatyTables.Default.WithParties("interpol", [("PL", false, null, "https://example.org/pl")]);
        var route = new Classifier(RuleSet.Default.WithTreaties(tables)).Classify(Case("PL")).Cooperation[0][CriterionIds.InterpolNationalCentralBureaus];

        route.ShouldBe(Outcome.NotMet, evidence: ["abroad[0].state"]);
        route.Reason.En.Should().Contain("Poland is not a member of Interpol (source: https://example.org/pl)");
        route.Reason.Uk.Should().Contain("Польща не є членом Інтерполу (джерело: https://example.org/pl)");
    }

    [Test]
    public void User_tables_replace_the_defaults_and_mark_the_version_modified()
    {
        var rules = RuleSet.Default.WithTreaties(TreatyTables.Empty);
        rules.Version.Should().Be("1.0.0+modified");
        rules.Treaties.Should().BeSameAs(TreatyTables.Empty);
        var classification = new Classifier(rules).Classify(Case("PL"));

        classification.Cooperation[0].Routes.Should().OnlyContain(r => r.Outcome != Outcome.Met, "no table lists Poland any more");
        classification.DataGaps.Select(g => g.Table).Should().Equal([.. TreatyTables.PartyTableIds, .. TreatyTables.FormTableIds], "every table, in table order");
        TreatyTables.Default.IsParty("interpol", "PL").Should().BeTrue("the defaults themselves are unchanged");
    }

    [Test]
    public void Data_gaps_follow_abroad_order_then_table_order_with_the_State_as_folded()
    {
        var c = Case("XK") with
        {
            Abroad = [new ForeignState { State = "XK" }, new ForeignState { State = "HK" }],
        };
        var tables = TreatyTables.Empty.WithParties("untoc", [("CN", true, null, "https://example.org/cn")]);
        var gaps = new Classifier(RuleSet.Default.WithTreaties(tables)).Classify(c).DataGaps;

        gaps.Where(g => g.State == "XK").Select(g => g.Table).Should().Equal(AllTables);
        gaps.Where(g => g.State != "XK").Should().OnlyContain(g => g.State == "CN", "HK is looked up as China");
        gaps.Select(g => g.State).Should().StartWith(Enumerable.Repeat("XK", AllTables.Length));
        gaps.Should().NotContain(("CN", "untoc"), "the table lists China");
    }

    [Test]
    public void Bad_user_rows_are_refused_naming_the_table()
    {
        var act = () => TreatyTables.Default.WithParties("interpol", [("UK", true, null, "https://x")]);
        act.Should().Throw<ArgumentException>().WithMessage("*UK*interpol*");
        var noSource = () => TreatyTables.Default.WithParties("untoc", [("PL", true, null, " ")]);
        noSource.Should().Throw<ArgumentException>().WithMessage("*no source*");
        var twice = () => TreatyTables.Default.WithForms("europol.forms", [(OffenceKind.Fraud, true, "fraud", "https://x"), (OffenceKind.Fraud, false, null, "https://y")]);
        twice.Should().Throw<ArgumentException>().WithMessage("*twice*");
        var table = () => TreatyTables.Default.WithParties("nato", []);
        table.Should().Throw<ArgumentException>().WithMessage("*nato*");
    }

    [Test]
    public void The_untoc_routes_keep_their_v2_outcomes_for_States_the_untoc_table_marks_as_parties()
    {
        // The v2 rule is the route's body without the party condition: AllOf(party, v2) → its second child.
        var random = new Random(19);
        var classifier = Evaluate.Default;
        var compared = 0;
        for (var n = 0; n < 300; n++)
        {
            var (full, partial) = ValidCases.Generate(random, CaseProfile.Properties, "gen-" + n);
            foreach (var c in new[] { full, partial }.Where(x => x.Abroad is { Count: > 0 }))
            {
                var classification = classifier.Classify(c);
                for (var i = 0; i < c.Abroad!.Count; i++)
                {
                    var state = RuleSet.Default.Territories.GetValueOrDefault(c.Abroad[i].State, c.Abroad[i].State);
                    if (TreatyTables.Default.IsParty("untoc", state) != true)
                    {
                        continue;
                    }

                    foreach (var id in DesignIds.UntocRoutes)
                    {
                        var v2 = RuleSet.Default.Find(id)!.Body.Children[1];
                        classification.Cooperation[i][id].Outcome.Should().Be(classifier.Evaluate(v2, c, abroadIndex: i).Outcome, $"{id} for {c.Abroad[i].State} in {c.CaseId}");
                        compared++;
                    }
                }
            }
        }

        compared.Should().BeGreaterThan(500, "enough generated (case, State, route) triples to mean something");
    }
}
