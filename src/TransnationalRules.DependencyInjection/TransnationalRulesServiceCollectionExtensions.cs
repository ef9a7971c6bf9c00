using Microsoft.Extensions.DependencyInjection.Extensions;
using TransnationalRules;
using TransnationalRules.Classification;

// The .NET convention for registration extensions (FluentValidation.DependencyInjectionExtensions, Microsoft.Extensions.*):
// the namespace of IServiceCollection, so that AddTransnationalRules needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TransnationalRules with a service collection.</summary>
/// <remarks>
/// <para>
/// Registers three singletons: the <see cref="RuleSet"/>, the core <see cref="Classifier"/> of that set and the
/// <see cref="CaseClassifier"/> (JSON in, validation, classification out) of that set. All three are immutable and
/// thread-safe (DESIGN §6), so one instance of each serves every scope and thread. Nothing is registered as scoped or
/// transient, and none of them is disposable.
/// </para>
/// <para>
/// Registration uses <c>TryAdd</c>: the first registration of each type wins. Calling <c>AddTransnationalRules</c> again
/// changes nothing, and a <see cref="RuleSet"/> registered before the call (e.g. one built from configuration with a
/// factory of your own) is the set both classifiers use; the <c>configure</c> function is then not called.
/// </para>
/// <para>
/// The rule set is built and checked when it is first resolved: a set whose rules refer to a criterion it lacks, or
/// refer to each other in a cycle, makes resolving <see cref="Classifier"/> or <see cref="CaseClassifier"/> throw
/// <see cref="ArgumentException"/>. Resolve one at start-up to fail fast.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var builder = WebApplication.CreateBuilder(args);
/// builder.Services.AddTransnationalRules(rules => rules.Add(sanctionedGroup).WithIdentity("npu", "1.0.0"));
///
/// // anywhere else: take the shared classifier in a constructor
/// public sealed class CaseIntake(CaseClassifier classifier)
/// {
///     public bool IsTransnational(string caseJson) =>
///         classifier.Classify(caseJson).Classification?.Transnational == Outcome.Met;
/// }
/// </code>
/// </example>
public static class TransnationalRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RuleSet.Default"/>, a <see cref="Classifier"/> and a <see cref="CaseClassifier"/> of it as singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddTransnationalRules(this IServiceCollection services) =>
        AddTransnationalRules(services, static rules => rules);

    /// <summary>
    /// Registers the rule set that <paramref name="configure"/> makes from <see cref="RuleSet.Default"/>, a
    /// <see cref="Classifier"/> and a <see cref="CaseClassifier"/> of it, as singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">
    /// Makes the rule set from <see cref="RuleSet.Default"/>: add, replace or remove criteria, or return a set of your
    /// own. Called once, when the rule set is first resolved; it must not return <see langword="null"/>.
    /// </param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddTransnationalRules(this IServiceCollection services, Func<RuleSet, RuleSet> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.TryAddSingleton(_ => configure(RuleSet.Default)
            ?? throw new InvalidOperationException("The function given to AddTransnationalRules returned no rule set."));
        services.TryAddSingleton(provider => new Classifier(provider.GetRequiredService<RuleSet>()));
        services.TryAddSingleton(provider => CaseClassifier.For(provider.GetRequiredService<Classifier>()));
        return services;
    }
}
