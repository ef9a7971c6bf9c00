using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.TestData;
using TransnationalRules.Tests.Support;
using Outcome = TransnationalRules.Logic.Outcome;

namespace TransnationalRules.Tests.Classification;

/// <summary>
/// The three ways of running one plan (issue 21): outcomes into a caller's buffer, outcomes with missing facts only
/// (the summary level), and full evaluations, agree on generated cases; the buffer overload allocates nothing.
/// </summary>
public class CompiledPlanTests
{
    private static readonly Classifier Classifier = Evaluate.Default;

    private static IEnumerable<CaseDescription> Cases()
    {
        var random = new Random(2121);
        for (var i = 0; i < 300; i++)
        {
            var (full, partial) = ValidCases.Generate(random, CaseProfile.Properties, $"C-{i}");
            yield return full;
            yield return partial;
        }
    }

    [Test]
    public void The_buffer_overload_gives_every_outcome_the_classification_gives()
    {
        var criteria = Classifier.RuleSet.Criteria;
        var buffer = new Outcome[criteria.Length * 64];
        foreach (var @case in Cases())
        {
            var used = Classifier.Outcomes(@case, buffer);
            var classification = Classifier.Classify(@case);

            used.Should().Be(criteria.Length * (1 + @case.Offences.Count + (@case.Abroad?.Count ?? 0)));
            foreach (var result in classification.Criteria)
            {
                buffer[criteria.IndexOf(result.Criterion)].Should().Be(result.Evaluation.Outcome, "{0} of case {1}", result.Id, @case.CaseId);
            }

            for (var i = 0; i < classification.Offences.Length; i++)
            {
                foreach (var result in classification.Offences[i].Criteria)
                {
                    buffer[criteria.IndexOf(result.Criterion) + (1 + i) * criteria.Length].Should().Be(result.Evaluation.Outcome);
                }
            }

            for (var e = 0; e < classification.Cooperation.Length; e++)
            {
                foreach (var route in classification.Cooperation[e].Routes)
                {
                    buffer[criteria.IndexOf(route.Criterion) + (1 + @case.Offences.Count + e) * criteria.Length].Should().Be(route.Evaluation.Outcome);
                }
            }
        }
    }

    [Test]
    public void The_summary_ranks_the_same_missing_facts_without_evaluating()
    {
        foreach (var @case in Cases())
        {
            // Read first: ranked from outcomes and missing facts alone. Then from the evaluations of a second classification.
            var summary = Classifier.Classify(@case).MissingFacts;
            var full = Classifier.Classify(@case);
            _ = full.Criteria[0].Evidence;

            summary.Should().Equal(full.MissingFacts, "case {0}", @case.CaseId);
        }
    }

    [Test]
    public void Outcomes_are_known_before_the_evaluations_are_made()
    {
        var @case = Cases().First(c => c.Offences.Count > 1);
        var classification = Classifier.Classify(@case);
        var outcomes = classification.Criteria.Select(r => r.Outcome).ToList();

        classification.Criteria.Select(r => r.Evaluation.Outcome).Should().Equal(outcomes);
        classification.Criteria.Should().OnlyContain(r => r.Outcome != Outcome.Unknown ? r.MissingFacts.IsEmpty : r.Evidence.IsEmpty);
    }

    [Test]
    public void The_buffer_overload_allocates_nothing_after_warm_up()
    {
        var cases = Cases().Take(100).ToList();
        var buffer = new Outcome[Classifier.RuleSet.Criteria.Length * 64];
        foreach (var @case in cases)
        {
            Classifier.Outcomes(@case, buffer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var @case in cases)
        {
            Classifier.Outcomes(@case, buffer);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Test]
    public void A_buffer_too_short_is_refused_naming_the_size_needed()
    {
        var @case = Cases().First();
        var needed = Classifier.RuleSet.Criteria.Length * (1 + @case.Offences.Count + (@case.Abroad?.Count ?? 0));

        FluentActions.Invoking(() => Classifier.Outcomes(@case, new Outcome[needed - 1])).Should().Throw<ArgumentException>()
            .WithParameterName("outcomes").WithMessage($"*needs {needed}*");
    }

    [Test]
    public void Evaluate_compiles_a_rule_once_and_gives_the_same_tree_each_time()
    {
        var rule = Rule.Ref("untoc.art2.a") & Leaf.Flag(FactsField.PublicOfficialsInvolved, new("officials involved", "залучено посадових осіб"));
        var @case = Cases().First(c => c.Group is not null);

        var first = Classifier.Evaluate(rule, @case);
        var second = Classifier.Evaluate(rule, @case);

        second.Outcome.Should().Be(first.Outcome);
        second.Evidence.Should().Equal(first.Evidence);
        second.MissingFacts.Should().Equal(first.MissingFacts);
    }
}
