// Classifies the case file named on the command line with the packed packages, the way a user's service would:
// the classifier comes from dependency injection, the case is read as UTF-8 JSON.
using Microsoft.Extensions.DependencyInjection;
using TransnationalRules;
using TransnationalRules.Classification;
using TransnationalRules.Json;

using var provider = new ServiceCollection().AddTransnationalRules().BuildServiceProvider();
var classifier = provider.GetRequiredService<CaseClassifier>();

using var file = File.OpenRead(args[0]);
var result = classifier.Classify(file);
if (!result.IsValid)
{
    foreach (var error in result.Errors)
    {
        Console.WriteLine($"error: {error}");
    }

    return 1;
}

var classification = result.Classification;
Console.WriteLine($"caseId: {classification.CaseId}");
Console.WriteLine($"ruleSet: {classification.RuleSetId} {classification.RuleSetVersion}");
Console.WriteLine($"transnational: {classification.Transnational}");
Console.WriteLine($"conventionApplies: {classification.ConventionApplies}");
Console.WriteLine($"criteriaMet: {string.Join(", ", classification.CriteriaMet)}");
Console.WriteLine($"missingFacts: {string.Join(", ", classification.MissingFacts)}");
Console.WriteLine($"singletons: {ReferenceEquals(classifier, provider.GetRequiredService<CaseClassifier>()) && ReferenceEquals(provider.GetRequiredService<Classifier>().RuleSet, RuleSet.Default)}");
Console.WriteLine($"schema: {CaseJson.CaseSchema.Contains("2020-12", StringComparison.Ordinal)}");
Console.WriteLine($"json: {CaseJson.WriteClassification(classification)}");
return 0;
