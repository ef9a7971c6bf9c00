using TransnationalRules.Json;
using TransnationalRules.Tests.Cli;

namespace TransnationalRules.Tests.Reliability;

/// <summary>
/// Error messages and the CLI's output for an invalid case carry no free-text case data: a name put in every free-text
/// place of a case, each one breaking a rule, appears nowhere in what comes back, in any format.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class NoEchoTests
{
    private const string Secret = "Petrenko";

    // The name as an unknown property and its value, an over-long title, notes, offence id and legal reference, an
    // unknown kind, aspect and partner, a state code, a string where a number belongs; caseId stays a plain id.
    // (An unknown property whose name is a short ASCII identifier, such as "suspect", is named in its path, by design:
    // that is a key of the sender's schema; any other name, like "Petrenko Ivan", is not shown.)
    private static readonly string Case =
        "{\"caseId\":\"C-7\",\"title\":\"" + Secret + new string('x', 600) + "\",\"notes\":\"" + Secret + new string('y', 2100) + "\","
        + "\"offences\":[{\"id\":\"" + Secret + new string('z', 70) + "\",\"kind\":\"" + Secret + "\",\"maximumPenaltyYears\":\"" + Secret + "\","
        + "\"legalBasis\":[{\"jurisdiction\":\"" + Secret + "\",\"reference\":\"" + Secret + new string('r', 250) + "\"}],"
        + "\"committedIn\":[\"" + Secret + "\"],\"substantialConduct\":[{\"state\":\"PL\",\"aspect\":\"" + Secret + "\"}]}],"
        + "\"facts\":{\"internationalCooperation\":[{\"partner\":\"" + Secret + "\"}]},\"" + Secret + " Ivan\":\"" + Secret + "\",\"suspect\":\"" + Secret + "\"}";

    [Test]
    public void The_library_reports_every_problem_without_repeating_the_name()
    {
        var result = new CaseClassifier().Classify(Case);

        result.Errors.Should().HaveCountGreaterThan(10);
        result.CaseId.Should().Be("C-7");
        string.Join("\n", result.Errors).Should().NotContainEquivalentOf(Secret);
        CaseJson.WriteErrors(result.CaseId, "x:1", result.Errors).Should().NotContainEquivalentOf(Secret);
    }

    [TestCase("json")]
    [TestCase("text")]
    [TestCase("markdown")]
    [TestCase("html")]
    public void The_CLI_reports_the_case_without_repeating_the_name(string format)
    {
        var (exit, stdout, stderr) = CliRunner.Run(Case + "\n", "classify", "-", "--format", format);

        exit.Should().Be(1);
        stdout.Should().Contain("C-7").And.NotContainEquivalentOf(Secret);
        stderr.Should().NotContainEquivalentOf(Secret);
    }
}
