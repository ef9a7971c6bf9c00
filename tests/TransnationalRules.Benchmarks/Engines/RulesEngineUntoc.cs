using System.Reflection;
using System.Text.Json;
using RulesEngine.Models;
using TransnationalRules.Model;

namespace TransnationalRules.Benchmarks.Engines;

/// <summary>
/// UNTOC art. 2(a), 2(b), 3(2)(a)–(d) and 3(1) as a Microsoft RulesEngine JSON workflow (<c>untoc-workflow.json</c>):
/// expression strings over the library's own model, one workflow execution per offence with the offence and the
/// group as inputs. Two-valued: run it on fully known cases.
/// </summary>
public sealed class RulesEngineUntoc : IUntocEngine
{
    /// <summary>The workflow's name in the JSON.</summary>
    public const string WorkflowName = "untoc";

    private readonly RulesEngine.RulesEngine engine;

    /// <summary>Loads the workflow and compiles its rules.</summary>
    public RulesEngineUntoc()
    {
        var workflows = JsonSerializer.Deserialize<Workflow[]>(WorkflowJson())
            ?? throw new InvalidOperationException("The RulesEngine workflow is empty.");
        // Expression errors must surface, not turn into a silent "not met".
        engine = new RulesEngine.RulesEngine(workflows, new ReSettings { EnableExceptionAsErrorMessage = false });
    }

    /// <inheritdoc/>
    public string Name => "RulesEngine";

    /// <summary>The workflow's JSON text.</summary>
    /// <returns>The JSON.</returns>
    public static string WorkflowJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TransnationalRules.Benchmarks.untoc-workflow.json")
            ?? throw new InvalidOperationException("untoc-workflow.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <inheritdoc/>
    public void Evaluate(CaseDescription fullyKnown, Span<UntocFindings> perOffence)
    {
        ArgumentNullException.ThrowIfNull(fullyKnown);
        var group = new RuleParameter("group", fullyKnown.Group!);
        for (var i = 0; i < fullyKnown.Offences.Count; i++)
        {
            // The engine's API is asynchronous only; nothing here awaits I/O, and a console app has no context to deadlock.
            var results = engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("offence", fullyKnown.Offences[i]), group)
                .AsTask().GetAwaiter().GetResult();
            var findings = UntocFindings.None;
            foreach (var result in results)
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
                }

                if (result.IsSuccess)
                {
                    findings |= UntocIds.FlagOf(result.Rule.RuleName);
                }
            }

            perOffence[i] = findings;
        }
    }
}
