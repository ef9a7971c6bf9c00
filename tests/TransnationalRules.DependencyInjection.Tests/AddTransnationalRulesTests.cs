using Microsoft.Extensions.DependencyInjection;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;

namespace TransnationalRules.DependencyInjection.Tests;

public class AddTransnationalRulesTests
{
    private static ServiceProvider Build(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Test]
    public void The_default_rule_set_and_both_classifiers_are_registered_as_singletons()
    {
        var services = new ServiceCollection().AddTransnationalRules();

        services.Select(d => (d.ServiceType, d.Lifetime)).Should().BeEquivalentTo(
        [
            (typeof(RuleSet), ServiceLifetime.Singleton),
            (typeof(Classifier), ServiceLifetime.Singleton),
            (typeof(CaseClassifier), ServiceLifetime.Singleton),
        ]);
    }

    [Test]
    public void The_case_classifier_wraps_the_registered_classifier()
    {
        var custom = new Classifier(RuleSet.Default.Remove("ua.drugs1995").WithIdentity("npu", "2.0.0"));
        using var provider = Build(s => s.AddSingleton(custom).AddTransnationalRules());

        provider.GetRequiredService<Classifier>().Should().BeSameAs(custom);
        provider.GetRequiredService<CaseClassifier>().RuleSet.Should().BeSameAs(custom.RuleSet, "one built rule set serves both entry points");
    }

    [Test]
    public void Every_resolution_from_any_scope_gets_the_same_instances_of_the_default_rule_set()
    {
        using var provider = Build(s => s.AddTransnationalRules());
        using var scope = provider.CreateScope();

        provider.GetRequiredService<RuleSet>().Should().BeSameAs(RuleSet.Default);
        scope.ServiceProvider.GetRequiredService<Classifier>().Should().BeSameAs(provider.GetRequiredService<Classifier>());
        scope.ServiceProvider.GetRequiredService<CaseClassifier>().Should().BeSameAs(provider.GetRequiredService<CaseClassifier>());
        provider.GetRequiredService<Classifier>().RuleSet.Should().BeSameAs(RuleSet.Default);
        provider.GetRequiredService<CaseClassifier>().RuleSet.Should().BeSameAs(RuleSet.Default);
    }

    [Test]
    public void The_resolved_case_classifier_classifies_a_sample_case()
    {
        using var provider = Build(s => s.AddTransnationalRules());

        var result = provider.GetRequiredService<CaseClassifier>().Classify(Sample.DrugLabs);

        result.IsValid.Should().BeTrue();
        result.Classification!.CaseId.Should().Be("2024-ua-pl-drug-labs");
        result.Classification.Transnational.Should().Be(Outcome.Met);
        result.Classification.ConventionApplies.Should().Be(Outcome.Met, "the sample reads the material benefit from the qualification, CC art. 307");
        result.Classification.RuleSetId.Should().Be("default");
    }

    [Test]
    public void The_resolved_classifier_agrees_with_the_case_classifier()
    {
        using var provider = Build(s => s.AddTransnationalRules());
        var read = CaseJson.Read(Sample.DrugLabs);

        var direct = provider.GetRequiredService<Classifier>().Classify(read.Case!);
        var viaJson = provider.GetRequiredService<CaseClassifier>().ClassifyOrThrow(Sample.DrugLabs);

        CaseJson.WriteClassification(direct).Should().Be(CaseJson.WriteClassification(viaJson));
    }

    [Test]
    public void A_configured_rule_set_is_the_one_both_classifiers_use()
    {
        using var provider = Build(s => s.AddTransnationalRules(rules => rules.Remove("ua.drugs1995").WithIdentity("npu", "2.0.0")));

        var rules = provider.GetRequiredService<RuleSet>();
        rules.Id.Should().Be("npu");
        provider.GetRequiredService<Classifier>().RuleSet.Should().BeSameAs(rules);
        var classification = provider.GetRequiredService<CaseClassifier>().ClassifyOrThrow(Sample.DrugLabs);
        classification.RuleSetId.Should().Be("npu");
        classification.RuleSetVersion.Should().Be("2.0.0");
        classification.Criteria.Select(c => c.Id).Should().NotContain("ua.drugs1995").And.Contain("untoc.art3.2");
    }

    [Test]
    public void The_configure_function_runs_once_and_only_when_the_rule_set_is_first_resolved()
    {
        var calls = 0;
        using var provider = Build(s => s.AddTransnationalRules(rules =>
        {
            Interlocked.Increment(ref calls);
            return rules;
        }));
        calls.Should().Be(0);

        provider.GetRequiredService<CaseClassifier>();
        provider.GetRequiredService<Classifier>();
        provider.GetRequiredService<RuleSet>();

        calls.Should().Be(1);
    }

    [Test]
    public void A_second_call_keeps_the_first_registration()
    {
        using var provider = Build(s => s
            .AddTransnationalRules()
            .AddTransnationalRules(_ => throw new AssertionException("the second configure must not run")));

        provider.GetRequiredService<CaseClassifier>().RuleSet.Should().BeSameAs(RuleSet.Default);
        provider.GetServices<CaseClassifier>().Should().ContainSingle();
    }

    [Test]
    public void A_rule_set_registered_before_is_used_and_configure_is_not_called()
    {
        var own = RuleSet.Default.WithIdentity("own", "1.0.0");
        using var provider = Build(s => s
            .AddSingleton(own)
            .AddTransnationalRules(_ => throw new AssertionException("configure must not run")));

        provider.GetRequiredService<Classifier>().RuleSet.Should().BeSameAs(own);
        provider.GetRequiredService<CaseClassifier>().RuleSet.Should().BeSameAs(own);
    }

    [Test]
    public void A_rule_set_that_refers_to_a_missing_criterion_fails_when_a_classifier_is_resolved()
    {
        using var provider = Build(s => s.AddTransnationalRules(rules => rules.Remove("untoc.art2.a")));

        provider.Invoking(p => p.GetRequiredService<Classifier>()).Should().Throw<ArgumentException>().WithMessage("*untoc.art2.a*");
        provider.Invoking(p => p.GetRequiredService<CaseClassifier>()).Should().Throw<ArgumentException>().WithMessage("*untoc.art2.a*");
    }

    [Test]
    public void A_configure_function_that_returns_null_fails_when_the_rule_set_is_resolved()
    {
        using var provider = Build(s => s.AddTransnationalRules(_ => null!));

        provider.Invoking(p => p.GetRequiredService<RuleSet>()).Should().Throw<InvalidOperationException>().WithMessage("*no rule set*");
    }

    [Test]
    public void Null_arguments_are_misuse()
    {
        var services = new ServiceCollection();

        FluentActions.Invoking(() => ((IServiceCollection)null!).AddTransnationalRules()).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => services.AddTransnationalRules(null!)).Should().Throw<ArgumentNullException>().WithParameterName("configure");
        services.Should().BeEmpty();
    }
}
