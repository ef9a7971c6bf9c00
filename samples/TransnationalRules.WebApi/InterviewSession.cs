using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using TransnationalRules.Classification;
using TransnationalRules.Interviews;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.WebApi;

/// <summary>
/// One request's view of the library's <see cref="Interview"/>: rebuilt from what the client carries (the case, the goal,
/// the paths answered unknown), answered once from JSON, and written back as JSON. Nothing is kept between requests.
/// </summary>
internal sealed class InterviewSession
{
    private static readonly Dictionary<string, InterviewGoal> GoalNames = new(StringComparer.Ordinal)
    {
        ["conventionApplies"] = InterviewGoal.ConventionApplies,
        ["transnational"] = InterviewGoal.Transnational,
        ["routes"] = InterviewGoal.Routes,
        ["all"] = InterviewGoal.All,
    };

    private InterviewSession(Interview? interview, string goal, ImmutableArray<CaseError>? errors)
    {
        Interview = interview!;
        GoalName = goal;
        Errors = errors;
    }

    /// <summary>The goal as the request named it.</summary>
    public string GoalName { get; }

    public static IEnumerable<string> Goals => GoalNames.Keys;

    public Interview Interview { get; private set; }

    /// <summary>The case's problems when it is invalid (then there is no interview).</summary>
    public ImmutableArray<CaseError>? Errors { get; }

    public static InterviewSession Start(Classifier classifier, JsonObject caseNode, string goal, IEnumerable<string> unknown)
    {
        var read = Json.CaseJson.Read(caseNode.ToJsonString());
        return read.IsValid
            ? new InterviewSession(Interview.Start(classifier, read.Case!, GoalNames[goal], unknown), goal, null)
            : new InterviewSession(null, goal, read.Errors);
    }

    /// <summary>Answers the question at <paramref name="path"/>; returns why the answer does not fit it, or null.</summary>
    public string? Answer(string path, JsonNode? answer, Language language)
    {
        var question = Interview.Question(path);
        if (question is null)
        {
            return $"{path} is not a question of this case.";
        }

        try
        {
            switch (answer)
            {
                case null:
                    Interview = Interview.AnswerUnknown(path);
                    return null;
                case JsonObject { } o when o["text"] is JsonValue text && text.TryGetValue<string>(out var typed):
                    if (!Interview.TryAnswerText(path, typed, out var next, out var error))
                    {
                        return error.In(language);
                    }

                    Interview = next;
                    return null;
                case JsonObject { } o when o["atLeast"] is JsonValue bound && bound.TryGetValue<int>(out var atLeast):
                    Interview = Interview.AnswerAtLeast(path, atLeast);
                    return null;
                case JsonObject { } o when o["states"] is JsonArray states && states.All(s => s is JsonValue v && v.TryGetValue<string>(out _)):
                    Interview = Interview.Answer(path, states.Select(s => s!.GetValue<string>()), Others(o["others"]));
                    return null;
                case JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False && question.Kind == InterviewQuestion.YesNo:
                    Interview = Interview.Answer(path, v.GetValue<bool>());
                    return null;
                case JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var number):
                    Interview = Interview.Answer(path, number);
                    return null;
                case JsonValue v when v.TryGetValue<string>(out var choice) && question.Kind == InterviewQuestion.Choice:
                    Interview = Interview.Answer(path, choice);
                    return null;
                default:
                    return $"The answer does not fit a question of kind {question.Kind}: {question.Hint.In(language)}";
            }
        }
        catch (CaseValidationException e)
        {
            var first = e.Errors.IsDefaultOrEmpty ? null : e.Errors[0];
            return first is null ? "The answer would make the case invalid." : $"The answer would make the case invalid: {first.Message} ({first.Code} at {first.Path}).";
        }
        catch (ArgumentException e)
        {
            return e.Message.Split(" (Parameter", 2)[0];
        }
    }

    private static OtherStates Others(JsonNode? others) => others?.GetValue<string>() switch
    {
        "some" => OtherStates.Some,
        "unknown" => OtherStates.Unknown,
        "none" or null => OtherStates.None,
        var other => throw new ArgumentException($"others must be none, some or unknown, not '{other}'."),
    };

    /// <summary>The next question as the page and other clients read it.</summary>
    public JsonObject? Next()
    {
        if (Interview.Next is not { } q)
        {
            return null;
        }

        var question = new JsonObject
        {
            ["path"] = q.Path,
            ["label"] = Text(q.Label),
            ["kind"] = q.Kind,
            ["hint"] = Text(q.Hint),
            ["decides"] = new JsonArray([.. q.Decides.Select(d => (JsonNode)d)]),
            ["readBy"] = new JsonArray([.. q.ReadBy.Select(d => (JsonNode)d)]),
            ["openList"] = q.OpenList,
            ["takesLowerBound"] = q.TakesLowerBound,
            ["choices"] = new JsonArray([.. q.Choices.Select(c => (JsonNode)c)]),
        };
        if (q.Minimum is { } min)
        {
            question["minimum"] = min;
        }

        if (q.Maximum is { } max)
        {
            question["maximum"] = max;
        }

        if (q.State is { } state)
        {
            question["state"] = state;
        }

        if (q.Known is { } known)
        {
            question["known"] = known;
        }

        return question;
    }

    private static JsonObject Text(LocalizedText text) => new() { ["en"] = text.En, ["uk"] = text.Uk };
}
