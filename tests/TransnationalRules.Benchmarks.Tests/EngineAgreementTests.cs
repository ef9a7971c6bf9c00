using TransnationalRules.Benchmarks.Corpus;
using TransnationalRules.Benchmarks.Engines;
using TransnationalRules.Classification;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Tests;

/// <summary>
/// The benchmarks' GlobalSetup check, run by CI: TransnationalRules, its outcome-only path, the hand-written chain,
/// RulesEngine and NRules give the same UNTOC outcome for every offence of the fully known corpus.
/// </summary>
public class EngineAgreementTests
{
    private static readonly Classifier Classifier = new(RuleSet.Default);
    private static readonly Lazy<IUntocEngine[]> Engines = new(() =>
        [new LibraryUntoc(Classifier), new LibraryOutcomesUntoc(), new HandwrittenUntoc(), new RulesEngineUntoc(), new NRulesUntoc()]);

    [Test]
    public void All_engines_agree_on_every_offence_of_the_benchmark_corpus()
    {
        var report = EngineAgreement.Verify(BenchCorpus.Default.FullyKnown, Engines.Value);

        report.Engines.Should().Be(5);
        report.Cases.Should().Be(BenchCorpus.DefaultSize);
        report.Offences.Should().BeGreaterThan(BenchCorpus.DefaultSize);
        foreach (var (id, met) in report.MetCounts)
        {
            // Agreement means something only if every criterion goes both ways in the corpus.
            met.Should().BeInRange(50, report.Offences - 50, "{0} should be met for some offences and not met for others", id);
        }
    }

    [TestCaseSource(nameof(EveryEngine))]
    public void Each_engine_finds_what_the_law_says_in_a_known_case(string engine)
    {
        // Fraud committed in Moldova, directed from Ukraine, effects in Ukraine, by an organised group active in MD and UA;
        // and money laundering in Moldova alone, with no conduct or effects elsewhere and no group.
        var @case = new CaseDescription
        {
            CaseId = "T-1",
            Offences =
            [
                new Offence
                {
                    Id = "fraud", Kind = OffenceKind.Fraud, MaximumPenaltyYears = 12, CommittedIn = ["MD"],
                    SubstantialConduct = [new SubstantialConduct { State = "UA", Aspect = ConductAspect.Direction }],
                    SubstantialEffectsIn = ["UA"], InvolvesGroup = true,
                },
                new Offence
                {
                    Id = "laundering", Kind = OffenceKind.MoneyLaundering, MaximumPenaltyYears = 3, CommittedIn = ["MD", "MD"],
                    SubstantialConduct = [], SubstantialEffectsIn = ["MD"], InvolvesGroup = false,
                },
            ],
            Group = new CriminalGroup
            {
                Members = 5, ExistsForPeriodOfTime = true, Structured = true, ActsInConcert = true,
                AimsAtSeriousCrime = true, MaterialBenefit = true, ActiveIn = ["MD", "UA"],
            },
        };
        var findings = new UntocFindings[2];

        Engines.Value.Single(e => e.Name == engine).Evaluate(@case, findings);

        findings[0].Should().Be(
            UntocFindings.OrganisedCriminalGroup | UntocFindings.SeriousCrime | UntocFindings.SubstantialConductElsewhere
            | UntocFindings.GroupActiveInMoreThanOneState | UntocFindings.SubstantialEffectsElsewhere | UntocFindings.TransnationalInNature
            | UntocFindings.InvolvesOrganisedCriminalGroup | UntocFindings.ConventionApplies);
        findings[1].Should().Be(UntocFindings.OrganisedCriminalGroup | UntocFindings.ConventionOffence,
            "MD twice is one state, effects stay in MD, and the group is not involved");
    }

    [Test]
    public void Agreement_fails_loudly_when_an_engine_disagrees()
    {
        var wrong = new Disagreeing(new HandwrittenUntoc());

        FluentActions.Invoking(() => EngineAgreement.Verify(BenchCorpus.Default.FullyKnown.Take(20).ToList(), [new HandwrittenUntoc(), wrong]))
            .Should().Throw<InvalidOperationException>().WithMessage("*disagree*untoc.art3.1*");
    }

    private static IEnumerable<string> EveryEngine() =>
        ["TransnationalRules", "TransnationalRules.Outcomes", "Handwritten", "RulesEngine", "NRules"];

    /// <summary>An engine that never finds art. 3(1).</summary>
    private sealed class Disagreeing(IUntocEngine inner) : IUntocEngine
    {
        public string Name => "Disagreeing";

        public void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence)
        {
            inner.Evaluate(fullyKnown, perOffence);
            for (var i = 0; i < fullyKnown.Offences.Count; i++)
            {
                perOffence[i] &= ~UntocFindings.ConventionApplies;
            }
        }
    }
}
