using System.Text.Json;
using Json.Schema;
using TransnationalRules.Json;
using TransnationalRules.TestData;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Json;

/// <summary>
/// The published case schema (src/TransnationalRules/Schemas/case.schema.json), run by a third-party validator
/// (JsonSchema.Net, draft 2020-12), and the library agree: every valid case passes the schema, and every invalid one
/// fails it unless all of its errors are of a rule the schema lists as checked beyond it.
/// </summary>
public sealed class SchemaAgreementTests
{
    // The rules the schema's description lists as "checked when reading, beyond this schema", and what is not JSON at all.
    private static readonly HashSet<string> BeyondTheSchema =
    [
        ErrorCodes.DuplicateId, ErrorCodes.NotInActiveIn, ErrorCodes.Conflict, ErrorCodes.Duplicate, ErrorCodes.DuplicateProperty, ErrorCodes.TooDeep, ErrorCodes.InvalidJson,
    ];

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Cli.CliRunner.RepositoryRoot, "src", "TransnationalRules", "Schemas", "case.schema.json"))));

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    /// <summary>The bad inputs with at least one error the schema can express (the others are listed in its description).</summary>
    public static IEnumerable<TestCaseData> SchemaExpressible() =>
        BadInputTests.BadInputs().Where(row => !CaseJson.Read((string)row.Arguments[0]!).Errors.All(e => BeyondTheSchema.Contains(e.Code)));

    [Test]
    public void Only_the_rules_the_schema_lists_as_beyond_it_are_left_out()
    {
        var left = BadInputTests.BadInputs().Count() - SchemaExpressible().Count();

        // Syntax errors and the five rules the schema's description names (depth, unique ids, activeIn, membersAtLeast, a State
        // once in abroad), repeated properties (at the root and in an abroad entry).
        left.Should().Be(15);
    }

    [TestCaseSource(nameof(SchemaExpressible))]
    public void The_schema_rejects_what_the_library_rejects(string json, string path, string code, bool only)
    {
        _ = (path, code, only);
        var errors = CaseJson.Read(json).Errors;

        SchemaAccepts(json).Should().BeFalse($"the library reports {string.Join(", ", errors.Select(e => e.Code + " at " + e.Path))}");
    }

    [Test]
    public void The_schema_accepts_every_valid_generated_case_and_every_sample([Values(1, 2, 3)] int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var (full, partial) = ValidCases.Generate(random, CaseProfile.Properties, "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var c in new[] { full, partial })
            {
                CaseValidation.Validate(c).Should().BeEmpty();
                var json = CaseJson.Write(c);
                SchemaAccepts(json).Should().BeTrue(json);
            }
        }

        foreach (var sample in Directory.GetFiles(Path.Combine(Cli.CliRunner.RepositoryRoot, "samples", "cases"), "*.json"))
        {
            SchemaAccepts(File.ReadAllText(sample)).Should().BeTrue(Path.GetFileName(sample));
        }
    }

    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["UA"],"committedInOthers":"some"}]}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","substantialEffectsIn":[],"substantialEffectsInOthers":"unknown"}]}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedInOthers":"some"}]}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":null,"committedInOthers":"none"}]}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["UA"],"committedInOthers":null}]}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"activeIn":[],"activeInOthers":"some"}}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"activeIn":[],"activeInOthers":"none"}}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"activeIn":[]}}""", false)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud"}],"group":{"membersAtLeast":5}}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["HK","CN"]}]}""", true)]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["AQ"]}]}""", false)]
    public void Schema_and_library_agree_on_partial_knowledge_and_territories(string json, bool valid)
    {
        CaseJson.Read(json).IsValid.Should().Be(valid, string.Join(" | ", CaseJson.Read(json).Errors));
        SchemaAccepts(json).Should().Be(valid);
    }

    /// <summary>Where each limited text sits in a case, and its limit: every text field the schema bounds.</summary>
    private static readonly (string Field, int Max, bool Required, Func<string, string> Case)[] Texts =
    [
        ("caseId", CaseLimits.CaseIdLength, true, t => $$"""{"caseId":{{t}},"offences":[{"id":"o","kind":"fraud"}]}"""),
        ("offences[0].id", CaseLimits.OffenceIdLength, true, t => $$"""{"caseId":"c","offences":[{"id":{{t}},"kind":"fraud"}]}"""),
        ("title", CaseLimits.TitleLength, false, t => $$"""{"caseId":"c","title":{{t}},"offences":[{"id":"o","kind":"fraud"}]}"""),
        ("notes", CaseLimits.NotesLength, false, t => $$"""{"caseId":"c","notes":{{t}},"offences":[{"id":"o","kind":"fraud"}]}"""),
        ("offences[0].legalBasis[0].reference", CaseLimits.ReferenceLength, false,
            t => $$"""{"caseId":"c","offences":[{"id":"o","kind":"fraud","legalBasis":[{"jurisdiction":"UA","reference":{{t}}}]}]}"""),
    ];

    public static IEnumerable<TestCaseData> LengthEdges() =>
        from text in Texts
        from unit in new[] { "a", "\u00e9", "𝒜", "\ud835\udc9c", "\uFEFF" }
        from delta in new[] { -1, 0, 1 }
        select new TestCaseData(text.Field, text.Max, unit, delta).SetArgDisplayNames(text.Field, $"{unit} as {unit.Length} chars of JSON", "max" + delta.ToString("+0;-0;+0", System.Globalization.CultureInfo.InvariantCulture));

    [TestCaseSource(nameof(LengthEdges))]
    public void Schema_and_library_count_lengths_alike(string field, int max, string unit, int delta)
    {
        var text = Texts.Single(t => t.Field == field);
        // "x" first: a required text made of U+FEFF only would be blank.
        var json = text.Case("\"x" + string.Concat(Enumerable.Repeat(unit, max - 1 + delta)) + "\"");
        var read = CaseJson.Read(json);

        SchemaAccepts(json).Should().Be(delta <= 0, $"{max + delta} characters against a maxLength of {max}");
        read.IsValid.Should().Be(delta <= 0, string.Join(" | ", read.Errors));
        if (delta > 0)
        {
            read.Errors.Should().ContainSingle().Which.Should().Be(new CaseError(field, ErrorCodes.TooLong, Rules.TooLongMessage(max)));
        }
    }

    public static IEnumerable<TestCaseData> BlankTexts() =>
        from field in new[] { "caseId", "offences[0].id" }
        from text in new[]
        {
            "\"\"", "\" \"", "\"\\uFEFF\"", "\"\\u0085\"", "\"\\u00A0\"", "\"\\u2028\"", "\"\\u2029\"", "\"\\u3000\\u202F\\t\"",
            "\"\\uFEFFa\"", "\"\\u0085a\"", "\"a\\u00A0\"", "\"\\u2028\\u200B\"", "\"𝒜\"", "\"\\u00A0𝒜\\u00A0\"",
        }
        select new TestCaseData(field, text).SetArgDisplayNames(field, text);

    [TestCaseSource(nameof(BlankTexts))]
    public void Schema_and_library_agree_on_blank_text(string field, string text)
    {
        var json = Texts.Single(t => t.Field == field).Case(text);
        var blank = UnicodeText.IsBlank(JsonDocument.Parse(text).RootElement.GetString());
        var read = CaseJson.Read(json);

        SchemaAccepts(json).Should().Be(!blank);
        read.IsValid.Should().Be(!blank, string.Join(" | ", read.Errors));
        if (blank)
        {
            read.Errors.Select(e => (e.Path, e.Code)).Should().Equal((field, ErrorCodes.Empty));
        }
    }

    [Test]
    public void The_blank_set_is_both_dialects_white_space()
    {
        var ecmaScript = "\t\n\u000B\u000C\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
        var dotnet = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(char.IsWhiteSpace);

        UnicodeText.BlankCharacters.ToCharArray().Should().BeEquivalentTo(ecmaScript.Union(dotnet).Distinct());
        UnicodeText.IsBlank("\u200B").Should().BeFalse("a zero-width space is a format character in both dialects");
    }

    [TestCase("""{"caseId":"\ud800","offences":[{"id":"o","kind":"fraud"}]}""", "caseId")]
    [TestCase("""{"caseId":"c","offences":[{"id":"o\udc00","kind":"fraud"}]}""", "offences[0].id")]
    [TestCase("""{"caseId":"c","offences":[{"id":"o","kind":"fraud","committedIn":["\ud800"]}]}""", "offences[0].committedIn[0]")]
    public void A_lone_escaped_surrogate_is_named_as_such_not_as_bad_UTF8(string json, string path)
    {
        var errors = CaseJson.Read(json).Errors;

        errors.Should().ContainSingle();
        errors[0].Path.Should().Be(path);
        errors[0].Code.Should().Be(ErrorCodes.InvalidJson);
        errors[0].Message.Should().Contain("lone surrogate").And.NotContain("UTF-8");
    }

    [Test]
    public void Bytes_that_are_not_UTF8_are_still_named_so()
    {
        var json = System.Text.Encoding.UTF8.GetBytes("""{"caseId":"cX","offences":[{"id":"o","kind":"fraud"}]}""");
        json[Array.IndexOf(json, (byte)'X')] = 0xFF;

        CaseJson.Read(json).Errors.Should().Contain(e => e.Message.Contains("not valid UTF-8"));
    }

    [Test]
    public void The_schema_lists_what_it_leaves_to_the_library()
    {
        var description = JsonDocument.Parse(CaseJson.CaseSchema).RootElement.GetProperty("description").GetString();

        description.Should().Contain("no property appears twice").And.Contain("lone surrogate").And.Contain("Unicode scalar values")
            .And.Contain("offence ids are unique").And.Contain("32 levels");
    }
}
