using TransnationalRules.Benchmarks.Corpus;

namespace TransnationalRules.Benchmarks.Tests;

public class CorpusTests
{
    [Test]
    public void Every_case_of_both_versions_of_the_corpus_is_valid()
    {
        var corpus = BenchCorpus.Default;
        foreach (var c in corpus.WithUnknowns.Concat(corpus.FullyKnown))
        {
            CaseValidity.Problems(c).Should().BeEmpty("case {0} must be valid (DESIGN §4)", c.CaseId);
        }
    }

    [Test]
    public void The_corpus_has_a_thousand_cases_of_one_to_three_offences_some_facts_unknown()
    {
        var corpus = BenchCorpus.Default;
        corpus.WithUnknowns.Should().HaveCount(1000);
        corpus.FullyKnown.Should().HaveCount(1000);
        corpus.WithUnknowns.Select(c => c.Offences.Count).Distinct().Should().BeEquivalentTo([1, 2, 3]);
        corpus.WithUnknowns.Count(c => c.Group is null).Should().BePositive();
        corpus.WithUnknowns.SelectMany(c => c.Offences).Count(o => o.CommittedIn is null).Should().BePositive();
        corpus.FullyKnown.Should().OnlyContain(c => c.Group != null && c.Group.ActiveIn != null && c.Offences.All(o => o.CommittedIn != null && o.InvolvesGroup != null));
    }

    [Test]
    public void The_same_seed_gives_the_same_corpus_and_another_seed_another()
    {
        var again = BenchCorpus.Generate(BenchCorpus.DefaultSize, BenchCorpus.DefaultSeed);
        var other = BenchCorpus.Generate(BenchCorpus.DefaultSize, BenchCorpus.DefaultSeed + 1);

        Describe(again).Should().Equal(Describe(BenchCorpus.Default));
        Describe(other).Should().NotEqual(Describe(BenchCorpus.Default));
    }

    [Test]
    public void The_fully_known_version_is_a_completion_of_the_one_with_unknowns()
    {
        var corpus = BenchCorpus.Default;
        for (var i = 0; i < corpus.WithUnknowns.Count; i++)
        {
            var partial = corpus.WithUnknowns[i];
            var full = corpus.FullyKnown[i];
            partial.CaseId.Should().Be(full.CaseId);
            for (var j = 0; j < partial.Offences.Count; j++)
            {
                var p = partial.Offences[j];
                var f = full.Offences[j];
                (p.Kind, p.LifeImprisonment).Should().Be((f.Kind, f.LifeImprisonment));
                (p.MaximumPenaltyYears ?? f.MaximumPenaltyYears).Should().Be(f.MaximumPenaltyYears);
                (p.InvolvesGroup ?? f.InvolvesGroup).Should().Be(f.InvolvesGroup);
                (p.CommittedIn ?? f.CommittedIn).Should().Equal(f.CommittedIn);
            }
        }
    }

    private static List<string> Describe(BenchCorpus corpus) =>
        [.. corpus.WithUnknowns.Select(c => string.Join(";", c.Offences.Select(o =>
            $"{o.Kind} {o.MaximumPenaltyYears} {string.Join(",", o.CommittedIn ?? [])} {o.InvolvesGroup}")) + " " + c.Group?.Members)];
}
