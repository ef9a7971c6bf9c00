using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TransnationalRules.Benchmarks.Corpus;

namespace TransnationalRules.Benchmarks;

/// <summary>
/// Runs every benchmark class of this assembly and ends with the one line that compares TransnationalRules with the
/// alternatives measured in the same run:
/// <c>ratios: outcomesVsHandwritten=X classifyVsRulesEngine=X classifyVsNRules=X outcomesVsRulesEngine=X batchSummaryVsRawJson=X batchFullVsRawJson=X</c>,
/// each X being the baseline's mean time divided by TransnationalRules' (bigger is better).
/// </summary>
/// <remarks>
/// <c>--quick</c>: a short in-process job (3 warm-up and 3 measured iterations; 1 warm-up for the batch), a few
/// minutes on two cores. Other arguments go to BenchmarkDotNet (e.g. <c>--filter *Outcome*</c>). A ratio whose
/// benchmarks did not run (filtered out) reads <c>pending</c>.
/// </remarks>
internal static class BenchmarkProgram
{
    public const string ClassifyFullyKnown = "Classify_FullyKnown";
    public const string ClassifyWithUnknowns = "Classify_WithUnknowns";
    public const string RulesEngine = "RulesEngine_FullyKnown";
    public const string NRules = "NRules_FullyKnown";
    public const string Handwritten = "Handwritten_FullyKnown";
    public const string Outcomes = "Outcomes_FullyKnown";
    public const string BatchFull = "Batch_ReadValidateClassifyWriteFull";
    public const string BatchSummary = "Batch_ReadValidateClassifyWriteSummary";
    public const string BatchRawJson = "Batch_RawJsonReadWrite";

    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToArray();
        var types = Assembly.GetExecutingAssembly().GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
        var summaries = new List<Summary>();
        if (quick)
        {
            // In-process (no generated project to build) and few iterations. A batch operation takes seconds: one
            // invocation per iteration, one warm-up, so the whole run stays within a few minutes on two cores.
            var shortJob = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick");
            var batchJob = shortJob.WithWarmupCount(1).WithInvocationCount(1).WithUnrollFactor(1).WithId("QuickBatch");
            var batch = types.Where(t => t.Name.StartsWith("Batch", StringComparison.Ordinal)).ToArray();
            summaries.AddRange(BenchmarkRunner.Run([.. types.Except(batch)], DefaultConfig.Instance.AddJob(shortJob), rest));
            summaries.AddRange(BenchmarkRunner.Run(batch, DefaultConfig.Instance.AddJob(batchJob), rest));
        }
        else
        {
            summaries.AddRange(BenchmarkRunner.Run(types, DefaultConfig.Instance, rest));
        }

        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();

        double? Mean(string method) => reports
            .FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method)?.ResultStatistics!.Mean;
        string Ratio(string other, string ours) =>
            Mean(other) is double o && Mean(ours) is double m && m > 0 ? (o / m).ToString("0.00", CultureInfo.InvariantCulture) : "pending";

        foreach (var report in reports)
        {
            var bytes = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            if (bytes is long b)
            {
                var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                var cases = method.StartsWith("Batch", StringComparison.Ordinal) ? Benchmarks.BatchBenchmarks.Lines : BenchCorpus.DefaultSize;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated: {method} {b / (double)cases:0} B per case"));
            }
        }

        // Each ratio: the baseline's mean time divided by ours, both from this run. The engines' benchmarks sit in
        // different classes (different BenchmarkDotNet baselines); the means are comparable because every one of them
        // is one pass over the same 1,000 fully known cases.
        Console.WriteLine(
            $"ratios: outcomesVsHandwritten={Ratio(Handwritten, Outcomes)} " +
            $"classifyVsRulesEngine={Ratio(RulesEngine, ClassifyFullyKnown)} classifyVsNRules={Ratio(NRules, ClassifyFullyKnown)} " +
            $"outcomesVsRulesEngine={Ratio(RulesEngine, Outcomes)} " +
            $"batchSummaryVsRawJson={Ratio(BatchRawJson, BatchSummary)} batchFullVsRawJson={Ratio(BatchRawJson, BatchFull)}");
        return reports.Count == 0 ? 1 : 0;
    }
}
