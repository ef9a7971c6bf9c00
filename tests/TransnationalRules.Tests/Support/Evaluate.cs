using TransnationalRules.Classification;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Tests.Support;

/// <summary>Classifies with the default set and reads one criterion's result.</summary>
internal static class Evaluate
{
    public static readonly Classifier Default = new(RuleSet.Default);

    public static CriterionResult CaseLevel(CaseDescription c, string id) => Default.Classify(c)[id];

    public static CriterionResult ForOffence(CaseDescription c, string id, int offence = 0) =>
        Default.Classify(c).Offences[offence].Criteria.Single(r => r.Id == id);

    public static void ShouldBe(this CriterionResult r, Outcome outcome, string[]? evidence = null, string[]? missing = null)
    {
        r.Outcome.Should().Be(outcome, "reason: {0}", r.Reason.En);
        if (outcome == Outcome.Unknown)
        {
            r.Evidence.Should().BeEmpty();
            r.MissingFacts.Should().NotBeEmpty("an unknown criterion names the facts that would decide it");
            if (missing is not null)
            {
                r.MissingFacts.Should().Equal(missing);
            }
        }
        else
        {
            r.MissingFacts.Should().BeEmpty();
            r.Evidence.Should().NotBeEmpty("a decided criterion names the facts that decided it");
            if (evidence is not null)
            {
                r.Evidence.Should().Equal(evidence);
            }
        }

        r.Reason.En.Should().NotBeNullOrWhiteSpace();
        r.Reason.Uk.Should().NotBeNullOrWhiteSpace();
    }
}
