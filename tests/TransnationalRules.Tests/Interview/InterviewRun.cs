using TransnationalRules.Classification;
using TransnationalRules.Interviews;
using TransnationalRules.Json;
using TransnationalRules.Model;

namespace TransnationalRules.Tests.Interviews;

/// <summary>Runs an interview to its end, answering each question from a complete case (what it does not hold: unknown).</summary>
internal static class InterviewRun
{
    public static readonly Classifier Default = new(RuleSet.Default);

    public static string SamplesFolder => Path.Combine(Cli.CliRunner.RepositoryRoot, "samples", "cases");

    public static IEnumerable<string> SampleFiles() =>
        Directory.EnumerateFiles(SamplesFolder, "*.json").Order(StringComparer.Ordinal);

    public static CaseDescription Read(string file) =>
        CaseJson.Read(File.ReadAllText(file)).Case ?? throw new InvalidDataException(file + " is not a valid case.");

    /// <summary>The case as an interview starts it: <c>caseId</c> and offences with <c>id</c> and <c>kind</c> only.</summary>
    public static CaseDescription Minimal(CaseDescription complete) => new()
    {
        CaseId = complete.CaseId,
        Offences = [.. complete.Offences.Select(o => new Offence { Id = o.Id, Kind = o.Kind })],
    };

    /// <summary>The interview at its end and the paths asked, in order.</summary>
    public static (Interview End, List<string> Asked) Run(
        CaseDescription complete, InterviewGoal goal, bool documentOrder = false, Classifier? classifier = null, CaseDescription? start = null)
    {
        var interview = Interview.Start(classifier ?? Default, start ?? Minimal(complete), goal, documentOrder: documentOrder);
        var asked = new List<string>();
        while (interview.Next is { } question)
        {
            asked.Add(question.Path);
            if (asked.Count > 500)
            {
                throw new InvalidOperationException("The interview does not end: " + string.Join(", ", asked.TakeLast(5)));
            }

            interview = interview.AnswerFrom(question.Path, complete);
        }

        return (interview, asked);
    }
}
