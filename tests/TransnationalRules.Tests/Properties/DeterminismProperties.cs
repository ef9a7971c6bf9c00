using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using TransnationalRules.Json;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Properties;

/// <summary>
/// The same case always gets the same answer, to the byte: from another classifier, on many threads at once, and
/// whatever the layout of its JSON (property order, white space).
/// </summary>
public sealed class DeterminismProperties
{
    private static readonly CaseClassifier Shared = new();

    [ScaledProperty(500)]
    public Property The_same_input_gives_byte_identical_JSON_from_any_classifier() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), s =>
        {
            var input = Encoding.UTF8.GetBytes(CaseJson.Write(s.Partial));
            var first = Classify(Shared, input);
            return first == Classify(Shared, input) && first == Classify(new CaseClassifier(), input);
        });

    [ScaledProperty(100)]
    public Property The_same_input_gives_byte_identical_JSON_on_every_thread() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), s =>
        {
            var input = Encoding.UTF8.GetBytes(CaseJson.Write(s.Partial));
            var expected = Classify(new CaseClassifier(), input);
            var results = new string[4 * Environment.ProcessorCount];
            Parallel.For(0, results.Length, i => results[i] = Classify(Shared, input));
            return results.All(r => r == expected);
        });

    [ScaledProperty(500)]
    public Property Property_order_and_white_space_do_not_change_the_answer() =>
        Prop.ForAll(CaseGen.PartialCase.ToArbitrary(), s =>
        {
            var compact = CaseJson.Write(s.Partial);
            var reordered = Reversed(JsonNode.Parse(compact))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            return reordered != compact
                && Classify(Shared, Encoding.UTF8.GetBytes(reordered)) == Classify(Shared, Encoding.UTF8.GetBytes(compact));
        });

    private static string Classify(CaseClassifier classifier, byte[] input) =>
        CaseJson.WriteClassification(classifier.Classify(input).GetClassificationOrThrow());

    /// <summary>The same JSON with the properties of every object in reverse order.</summary>
    private static JsonNode? Reversed(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Reverse().Select(p => KeyValuePair.Create(p.Key, Reversed(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Reversed)]),
        _ => node?.DeepClone(),
    };
}
