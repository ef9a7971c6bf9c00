using System.Text.Json.Nodes;
using TransnationalRules.Json;
using TransnationalRules.Model;
using static TransnationalRules.Tests.Json.CaseTexts;

namespace TransnationalRules.Tests.Json;

public sealed class RoundTripTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(DesignExample).SetArgDisplayNames("DESIGN §4 example");
        yield return new TestCaseData(Case()).SetArgDisplayNames("minimal");
        yield return new TestCaseData(Case(MinimalOffence + ",'maximumPenaltyYears':4.50,'lifeImprisonment':true,'legalBasis':[{}],'committedIn':['UA','UA'],'substantialConduct':[],'substantialEffectsIn':[]",
            "'group':{},'facts':{'damage':{},'internationalCooperation':[]}")).SetArgDisplayNames("empty lists and objects, fraction");
        yield return new TestCaseData(Case(more: "'title':'Шахрайство «кол-центрів» <b>&amp;</b> \\\"лапки\\\" \\u0001','notes':'line\\nbreak'")).SetArgDisplayNames("text to escape");
    }

    [TestCaseSource(nameof(Cases))]
    public void Read_write_read_gives_equal_json(string json)
    {
        var first = CaseJson.Read(json);
        first.Errors.Should().BeEmpty();

        var written = CaseJson.Write(first.Case!);
        var second = CaseJson.Read(written);

        second.Errors.Should().BeEmpty();
        CaseJson.Write(second.Case!).Should().Be(written);
        JsonNode.DeepEquals(JsonNode.Parse(written), Normalized(JsonNode.Parse(json))).Should().BeTrue(
            $"what is written is what was read, less the nulls (unknown either way) and with lifeImprisonment (false when absent): {written}");
    }

    [Test]
    public void Write_leaves_out_unknown_facts_and_keeps_life_imprisonment()
    {
        var json = CaseJson.Write(new CaseDescription { CaseId = "C-1", Offences = [new Offence { Id = "o1", Kind = OffenceKind.DrugTrafficking }] });

        json.Should().Be("""{"caseId":"C-1","offences":[{"id":"o1","kind":"drugTrafficking","lifeImprisonment":false}]}""");
    }

    [Test]
    public void Write_to_a_writer_gives_the_same_json()
    {
        var @case = CaseJson.Read(DesignExample).Case!;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            CaseJson.Write(@case, writer);
        }

        System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(CaseJson.Write(@case));
    }

    private static JsonNode? Normalized(JsonNode? node)
    {
        WithoutNulls(node);
        foreach (var offence in node!["offences"]!.AsArray())
        {
            offence!.AsObject().TryAdd("lifeImprisonment", false);
        }

        return node;
    }

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                if (value is null)
                {
                    o.Remove(key);
                }
                else
                {
                    WithoutNulls(value);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                WithoutNulls(item);
            }
        }

        return node;
    }
}
