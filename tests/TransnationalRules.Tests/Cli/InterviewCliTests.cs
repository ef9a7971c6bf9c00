using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using TransnationalRules.Json;

namespace TransnationalRules.Tests.Cli;

/// <summary>The <c>interview</c> command as a process: scripted answers, redirected input, and Ctrl-C (SIGINT) mid-interview.</summary>
[Parallelizable(ParallelScope.All)]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public partial class InterviewCliTests
{
    private string dir = "";

    [SetUp]
    public void CreateFolder()
    {
        dir = Path.Combine(Path.GetTempPath(), "tr-interview-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public void Answers_from_a_complete_case_print_one_path_per_question_and_the_count()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "interview", "--answers-from", "samples/cases/2024-ua-pl-drug-labs.json");

        exit.Should().Be(0, stderr);
        var lines = CliRunner.Lines(stdout);
        lines[^1].Should().Be($"questions: {lines.Length - 1}");
        lines[..^1].Should().OnlyHaveUniqueItems().And.Contain("offences[0].committedIn").And.Contain("group.members");
        lines[..^1].Should().NotContain(p => p.StartsWith("facts.", StringComparison.Ordinal) || p.StartsWith("abroad", StringComparison.Ordinal),
            "nothing the Convention question does not read is asked");
        stderr.Should().Contain("conventionApplies: met");
    }

    [Test]
    public void The_document_order_walks_the_fields_in_order_and_asks_more()
    {
        var (_, goal, _) = CliRunner.Run("", "interview", "--answers-from", "samples/cases/2024-md-call-centres.json");
        var (exit, document, stderr) = CliRunner.Run("", "interview", "--answers-from", "samples/cases/2024-md-call-centres.json", "--order", "document");

        exit.Should().Be(0, stderr);
        var paths = CliRunner.Lines(document)[..^1];
        paths.Take(5).Should().Equal("offences[0].maximumPenaltyYears", "offences[0].committedIn", "offences[0].substantialConduct",
            "offences[0].substantialEffectsIn", "offences[0].involvesGroup");
        paths.Length.Should().BeGreaterThan(CliRunner.Lines(goal).Length - 1);
    }

    [Test]
    public void Typed_answers_are_checked_re_asked_and_the_completed_case_written()
    {
        var output = Path.Combine(dir, "out.json");
        // Header (case id, one offence), then answers for whatever is asked; bad input first, each re-asked.
        var (exit, stdout, stderr) = CliRunner.Run(
            "UA-1\nfraud\nfraud\n\n",
            "interview", "--goal", "transnational", "--out", output);

        exit.Should().Be(0, stderr);
        stdout.Should().Contain("[1] Where the offence was committed — offences[0].committedIn");
        stdout.Should().Contain("End of input");
        var read = CaseJson.Read(File.ReadAllText(output));
        read.IsValid.Should().BeTrue();
        read.Case!.CaseId.Should().Be("UA-1");

        var (exit2, stdout2, _) = CliRunner.Run("XX\nua pl\n", "interview", output, "--goal", "transnational", "--out", output);
        exit2.Should().Be(0);
        stdout2.Should().Contain("'XX' is not a State code");
        stdout2.Should().Contain("transnational: met");
        stdout2.Should().Contain("The goal is decided.");
        CaseJson.Read(File.ReadAllText(output)).Case!.Offences[0].CommittedIn.Should().Equal("UA", "PL");
    }

    [Test]
    public void Ukrainian_questions_and_outcomes()
    {
        var file = Path.Combine(dir, "case.json");
        File.WriteAllText(file, """{"caseId":"c","offences":[{"id":"o","kind":"fraud"}]}""");

        var (exit, stdout, _) = CliRunner.Run("ні\n", "interview", file, "--lang", "uk", "--goal", "transnational");

        exit.Should().Be(0);
        stdout.Should().Contain("Де вчинено правопорушення — offences[0].committedIn");
        stdout.Should().Contain("transnational: не встановлено");
        File.Exists(Path.Combine(dir, "case-completed.json")).Should().BeTrue("the default output is CASE-completed.json");
    }

    [Test]
    public void An_invalid_case_file_is_named_with_its_errors()
    {
        var file = Path.Combine(dir, "bad.json");
        File.WriteAllText(file, """{"caseId":"c","offences":[{"id":"o","kind":"arson"}]}""");

        var (exit, _, stderr) = CliRunner.Run("", "interview", file);

        exit.Should().Be(1);
        stderr.Should().Contain("offences[0].kind");
    }

    [Test]
    public void Ctrl_C_mid_interview_saves_the_answers_so_far()
    {
        var output = Path.Combine(dir, "interrupted.json");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = CliRunner.RepositoryRoot,
        };
        foreach (var a in (string[])[CliRunner.CliDll, "interview", "--out", output])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var answers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["offences[0].maximumPenaltyYears"] = "12",
            ["offences[0].committedIn"] = "MD UA",
            ["offences[0].involvesGroup"] = "y",
        };
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        process.StandardInput.WriteLine("UA-2");
        process.StandardInput.WriteLine("fraud");
        process.StandardInput.WriteLine("fraud");
        process.StandardInput.WriteLine();
        process.StandardInput.Flush();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var text = new StringBuilder();
        string? line;
        while ((line = process.StandardOutput.ReadLine()) is not null && !timeout.IsCancellationRequested)
        {
            text.AppendLine(line);
            if (Question().Match(line) is not { Success: true } m)
            {
                continue;
            }

            var path = m.Groups["path"].Value;
            if (given.Count == 2)
            {
                // Mid-interview, waiting for the third answer: Ctrl-C.
                using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                kill.WaitForExit();
                break;
            }

            var answer = answers.GetValueOrDefault(path, "?");
            given[path] = answer;
            process.StandardInput.WriteLine(answer);
            process.StandardInput.Flush();
        }

        process.WaitForExit(60_000).Should().BeTrue(text.ToString());
        process.ExitCode.Should().Be(130, text.ToString());
        stderr.Result.Should().Contain("Interrupted");
        var read = CaseJson.Read(File.ReadAllText(output));
        read.IsValid.Should().BeTrue("the file written on Ctrl-C is a valid case");
        var saved = read.Case!;
        saved.CaseId.Should().Be("UA-2");
        given.Should().HaveCount(2);
        foreach (var (path, answer) in given)
        {
            var value = path switch
            {
                "offences[0].maximumPenaltyYears" => saved.Offences[0].MaximumPenaltyYears?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "offences[0].committedIn" => saved.Offences[0].CommittedIn is { } c ? string.Join(' ', c) : null,
                "offences[0].involvesGroup" => saved.Offences[0].InvolvesGroup is { } g ? (g ? "y" : "n") : null,
                _ => null,
            };
            value.Should().Be(answer == "?" ? null : answer, $"{path} was answered '{answer}' before Ctrl-C");
        }
    }

    [GeneratedRegex(@"^\[\d+\] .* — (?<path>\S+)$")]
    private static partial Regex Question();
}
