using System.Text;
using TransnationalRules.Classification;
using TransnationalRules.Json;
using TransnationalRules.Logic;
using TransnationalRules.Model;
using TransnationalRules.Validation;
using static TransnationalRules.Tests.Json.CaseTexts;

namespace TransnationalRules.Tests.Json;

public sealed class CaseClassifierTests
{
    private const string Secret = "Ivanenko";

    private static readonly CaseClassifier Classifier = new();

    public static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData(DesignExample).SetArgDisplayNames("DESIGN §4 example");
        yield return new TestCaseData(Case()).SetArgDisplayNames("minimal");
        yield return new TestCaseData(Case("'id':'o1','kind':'theft'", "'title':5")).SetArgDisplayNames("invalid");
        yield return new TestCaseData("{\"caseId\":\"C-1\",").SetArgDisplayNames("truncated");
    }

    [TestCaseSource(nameof(Inputs))]
    public void String_bytes_and_stream_give_identical_results(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var stream = new MemoryStream(bytes);

        var fromString = Classifier.Classify(json);
        var fromBytes = Classifier.Classify(bytes);
        var fromStream = Classifier.Classify(stream);

        foreach (var result in new[] { fromBytes, fromStream })
        {
            result.IsValid.Should().Be(fromString.IsValid);
            result.CaseId.Should().Be(fromString.CaseId);
            result.Errors.Should().Equal(fromString.Errors);
            Json(result).Should().Be(Json(fromString));
        }
    }

    [Test]
    public void Stream_larger_than_the_first_buffer_is_read_whole()
    {
        var json = Case(more: "'notes':'" + new string(' ', 1990) + "'," + string.Concat(Enumerable.Repeat("\n", 100_000)) + "'title':'t'");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        Classifier.Classify(stream).IsValid.Should().BeTrue();
    }

    [Test]
    public void Valid_case_is_classified()
    {
        var result = Classifier.Classify(DesignExample);

        result.IsValid.Should().BeTrue();
        result.Errors.Should().BeEmpty();
        result.CaseId.Should().Be("UA-2024-0001");
        result.Classification!.Transnational.Should().Be(Outcome.Met);
        result.Classification.RuleSetId.Should().Be("default");
    }

    [Test]
    public void Invalid_case_gives_errors_and_no_classification()
    {
        var result = Classifier.Classify(Case("'id':'o1','kind':'theft'"));

        result.IsValid.Should().BeFalse();
        result.Classification.Should().BeNull();
        result.CaseId.Should().Be("C-1");
        result.Errors.Should().ContainSingle().Which.Should().Match<CaseError>(e => e.Path == "offences[0].kind" && e.Code == ErrorCodes.UnknownValue);
    }

    [Test]
    public void ClassifyOrThrow_throws_with_every_error()
    {
        var json = Root("'caseId':'" + Secret + "','offences':[{'id':'o1','kind':'theft','committedIn':['ua']}]");

        var thrown = FluentActions.Invoking(() => Classifier.ClassifyOrThrow(json)).Should().Throw<CaseValidationException>().Which;

        thrown.Errors.Should().Equal(Classifier.Classify(json).Errors).And.HaveCount(2);
        thrown.CaseId.Should().Be(Secret);
        thrown.Message.Should().Contain("2 error(s)").And.Contain("offences[0].kind").And.NotContain(Secret);
    }

    [Test]
    public void Every_ClassifyOrThrow_overload_throws_for_invalid_input()
    {
        const string json = "[]";
        var bytes = Encoding.UTF8.GetBytes(json);

        FluentActions.Invoking(() => Classifier.ClassifyOrThrow(json)).Should().Throw<CaseValidationException>();
        FluentActions.Invoking(() => Classifier.ClassifyOrThrow(bytes)).Should().Throw<CaseValidationException>();
        FluentActions.Invoking(() => Classifier.ClassifyOrThrow(new MemoryStream(bytes))).Should().Throw<CaseValidationException>();
        FluentActions.Invoking(() => Classifier.ClassifyOrThrow(new CaseDescription { CaseId = "", Offences = [] }))
            .Should().Throw<CaseValidationException>().Which.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.Empty, ErrorCodes.Empty);
    }

    [Test]
    public void Every_ClassifyOrThrow_overload_returns_the_classification_for_valid_input()
    {
        var bytes = Encoding.UTF8.GetBytes(DesignExample);
        var expected = CaseJson.WriteClassification(Classifier.ClassifyOrThrow(DesignExample));

        CaseJson.WriteClassification(Classifier.ClassifyOrThrow(bytes)).Should().Be(expected);
        CaseJson.WriteClassification(Classifier.ClassifyOrThrow(new MemoryStream(bytes))).Should().Be(expected);
        CaseJson.WriteClassification(Classifier.ClassifyOrThrow(CaseJson.Read(DesignExample).Case!)).Should().Be(expected);
    }

    [Test]
    public void Case_built_in_csharp_is_validated_before_it_is_classified()
    {
        var @case = new CaseDescription
        {
            CaseId = "C-1",
            Offences = [new Offence { Id = "o1", Kind = OffenceKind.Fraud, CommittedIn = ["UA", "md"] }],
        };

        var result = Classifier.Classify(@case);

        result.IsValid.Should().BeFalse();
        result.CaseId.Should().Be("C-1");
        result.Errors.Should().Equal(new CaseError("offences[0].committedIn[1]", ErrorCodes.InvalidStateCode, "Must be an upper-case ISO 3166-1 alpha-2 code of an assigned country, or XK."));
    }

    [Test]
    public void Own_rule_set_is_used()
    {
        var rules = RuleSet.Default.Remove("ua.drugs1995").WithIdentity("npu", "2.0.0");

        var classification = new CaseClassifier(rules).ClassifyOrThrow(DesignExample);

        classification.RuleSetId.Should().Be("npu");
        classification.Criteria.Select(c => c.Id).Should().NotContain("ua.drugs1995");
        new CaseClassifier(rules).RuleSet.Should().BeSameAs(rules);
    }

    [Test]
    public void A_built_classifier_can_be_shared_with_the_JSON_entry_point()
    {
        var core = new Classifier(RuleSet.Default.Remove("ua.drugs1995").WithIdentity("npu", "2.0.0"));

        var wrapped = CaseClassifier.For(core);

        wrapped.RuleSet.Should().BeSameAs(core.RuleSet);
        CaseJson.WriteClassification(wrapped.ClassifyOrThrow(DesignExample))
            .Should().Be(CaseJson.WriteClassification(core.Classify(CaseJson.Read(DesignExample).Case!)));
        FluentActions.Invoking(() => CaseClassifier.For(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Null_arguments_are_misuse()
    {
        FluentActions.Invoking(() => Classifier.Classify((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Classifier.Classify((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Classifier.Classify((CaseDescription)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Classifier.ClassifyOrThrow((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void Classifier_is_safe_to_share_between_threads()
    {
        var expected = Json(Classifier.Classify(DesignExample));

        var results = Enumerable.Range(0, 200).AsParallel().Select(_ => Json(Classifier.Classify(DesignExample))).ToList();

        results.Should().AllBe(expected);
    }

    private static string Json(ClassificationResult result) =>
        result.IsValid ? CaseJson.WriteClassification(result.Classification) : CaseJson.WriteErrors(result.CaseId, "x:1", result.Errors);
}
