using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using TransnationalRules.Classification;
using TransnationalRules.Json;

namespace TransnationalRules.DependencyInjection.Tests;

/// <summary>The singleton contract: one instance for every thread, and classifying on many threads at once changes nothing.</summary>
public class ThreadSafetyTests
{
    [Test]
    public void Threads_that_resolve_at_the_same_time_get_one_instance_and_equal_classifications()
    {
        using var provider = new ServiceCollection().AddTransnationalRules().BuildServiceProvider();
        var expected = CaseJson.WriteClassification(new CaseClassifier().ClassifyOrThrow(Sample.DrugLabs));
        var classifiers = new ConcurrentBag<CaseClassifier>();
        var cores = new ConcurrentBag<Classifier>();
        var outputs = new ConcurrentBag<string>();
        using var start = new Barrier(8);

        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            start.SignalAndWait();   // resolve first on every thread at once: the singleton is created under contention
            for (var i = 0; i < 25; i++)
            {
                using var scope = provider.CreateScope();
                var classifier = scope.ServiceProvider.GetRequiredService<CaseClassifier>();
                classifiers.Add(classifier);
                cores.Add(scope.ServiceProvider.GetRequiredService<Classifier>());
                outputs.Add(CaseJson.WriteClassification(classifier.ClassifyOrThrow(Sample.DrugLabs)));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join(TimeSpan.FromMinutes(1)).Should().BeTrue("a thread did not finish"));

        classifiers.Distinct().Should().ContainSingle();
        cores.Distinct().Should().ContainSingle();
        outputs.Should().HaveCount(200).And.OnlyContain(o => o == expected);
    }
}
