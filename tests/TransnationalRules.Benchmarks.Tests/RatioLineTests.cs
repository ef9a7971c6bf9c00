using System.Reflection;
using BenchmarkDotNet.Attributes;
using TransnationalRules.Benchmarks.Benchmarks;

namespace TransnationalRules.Benchmarks.Tests;

/// <summary>The ratios line reads benchmarks by method name: a renamed benchmark would silently read <c>pending</c>.</summary>
public class RatioLineTests
{
    [Test]
    public void Every_benchmark_the_ratios_line_names_exists()
    {
        var assembly = typeof(BatchBenchmarks).Assembly;
        var program = assembly.GetType("TransnationalRules.Benchmarks.BenchmarkProgram", throwOnError: true)!;
        var benchmarks = assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);

        var named = program.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        named.Should().HaveCount(9).And.OnlyContain(name => benchmarks.Contains(name));
    }
}
