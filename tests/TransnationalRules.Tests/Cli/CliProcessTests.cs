using System.Text.Json;

namespace TransnationalRules.Tests.Cli;

[Parallelizable(ParallelScope.All)]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class CliProcessTests
{
    private const string Good1 = """{"caseId":"g1","offences":[{"id":"o","kind":"fraud","maximumPenaltyYears":12,"committedIn":["MD","UA"]}]}""";
    private const string Good2 = """{"caseId":"g2","offences":[{"id":"o","kind":"drugTrafficking","committedIn":["UA"],"substantialConduct":[],"substantialEffectsIn":[],"involvesGroup":false}]}""";
    private const string Bad = """{"caseId":"b1","offences":[{"id":"o","kind":"arson","committedIn":["ua"]}]}""";

    private string dir = "";

    [SetUp]
    public void CreateFolder()
    {
        dir = Path.Combine(Path.GetTempPath(), "tr-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public void A_bad_line_between_good_ones_gives_an_error_line_in_its_place()
    {
        var file = Path.Combine(dir, "cases.jsonl");
        File.WriteAllText(file, $"{Good1}\n{Bad}\n\n{Good2}\nnot json\n");
        var (exit, stdout, _) = CliRunner.Run("", "classify", file, "--format", "json");

        exit.Should().Be(1, "a case was invalid");
        var lines = CliRunner.Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Should().HaveCount(4, "four cases in (the blank line is not a case), four lines out");
        lines[0].GetProperty("caseId").GetString().Should().Be("g1");
        lines[0].GetProperty("transnational").GetString().Should().Be("met");
        lines[1].GetProperty("caseId").GetString().Should().Be("b1");
        lines[1].GetProperty("source").GetString().Should().Be($"{file}:2");
        lines[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString())
            .Should().Contain(["offences[0].kind", "offences[0].committedIn[0]"]);
        lines[2].GetProperty("caseId").GetString().Should().Be("g2");
        lines[2].GetProperty("transnational").GetString().Should().Be("notMet");
        lines[3].GetProperty("caseId").ValueKind.Should().Be(JsonValueKind.Null);
        lines[3].GetProperty("source").GetString().Should().Be($"{file}:5");
    }

    [Test]
    public void Standard_input_is_read_as_JSON_lines()
    {
        var (exit, stdout, _) = CliRunner.Run($"{Good1}\n{Good2}\n", "classify", "-", "--format", "json");
        exit.Should().Be(0);
        CliRunner.Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()).Should().Equal("g1", "g2");
    }

    [Test]
    public void A_json_file_may_hold_an_array_of_cases()
    {
        var file = Path.Combine(dir, "many.json");
        File.WriteAllText(file, $"[\n{Good1},\n{Bad},\n{Good2}\n]");
        var (exit, stdout, _) = CliRunner.Run("", "classify", file, "--format", "json");
        exit.Should().Be(1);
        var lines = CliRunner.Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Should().HaveCount(3);
        lines[1].GetProperty("source").GetString().Should().Be($"{file}:3");
    }

    [Test]
    public void The_sample_cases_are_all_classified()
    {
        var cases = Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "samples", "cases"), "*.json").Length;
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", "samples/cases", "--format", "json");
        exit.Should().Be(0, stderr);
        CliRunner.Lines(stdout).Should().HaveCount(cases);
    }

    [Test]
    public void The_default_text_format_is_a_readable_summary()
    {
        var file = Path.Combine(dir, "one.json");
        File.WriteAllText(file, Good1);
        var (exit, stdout, _) = CliRunner.Run("", "classify", file);
        exit.Should().Be(0);
        stdout.Should().Contain("Case g1").And.Contain("Transnational in nature (UNTOC art. 3(2)): MET").And.Contain("Committed in Moldova and Ukraine");
    }

    [TestCase("markdown", "# Transnational organised crime")]
    [TestCase("html", "<!DOCTYPE html>")]
    public void Reports_render_in_Ukrainian_too(string format, string start)
    {
        var (exit, stdout, _) = CliRunner.Run($"{Good1}\n", "classify", "-", "--format", format, "--lang", "uk");
        exit.Should().Be(0);
        stdout.Should().Contain("Вчинено в Молдові та Україні");
        if (format == "markdown")
        {
            stdout.Should().Contain("# Транснаціональна організована злочинність");
        }
        else
        {
            stdout.Should().StartWith(start);
        }
    }

    [Test]
    public void A_missing_path_is_a_usage_error()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", Path.Combine(dir, "nope.json"));
        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("does not exist");
    }

    [TestCase("classify", "x.json", "--format", "yaml")]
    [TestCase("classify")]
    [TestCase("frobnicate")]
    public void Bad_arguments_are_usage_errors(params string[] args)
    {
        CliRunner.Run("", args).ExitCode.Should().Be(2);
    }

    [Test]
    public void Help_describes_the_command()
    {
        var (exit, stdout, _) = CliRunner.Run("", "classify", "--help");
        exit.Should().Be(0);
        stdout.Should().Contain("--format").And.Contain("--lang").And.Contain("PATH");
    }

    [Test]
    public void A_CLI_that_outlives_its_timeout_is_killed_and_reported()
    {
        // A millisecond is less than the runtime takes to start: the CLI is killed before it writes anything.
        FluentActions.Invoking(() => CliRunner.Stream(_ => { }, TimeSpan.FromMilliseconds(1), "classify", "samples/cases", "--format", "json"))
            .Should().Throw<TimeoutException>();
    }

    [Test]
    public void Summary_detail_writes_outcomes_only_and_is_smaller()
    {
        var file = Path.Combine(dir, "one.jsonl");
        File.WriteAllText(file, $"{Good1}\n{Bad}\n");
        var (fullExit, full, _) = CliRunner.Run("", "classify", file, "--format", "json", "--detail", "full");
        var (exit, summary, stderr) = CliRunner.Run("", "classify", file, "--format", "json", "--detail", "summary");

        exit.Should().Be(1, stderr);
        fullExit.Should().Be(1);
        var lines = CliRunner.Lines(summary);
        lines.Should().HaveCount(2, "N cases in, N lines out at either level");
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("outcomes").GetProperty("untoc.art3.2").GetString().Should().Be("met");
        first.TryGetProperty("criteria", out _).Should().BeFalse("the summary carries no reasons");
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("errors").GetArrayLength().Should().BePositive();
        lines[0].Length.Should().BeLessThan(2048).And.BeLessThan(CliRunner.Lines(full)[0].Length / 4);
    }

    [Test]
    public void Summary_detail_with_another_format_is_a_usage_error()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", "samples/cases", "--detail", "summary");
        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--format json");
    }

    [TestCase("--formt", "Unknown option --formt; did you mean --format?")]
    [TestCase("--detial", "Unknown option --detial; did you mean --detail?")]
    [TestCase("-x", "Unknown option -x.")]
    public void A_mistyped_option_is_an_unknown_option_not_a_missing_file(string flag, string message)
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", "samples/cases/edge-group-absent.json", flag, "json");

        exit.Should().Be(2, "a usage error");
        stdout.Should().BeEmpty("nothing is classified");
        stderr.Should().Contain(message).And.Contain("Usage:").And.NotContain("does not exist");
    }

    [Test]
    public void After_a_double_dash_a_name_starting_with_a_dash_is_a_path()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", "--format", "json", "--", "-no-such-file.json");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("'-no-such-file.json' does not exist").And.NotContain("Unknown option");
    }

    [Test]
    public void An_empty_folder_or_empty_input_finds_no_case_and_exits_2()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", dir, "--format", "json");
        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("No case found");

        (exit, stdout, stderr) = CliRunner.Run("\n\n", "classify", "-");
        exit.Should().Be(2);
        stderr.Should().Contain("No case found in standard input");
    }

    [Test]
    public void Skipped_files_in_a_folder_are_named_on_standard_error()
    {
        File.WriteAllText(Path.Combine(dir, "a.json"), Good1);
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "not a case");
        var (exit, stdout, stderr) = CliRunner.Run("", "classify", dir, "--format", "json");
        exit.Should().Be(0, "a skipped file does not change the exit code");
        CliRunner.Lines(stdout).Should().HaveCount(1);
        stderr.Should().Contain(Path.Combine(dir, "notes.txt"));
    }

    [Test]
    public void An_empty_file_gets_an_error_line_naming_its_source()
    {
        var empty = Path.Combine(dir, "empty.json");
        File.WriteAllText(empty, "");
        File.WriteAllText(Path.Combine(dir, "b.json"), Good1);
        var (exit, stdout, _) = CliRunner.Run("", "classify", dir, "--format", "json");
        exit.Should().Be(1, "the empty file stands as an invalid case");
        var lines = CliRunner.Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Should().HaveCount(2);
        var error = lines[1];
        error.GetProperty("source").GetString().Should().Be($"{empty}:1");
        error.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain(empty);

        (exit, _, _) = CliRunner.Run("", "classify", empty, "--format", "json");
        exit.Should().Be(2, "an empty file alone holds no case at all");
    }

    [Test]
    public void UK_and_EL_get_a_hint_without_echoing_the_value()
    {
        const string Case = """{"caseId":"h","offences":[{"id":"o","kind":"fraud","committedIn":["UK","EL","ZZ"]}]}""";
        var (exit, stdout, _) = CliRunner.Run(Case + "\n", "classify", "-", "--format", "json");
        exit.Should().Be(1);
        var messages = JsonDocument.Parse(CliRunner.Lines(stdout)[0]).RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => e.GetProperty("message").GetString()).ToArray();
        messages.Should().HaveCount(3);
        messages[0].Should().EndWith("Use GB for the United Kingdom.");
        messages[1].Should().EndWith("Use GR for Greece.");
        messages[2].Should().NotContain("ZZ").And.NotContain("Use ");
    }

    [Test]
    public void Help_lists_the_exit_codes_and_the_detail_option()
    {
        var (exit, stdout, _) = CliRunner.Run("", "classify", "--help");
        exit.Should().Be(0);
        stdout.Should().Contain("Exit codes: 0").And.Contain("2 a usage error").And.Contain("--detail");
    }
}
