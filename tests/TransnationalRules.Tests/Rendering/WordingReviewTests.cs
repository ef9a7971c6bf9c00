using System.Text;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Tests.Cli;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Rendering;

/// <summary>
/// <c>samples/cases/WORDING.md</c>, the review artefact of DESIGN §8: for each criterion and route and each outcome the
/// samples give it, the Ukrainian and English reason side by side, so a lawyer reviews every sentence in one file.
/// <c>UPDATE_WORDING=1 dotnet test tests/TransnationalRules.Tests --filter WordingReviewTests</c> rewrites it.
/// </summary>
public class WordingReviewTests
{
    private static string CasesFolder => Path.Combine(CliRunner.RepositoryRoot, "samples", "cases");

    private static string FilePath => Path.Combine(CasesFolder, "WORDING.md");

    [Test]
    public void The_review_file_matches_the_code()
    {
        var generated = Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_WORDING") == "1")
        {
            File.WriteAllText(FilePath, generated, new UTF8Encoding(false));
        }

        File.Exists(FilePath).Should().BeTrue($"{FilePath} must exist; run `UPDATE_WORDING=1 dotnet test tests/TransnationalRules.Tests --filter WordingReviewTests`");
        File.ReadAllText(FilePath).ReplaceLineEndings("\n").Should().Be(generated,
            "samples/cases/WORDING.md is out of date with the reasons; run `UPDATE_WORDING=1 dotnet test tests/TransnationalRules.Tests --filter WordingReviewTests` and commit the result");
    }

    private static string Generate()
    {
        // The first sample (in file-name order) giving each (criterion, outcome): its reason; offence-level criteria per offence.
        var seen = new Dictionary<(string Id, Outcome Outcome), (string Sample, LocalizedText Reason)>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var @case = CaseJson.Read(File.ReadAllBytes(file)).Case!;
            var c = Evaluate.Default.Classify(@case);
            var sample = Path.GetFileNameWithoutExtension(file);
            var results = c.Offences.SelectMany(o => o.Criteria.Select(r => (Where: $"{sample} ({o.Id})", Result: r)))
                .Concat(c.Criteria.Select(r => (Where: sample, Result: r)))
                .Concat(c.Cooperation.SelectMany(s => s.Routes.Select(r => (Where: $"{sample} ({s.State})", Result: r))));
            foreach (var (where, r) in results)
            {
                seen.TryAdd((r.Id, r.Outcome), (where, r.Reason));
            }
        }

        var md = new StringBuilder();
        md.Append("# Wording review: every reason the library gives, in Ukrainian and English\n\n");
        md.Append("Generated from the code by `tests/TransnationalRules.Tests/Rendering/WordingReviewTests.cs`; do not edit by hand. For each\n");
        md.Append("criterion and cooperation route and each outcome (так / ні / не встановлено), the reason of the first sample case\n");
        md.Append("(in file-name order; an offence-level criterion for one offence) that gives it. Regenerate with\n");
        md.Append("`UPDATE_WORDING=1 dotnet test tests/TransnationalRules.Tests --filter WordingReviewTests`.\n\n");
        md.Append("Quoted provisions: art. 2(a), 2(b) and the beginning of 2(c) are quoted from the official Ukrainian text; every\n");
        md.Append("other Ukrainian provision is a translation and says so («Переклад (офіційний український текст не звірено)»).\n");
        foreach (var criterion in RuleSet.Default.Criteria)
        {
            md.Append($"\n## `{criterion.Id}` — {criterion.Title.Uk} / {criterion.Title.En}\n\n");
            md.Append($"{criterion.UkrainianCitation} / {criterion.Citation}\n\n");
            if (criterion.UkrainianProvision is { } provision)
            {
                md.Append($"> {provision}\n\n");
            }

            md.Append("| outcome | sample | українською | in English |\n| --- | --- | --- | --- |\n");
            foreach (var outcome in new[] { Outcome.Met, Outcome.NotMet, Outcome.Unknown })
            {
                var word = outcome switch { Outcome.Met => "так / met", Outcome.NotMet => "ні / not met", _ => "не встановлено / unknown" };
                md.Append(seen.TryGetValue((criterion.Id, outcome), out var s)
                    ? $"| {word} | `{s.Sample}` | {Cell(s.Reason.Uk)} | {Cell(s.Reason.En)} |\n"
                    : $"| {word} | — | {(DesignIds.KindOnly.Contains(criterion.Id) && outcome == Outcome.Unknown ? "не буває: вид правопорушення відомий завжди" : "жоден зразок")} | {(DesignIds.KindOnly.Contains(criterion.Id) && outcome == Outcome.Unknown ? "cannot happen: the kind is always known" : "no sample")} |\n");
            }
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
