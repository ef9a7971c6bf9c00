using System.Text;
using TransnationalRules.Benchmarks;
using TransnationalRules.Benchmarks.Corpus;
using TransnationalRules.Classification;

if (args.Length == 2 && args[0] == "--dump")
{
    // Everything the library returns for the corpus, to compare before and after a change to the library.
    var classifier = new Classifier(RuleSet.Default);
    var text = new StringBuilder();
    foreach (var set in new[] { BenchCorpus.Default.WithUnknowns, BenchCorpus.Default.FullyKnown })
    {
        foreach (var c in set)
        {
            ClassificationDump.Write(classifier.Classify(c), text);
        }
    }

    File.WriteAllText(args[1], text.ToString());
    return 0;
}

return BenchmarkProgram.Run(args);
