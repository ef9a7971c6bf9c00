using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TransnationalRules.Classification;
using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.WebApi;

/// <summary>STUB until the library's Interview lands: asks the case's "ask first" list in order.</summary>
internal sealed class InterviewSession
{
    private readonly CaseClassifier classifier;
    private JsonObject caseNode;
    private readonly List<string> unknown;

    private InterviewSession(CaseClassifier classifier, JsonObject caseNode, string goal, IEnumerable<string> unknown)
    {
        this.classifier = classifier;
        this.caseNode = caseNode;
        Goal = goal;
        this.unknown = [.. unknown];
    }

    public string Goal { get; }

    public ImmutableArray<CaseError>? Errors { get; private set; }

    public CaseDescription Case { get; private set; } = null!;

    public CaseClassification Classification { get; private set; } = null!;

    public IReadOnlyList<string> Unknown => unknown;

    public bool Decided => Goal switch
    {
        "transnational" => Classification.Transnational is not Logic.Outcome.Unknown,
        _ => Classification.ConventionApplies is not Logic.Outcome.Unknown,
    };

    public static InterviewSession Start(CaseClassifier classifier, JsonObject caseNode, string goal, IEnumerable<string> unknown)
    {
        var session = new InterviewSession(classifier, caseNode, goal, unknown);
        session.Classify();
        return session;
    }

    private void Classify()
    {
        var read = Json.CaseJson.Read(caseNode.ToJsonString());
        if (!read.IsValid)
        {
            Errors = read.Errors;
            return;
        }

        Case = read.Case!;
        Classification = classifier.ClassifyOrThrow(Case);
    }

    public JsonObject? Next()
    {
        if (Decided)
        {
            return null;
        }

        var path = Classification.MissingFacts.FirstOrDefault(p => !unknown.Contains(p) && !p.EndsWith("Others", StringComparison.Ordinal));
        if (path is null)
        {
            return null;
        }

        var name = path[(path.LastIndexOf('.') + 1)..];
        var kind = name switch
        {
            "maximumPenaltyYears" or "members" or "membersAtLeast" => "number",
            "committedIn" or "activeIn" or "substantialEffectsIn" => "states",
            "stage" => "choice",
            _ => "boolean",
        };
        var question = new JsonObject
        {
            ["path"] = path,
            ["label"] = new JsonObject { ["en"] = name, ["uk"] = name },
            ["kind"] = kind,
            ["decides"] = new JsonArray(),
        };
        if (kind == "states")
        {
            question["marker"] = path + "Others";
        }

        if (kind == "choice")
        {
            question["choices"] = new JsonArray(
                new JsonObject { ["value"] = "pretrial", ["label"] = new JsonObject { ["en"] = "pre-trial", ["uk"] = "досудове розслідування" } },
                new JsonObject { ["value"] = "trial", ["label"] = new JsonObject { ["en"] = "trial", ["uk"] = "судовий розгляд" } });
        }

        return question;
    }

    public (string, string, string)? Answer(string path, JsonNode? answer)
    {
        if (answer is null)
        {
            unknown.Add(path);
            return null;
        }

        var segments = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        JsonNode node = caseNode;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var s = segments[i];
            if (s.StartsWith('['))
            {
                node = node.AsArray()[int.Parse(s[1..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
            }
            else
            {
                node = node[s] ??= new JsonObject();
            }
        }

        var last = segments[^1];
        if (answer is JsonObject { } states && states["states"] is JsonArray list)
        {
            node[last] = list.DeepClone();
            var others = states["others"]?.GetValue<string>() ?? "none";
            if (others != "none")
            {
                node[last + "Others"] = others;
            }
        }
        else
        {
            node[last] = answer.DeepClone();
        }

        Classify();
        return Errors is null ? null : ("answer", "invalid", "The answer makes the case invalid.");
    }
}
