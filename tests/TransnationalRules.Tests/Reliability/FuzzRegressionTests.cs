using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Reliability;

/// <summary>
/// Inputs that made <see cref="CaseClassifier.Classify(ReadOnlySpan{byte})"/> throw, found by the fuzzer
/// (tests/fuzz/run.sh): each now returns a result with its errors. The raw fuzzer inputs are in tests/fuzz/corpus/regress-*.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly CaseClassifier Classifier = new();

    public static IEnumerable<TestCaseData> Findings()
    {
        // Utf8JsonReader.ValueTextEquals threw InvalidOperationException on a string whose \u escapes hold a lone
        // surrogate (allowed by the JSON grammar, not decodable to text): in an enum value and in a property name.
        yield return Finding("lone high surrogate as kind",
            """{"caseId":"C-1","offences":[{"id":"o1","kind":"\uD800"}]}""", "offences[0].kind", ErrorCodes.UnknownValue);
        yield return Finding("lone low surrogate as aspect",
            """{"caseId":"C-1","offences":[{"id":"o1","kind":"fraud","substantialConduct":[{"state":"UA","aspect":"\uDC00"}]}]}""",
            "offences[0].substantialConduct[0].aspect", ErrorCodes.UnknownValue);
        yield return Finding("lone surrogate as partner",
            """{"caseId":"C-1","offences":[{"id":"o1","kind":"fraud"}],"facts":{"internationalCooperation":[{"partner":"\uD83D"}]}}""",
            "facts.internationalCooperation[0].partner", ErrorCodes.UnknownValue);
        yield return Finding("lone high surrogate in a root property name",
            """{"\uD800":1,"caseId":"C-1","offences":[{"id":"o1","kind":"fraud"}]}""", "", ErrorCodes.UnknownProperty);
        yield return Finding("lone low surrogate in an offence property name",
            """{"caseId":"C-1","offences":[{"id":"o1","kind":"fraud","c\uDC00aseId":true}]}""", "offences[0]", ErrorCodes.UnknownProperty);
        yield return Finding("reversed surrogate pair in a group property name",
            """{"caseId":"C-1","offences":[{"id":"o1","kind":"fraud"}],"group":{"\uDC00\uD800":1}}""", "group", ErrorCodes.UnknownProperty);
    }

    [TestCaseSource(nameof(Findings))]
    public void A_fuzzer_finding_returns_its_errors(string json, string path, string code)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var result = Classifier.Classify(bytes);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<CaseError>(e => e.Path == path && e.Code == code);
        result.CaseId.Should().Be("C-1");
        CaseJson.Read(json).Errors.Should().Equal(result.Errors, "the string and byte entry points agree");
    }

    private static TestCaseData Finding(string name, string json, string path, string code) =>
        new TestCaseData(json, path, code).SetArgDisplayNames(name);
}
