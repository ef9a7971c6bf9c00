using System.Globalization;
using TransnationalRules.Interviews;

namespace TransnationalRules.Tests.Interviews;

/// <summary>
/// The figure: on every sample case, from <c>caseId</c> and offences (<c>id</c>, <c>kind</c>), answering from the
/// complete sample, the interview needs at most 60 % of the questions the paper form (document order) needs to decide
/// <c>conventionApplies</c>, and never more on any one sample. Counts, not time.
/// </summary>
public class InterviewSampleTests
{
    [Test]
    public void The_interview_asks_at_most_60_percent_of_the_paper_form_and_never_more_on_any_sample()
    {
        var rows = new List<(string Name, int Interview, int Document)>();
        foreach (var file in InterviewRun.SampleFiles())
        {
            var complete = InterviewRun.Read(file);
            var (_, asked) = InterviewRun.Run(complete, InterviewGoal.ConventionApplies);
            var (_, form) = InterviewRun.Run(complete, InterviewGoal.ConventionApplies, documentOrder: true);
            rows.Add((Path.GetFileNameWithoutExtension(file), asked.Count, form.Count));
        }

        foreach (var (name, interview, document) in rows)
        {
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {interview} | {document} |"));
        }

        var total = rows.Sum(r => r.Interview);
        var totalDocument = rows.Sum(r => r.Document);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| total ({rows.Count} samples) | {total} | {totalDocument} | {100.0 * total / totalDocument:F1} %"));

        rows.Should().HaveCountGreaterThanOrEqualTo(32);
        rows.Where(r => r.Interview > r.Document).Should().BeEmpty("the interview never asks more than the paper form");
        (100 * total).Should().BeLessThanOrEqualTo(60 * totalDocument, "the interview asks at most 60 % of the paper form's questions in all");
    }

    [TestCase("2018-thb-network")]
    [TestCase("2024-ua-pl-drug-labs")]
    [TestCase("2024-md-call-centres")]
    public void An_article_operation_reaches_its_headline_outcomes_through_the_interview(string name)
    {
        var complete = InterviewRun.Read(Path.Combine(InterviewRun.SamplesFolder, name + ".json"));
        var fromFile = InterviewRun.Default.Classify(complete);

        var (end, asked) = InterviewRun.Run(complete, InterviewGoal.ConventionApplies);

        end.Classification.ConventionApplies.Should().Be(fromFile.ConventionApplies);
        var (transnational, _) = InterviewRun.Run(complete, InterviewGoal.Transnational);
        transnational.Classification.Transnational.Should().Be(fromFile.Transnational);
        asked.Should().OnlyHaveUniqueItems("no question is asked twice");
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, asked));
    }
}
