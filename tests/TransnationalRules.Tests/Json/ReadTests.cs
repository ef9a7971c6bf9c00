using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Model;
using TransnationalRules.Validation;
using static TransnationalRules.Tests.Json.CaseTexts;

namespace TransnationalRules.Tests.Json;

public sealed class ReadTests
{
    [Test]
    public void Design_example_is_valid_and_read_as_written()
    {
        var result = CaseJson.Read(DesignExample);

        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.CaseId.Should().Be("UA-2024-0001");
        var c = result.Case!;
        c.CaseId.Should().Be("UA-2024-0001");
        c.Title.Should().Be("Call centres in Moldova defrauding citizens");
        c.Notes.Should().Be("Assumptions and sources of the facts below.");
        var o = c.Offences.Should().ContainSingle().Subject;
        o.Id.Should().Be("fraud");
        o.Kind.Should().Be(OffenceKind.Fraud);
        o.MaximumPenaltyYears.Should().Be(12m);
        o.LifeImprisonment.Should().BeFalse();
        o.LegalBasis.Should().Equal(new LegalBasis { Jurisdiction = "UA", Reference = "Criminal Code art. 190(4)" });
        o.CommittedIn.Should().Equal("MD");
        o.SubstantialConduct.Should().Equal(new SubstantialConduct { State = "UA", Aspect = ConductAspect.Direction });
        o.SubstantialEffectsIn.Should().Equal("UA");
        o.InvolvesGroup.Should().BeTrue();
        c.Group.Should().BeEquivalentTo(new CriminalGroup
        {
            Members = 400,
            ExistsForPeriodOfTime = true,
            Structured = true,
            ActsInConcert = true,
            AimsAtSeriousCrime = true,
            MaterialBenefit = true,
            ActiveIn = ["MD", "UA", "RO"],
        });
        c.Facts!.HarmThreatened.Should().BeTrue();
        c.Facts.Damage.Should().Be(new Damage { Individuals = true, LegalEntities = false, State = false });
        c.Facts.PublicOfficialsInvolved.Should().BeFalse();
        c.Facts.BusinessEntitiesUsed.Should().BeTrue();
        c.Facts.ProceedsLaundered.Should().BeNull();
        c.Facts.SocialConditionsExploited.Should().BeNull();
        c.Facts.InternationalCooperation.Should().Equal(
            new Cooperation { Partner = CooperationPartner.Europol },
            new Cooperation { Partner = CooperationPartner.Eurojust },
            new Cooperation { Partner = CooperationPartner.State, State = "MD" });
    }

    [Test]
    public void Absent_and_null_facts_are_unknown_and_absent_life_imprisonment_is_false()
    {
        var c = CaseJson.Read(Case("'id':'o1','kind':'bribery','maximumPenaltyYears':null,'committedIn':null,'involvesGroup':null",
            "'title':null,'group':null,'facts':{'damage':null,'internationalCooperation':null}")).Case!;

        var o = c.Offences[0];
        o.LifeImprisonment.Should().BeFalse();
        o.MaximumPenaltyYears.Should().BeNull();
        o.CommittedIn.Should().BeNull();
        o.SubstantialConduct.Should().BeNull();
        o.InvolvesGroup.Should().BeNull();
        c.Title.Should().BeNull();
        c.Group.Should().BeNull();
        c.Facts!.Damage.Should().BeNull();
        c.Facts.InternationalCooperation.Should().BeNull();
    }

    [Test]
    public void Present_empty_lists_are_known_to_be_empty()
    {
        var c = CaseJson.Read(Case(MinimalOffence + ",'legalBasis':[],'substantialConduct':[],'substantialEffectsIn':[]", "'facts':{'internationalCooperation':[]}")).Case!;

        c.Offences[0].SubstantialConduct.Should().NotBeNull().And.BeEmpty();
        c.Offences[0].SubstantialEffectsIn.Should().NotBeNull().And.BeEmpty();
        c.Offences[0].LegalBasis.Should().NotBeNull().And.BeEmpty();
        c.Facts!.InternationalCooperation.Should().NotBeNull().And.BeEmpty();
    }

    [TestCase("'maximumPenaltyYears':0", TestName = "Years 0")]
    [TestCase("'maximumPenaltyYears':100", TestName = "Years 100")]
    [TestCase("'maximumPenaltyYears':3.75", TestName = "Years with a fraction")]
    [TestCase("'lifeImprisonment':true", TestName = "Life imprisonment")]
    [TestCase("'committedIn':['XK','GB','UA','UA']", TestName = "Kosovo, GB and a duplicate state")]
    [TestCase("'legalBasis':[{}]", TestName = "Legal basis with neither field")]
    [TestCase("'legalBasis':[{'jurisdiction':null,'reference':null}]", TestName = "Legal basis with null fields")]
    public void Valid_offence_is_read(string properties) =>
        CaseJson.Read(Case(MinimalOffence + "," + properties)).Errors.Should().BeEmpty();

    [TestCase("'group':{}", TestName = "Empty group")]
    [TestCase("'facts':{}", TestName = "Empty facts")]
    [TestCase("'facts':{'damage':{}}", TestName = "Empty damage")]
    [TestCase("'group':{'members':1e3}", TestName = "Members in exponent form")]
    [TestCase("'group':{'members':400.0}", TestName = "Members with a zero fraction")]
    [TestCase("'facts':{'internationalCooperation':[{'partner':'interpol','state':'FR'}]}", TestName = "A state with another partner")]
    [TestCase("'notes':'Нотатки українською: «лапки» та апостроф’'", TestName = "Ukrainian notes")]
    public void Valid_case_is_read(string properties) =>
        CaseJson.Read(Case(more: properties)).Errors.Should().BeEmpty();

    [Test]
    public void Members_in_other_number_forms_are_read_as_integers()
    {
        CaseJson.Read(Case(more: "'group':{'members':1e3}")).Case!.Group!.Members.Should().Be(1000);
        CaseJson.Read(Case(more: "'group':{'members':400.0}")).Case!.Group!.Members.Should().Be(400);
    }

    [Test]
    public void Byte_order_mark_and_escaped_names_are_accepted()
    {
        var json = "\uFEFF" + Quote("{'case\\u0049d':'C-1','offences':[{'id':'o\\u0031','kind':'fr\\u0061ud'}]}");

        var result = CaseJson.Read(Encoding.UTF8.GetBytes(json));

        result.Errors.Should().BeEmpty();
        result.Case!.CaseId.Should().Be("C-1");
        result.Case.Offences[0].Id.Should().Be("o1");
        result.Case.Offences[0].Kind.Should().Be(OffenceKind.Fraud);
    }

    [Test]
    public void Nesting_of_32_levels_is_not_too_deep()
    {
        var errors = CaseJson.Read(Case(more: "'title':" + new string('[', 31) + new string(']', 31))).Errors;

        errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.WrongType);
    }

    [Test]
    public void Nesting_far_beyond_the_limit_is_reported_once_as_too_deep()
    {
        var errors = CaseJson.Read(Case(more: "'title':" + new string('[', 5000) + new string(']', 5000))).Errors;

        errors.Select(e => (e.Path, e.Code)).Should().Equal(("title", ErrorCodes.WrongType), ("title", ErrorCodes.TooDeep));
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var json = Quote("""
            {
              "caseId": "C-1",
              "offences": [
                { "id": "a", "kind": "theft", "maximumPenaltyYears": 101, "committedIn": ["UA", "md"], "involvesGroup": true,
                  "lifeImprisonment": null },
                { "id": "a", "kind": "fraud", "committedIn": [], "extra": 1 }
              ],
              "group": { "members": 0, "activeIn": ["PL"] },
              "facts": { "harmThreatened": "yes", "internationalCooperation": [ { "partner": "state" }, null ] }
            }
            """);

        var result = CaseJson.Read(json);

        result.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("offences[0].lifeImprisonment", ErrorCodes.NullNotAllowed),
            ("offences[1].extra", ErrorCodes.UnknownProperty),
            ("facts.harmThreatened", ErrorCodes.WrongType),
            ("offences[0].kind", ErrorCodes.UnknownValue),
            ("offences[0].maximumPenaltyYears", ErrorCodes.OutOfRange),
            ("offences[0].committedIn[1]", ErrorCodes.InvalidStateCode),
            ("offences[1].committedIn", ErrorCodes.Empty),
            ("offences[1].id", ErrorCodes.DuplicateId),
            ("group.members", ErrorCodes.OutOfRange),
            ("group.activeIn", ErrorCodes.NotInActiveIn),
            ("facts.internationalCooperation[0].state", ErrorCodes.StateRequired),
            ("facts.internationalCooperation[1]", ErrorCodes.NullNotAllowed),
        });
        result.CaseId.Should().Be("C-1");
        result.Errors.Single(e => e.Code == ErrorCodes.NotInActiveIn).Message.Should().Contain("UA");
    }

    [Test]
    public void Reading_problems_come_in_document_order_before_value_rules()
    {
        var errors = CaseJson.Read(Case("'id':'o1','kind':'x','z':1", "'facts':{'y':2}")).Errors;

        errors.Select(e => e.Path).Should().Equal("offences[0].z", "facts.y", "offences[0].kind");
    }

    [Test]
    public void Case_id_is_reported_with_the_errors_when_it_is_valid()
    {
        CaseJson.Read(Case("'id':'o1','kind':'theft'")).CaseId.Should().Be("C-1");
        CaseJson.Read(Quote("{'caseId':'C-7','offences':[{'id':")).CaseId.Should().Be("C-7");
        CaseJson.Read(Root("'caseId':'" + new string('x', 129) + "'")).CaseId.Should().BeNull();
        CaseJson.Read(Root("'caseId':5")).CaseId.Should().BeNull();
        CaseJson.Read(Root("'caseId':' '")).CaseId.Should().BeNull();
        CaseJson.Read("[]").CaseId.Should().BeNull();
    }

    [Test]
    public void Entries_past_a_limit_are_not_reported_one_by_one()
    {
        var json = Case(MinimalOffence + ",'committedIn':" + Many("'UA'", 100_000));

        var errors = CaseJson.Read(json).Errors;

        errors.Select(e => (e.Path, e.Code)).Should().Equal(("offences[0].committedIn", ErrorCodes.TooMany));
    }

    [Test]
    public void Entries_past_a_limit_are_still_checked_for_syntax() =>
        CaseJson.Read(Case(MinimalOffence + ",'committedIn':" + Many("'UA'", 300)[..^1] + ",}")).Errors
            .Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.InvalidJson);

    [Test]
    public void A_huge_string_is_reported_as_too_long_without_its_text()
    {
        var title = new string('ж', 5_000_000);

        var errors = CaseJson.Read(Case(more: "'title':'" + title + "'")).Errors;

        errors.Should().ContainSingle().Which.Should().Be(new CaseError("title", ErrorCodes.TooLong, "Must be at most 500 characters long."));
    }

    [Test]
    public void Escapes_count_as_the_characters_they_stand_for()
    {
        var id = string.Concat(Enumerable.Repeat("\\u0041", 64));

        CaseJson.Read(Case("'id':'" + id + "','kind':'fraud'")).Errors.Should().BeEmpty();
        CaseJson.Read(Case("'id':'" + id + "B','kind':'fraud'")).Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.TooLong);
    }

    [Test]
    public void More_than_a_thousand_errors_are_cut_with_a_closing_error()
    {
        var offence = "{'id':'o','kind':'fraud','committedIn':" + Many("'ua'", 250) + "}";

        var errors = CaseJson.Read(Root("'caseId':'C-1','offences':" + Many(offence, 5))).Errors;

        errors.Should().HaveCount(CaseLimits.Errors + 1);
        errors[^1].Code.Should().Be(ErrorCodes.TooManyErrors);
        errors[^1].Path.Should().BeEmpty();
    }

    [Test]
    public void Invalid_utf8_is_invalid_json()
    {
        var bytes = Encoding.UTF8.GetBytes(Case(more: "'title':'ab'")).ToList();
        var at = bytes.LastIndexOf((byte)'a');
        bytes[at] = 0xFF;

        var errors = CaseJson.Read(bytes.ToArray()).Errors;

        errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.InvalidJson);
    }

    [Test]
    public void Read_refuses_null_arguments()
    {
        FluentActions.Invoking(() => CaseJson.Read((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseJson.Read((Stream)null!)).Should().Throw<ArgumentNullException>();
    }
}
