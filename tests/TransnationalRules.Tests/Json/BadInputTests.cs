using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Validation;
using static TransnationalRules.Tests.Json.CaseTexts;

namespace TransnationalRules.Tests.Json;

/// <summary>One bad input per rule of DESIGN §4 and per kind of JSON failure: the path and code it is reported with.</summary>
public sealed class BadInputTests
{
    // Free text a message must never repeat.
    private const string Secret = "Ivanenko";

    private static readonly string LongSecret = Secret + new string('x', 600);

    public static IEnumerable<TestCaseData> BadInputs()
    {
        // JSON text.
        yield return Bad("empty input", "", "", ErrorCodes.InvalidJson);
        yield return Bad("only white space", " \r\n\t ", "", ErrorCodes.InvalidJson);
        yield return Bad("syntax error: missing comma", Quote("{'caseId':'" + Secret + "' 'offences':[]}"), "", ErrorCodes.InvalidJson);
        yield return Bad("syntax error inside an offence", Quote("{'caseId':'C-1','offences':[{'id':'o1','kind':fraud}]}"), "offences[0].kind", ErrorCodes.InvalidJson);
        yield return Bad("truncated", Quote("{'caseId':'C-1','offences':[{'id':'" + Secret + "'"), "offences[0]", ErrorCodes.InvalidJson);
        yield return Bad("content after the case", Case() + " {}", "", ErrorCodes.InvalidJson);
        yield return Bad("comment", "// " + Secret + "\n" + Case(), "", ErrorCodes.InvalidJson);
        yield return Bad("trailing comma", Quote("{'caseId':'C-1','offences':[{'id':'o1','kind':'fraud'},]}"), "offences", ErrorCodes.InvalidJson);
        yield return Bad("root is an array", "[" + Case() + "]", "", ErrorCodes.WrongType);
        yield return Bad("root is a string", "\"" + Secret + "\"", "", ErrorCodes.WrongType);
        yield return Bad("depth 33", Case(more: "'title':" + new string('[', 32) + new string(']', 32)), "title", ErrorCodes.TooDeep, only: false);
        yield return Bad("unknown property at the root", Case(more: "'suspectName':'" + Secret + "'"), "suspectName", ErrorCodes.UnknownProperty);
        yield return Bad("unknown property in an offence", Case(MinimalOffence + ",'victim':{'name':'" + Secret + "'}"), "offences[0].victim", ErrorCodes.UnknownProperty);
        yield return Bad("unknown property in facts.damage", Case(more: "'facts':{'damage':{'amount':5}}"), "facts.damage.amount", ErrorCodes.UnknownProperty);
        yield return Bad("unknown property whose name is not an identifier", Case(more: "'" + Secret + " Petro':1"), "", ErrorCodes.UnknownProperty);
        yield return Bad("property names are case-sensitive", Case(more: "'Title':'x'"), "Title", ErrorCodes.UnknownProperty);
        yield return Bad("repeated property", Case(more: "'caseId':'" + Secret + "'"), "caseId", ErrorCodes.DuplicateProperty);

        // Required properties and types.
        yield return Bad("caseId missing", Root("'offences':[{" + MinimalOffence + "}]"), "caseId", ErrorCodes.Required);
        yield return Bad("caseId null", Root("'caseId':null,'offences':[{" + MinimalOffence + "}]"), "caseId", ErrorCodes.Required);
        yield return Bad("caseId a number", Root("'caseId':2024,'offences':[{" + MinimalOffence + "}]"), "caseId", ErrorCodes.WrongType);
        yield return Bad("caseId empty", Root("'caseId':' ','offences':[{" + MinimalOffence + "}]"), "caseId", ErrorCodes.Empty);
        yield return Bad("caseId over 128", Root("'caseId':'" + LongSecret[..129] + "','offences':[{" + MinimalOffence + "}]"), "caseId", ErrorCodes.TooLong);
        yield return Bad("title over 500", Case(more: "'title':'" + LongSecret[..501] + "'"), "title", ErrorCodes.TooLong);
        yield return Bad("title a number", Case(more: "'title':5"), "title", ErrorCodes.WrongType);
        yield return Bad("notes over 2,000", Case(more: "'notes':'" + Secret + new string('й', 1995) + "'"), "notes", ErrorCodes.TooLong);
        yield return Bad("offences missing", Root("'caseId':'C-1'"), "offences", ErrorCodes.Required);
        yield return Bad("offences null", Root("'caseId':'C-1','offences':null"), "offences", ErrorCodes.Required);
        yield return Bad("offences empty", Root("'caseId':'C-1','offences':[]"), "offences", ErrorCodes.Empty);
        yield return Bad("offences an object", Root("'caseId':'C-1','offences':{" + MinimalOffence + "}"), "offences", ErrorCodes.WrongType);
        yield return Bad("1,001 offences", Root("'caseId':'C-1','offences':" + Many("{'kind':'fraud'}", 1001)), "offences", ErrorCodes.TooMany, only: false);
        yield return Bad("offence null", Root("'caseId':'C-1','offences':[null]"), "offences[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("offence a string", Root("'caseId':'C-1','offences':['" + Secret + "']"), "offences[0]", ErrorCodes.WrongType);
        yield return Bad("duplicate offence ids", Root("'caseId':'C-1','offences':[{'id':'" + Secret + "','kind':'fraud'},{'id':'" + Secret + "','kind':'bribery'}]"), "offences[1].id", ErrorCodes.DuplicateId);
        yield return Bad("offence id missing", Case("'kind':'fraud'"), "offences[0].id", ErrorCodes.Required);
        yield return Bad("offence id over 64", Case("'id':'" + LongSecret[..65] + "','kind':'fraud'"), "offences[0].id", ErrorCodes.TooLong);
        yield return Bad("offence id a number", Case("'id':7,'kind':'fraud'"), "offences[0].id", ErrorCodes.WrongType);
        yield return Bad("kind missing", Case("'id':'o1'"), "offences[0].kind", ErrorCodes.Required);
        yield return Bad("kind null", Case("'id':'o1','kind':null"), "offences[0].kind", ErrorCodes.Required);
        yield return Bad("kind unknown", Case("'id':'o1','kind':'theft from " + Secret + "'"), "offences[0].kind", ErrorCodes.UnknownValue);
        yield return Bad("kind in the wrong case", Case("'id':'o1','kind':'Fraud'"), "offences[0].kind", ErrorCodes.UnknownValue);
        yield return Bad("kind a number", Case("'id':'o1','kind':0"), "offences[0].kind", ErrorCodes.WrongType);

        // Numbers.
        yield return Bad("negative years", Case(MinimalOffence + ",'maximumPenaltyYears':-1"), "offences[0].maximumPenaltyYears", ErrorCodes.OutOfRange);
        yield return Bad("years over 100", Case(MinimalOffence + ",'maximumPenaltyYears':100.5"), "offences[0].maximumPenaltyYears", ErrorCodes.OutOfRange);
        yield return Bad("years beyond any number", Case(MinimalOffence + ",'maximumPenaltyYears':1e400"), "offences[0].maximumPenaltyYears", ErrorCodes.OutOfRange);
        yield return Bad("years a string", Case(MinimalOffence + ",'maximumPenaltyYears':'12'"), "offences[0].maximumPenaltyYears", ErrorCodes.WrongType);
        yield return Bad("members 0", Case(more: "'group':{'members':0}"), "group.members", ErrorCodes.OutOfRange);
        yield return Bad("members negative", Case(more: "'group':{'members':-3}"), "group.members", ErrorCodes.OutOfRange);
        yield return Bad("members a fraction", Case(more: "'group':{'members':3.5}"), "group.members", ErrorCodes.WrongType);
        yield return Bad("members beyond an integer", Case(more: "'group':{'members':3e10}"), "group.members", ErrorCodes.OutOfRange);
        yield return Bad("members a string", Case(more: "'group':{'members':'3'}"), "group.members", ErrorCodes.WrongType);

        // lifeImprisonment and booleans.
        yield return Bad("lifeImprisonment null", Case(MinimalOffence + ",'lifeImprisonment':null"), "offences[0].lifeImprisonment", ErrorCodes.NullNotAllowed);
        yield return Bad("lifeImprisonment a string", Case(MinimalOffence + ",'lifeImprisonment':'yes'"), "offences[0].lifeImprisonment", ErrorCodes.WrongType);
        yield return Bad("boolean fact a string", Case(more: "'facts':{'harmThreatened':'true'}"), "facts.harmThreatened", ErrorCodes.WrongType);
        yield return Bad("damage fact a number", Case(more: "'facts':{'damage':{'individuals':1}}"), "facts.damage.individuals", ErrorCodes.WrongType);
        yield return Bad("involvesGroup a string", Case(MinimalOffence + ",'involvesGroup':'no'"), "offences[0].involvesGroup", ErrorCodes.WrongType);

        // States and lists.
        yield return Bad("committedIn empty", Case(MinimalOffence + ",'committedIn':[]"), "offences[0].committedIn", ErrorCodes.Empty);
        yield return Bad("committedIn a string", Case(MinimalOffence + ",'committedIn':'UA'"), "offences[0].committedIn", ErrorCodes.WrongType);
        yield return Bad("state in lower case", Case(MinimalOffence + ",'committedIn':['UA','md']"), "offences[0].committedIn[1]", ErrorCodes.InvalidStateCode);
        yield return Bad("state UK is not assigned", Case(MinimalOffence + ",'committedIn':['UK']"), "offences[0].committedIn[0]", ErrorCodes.InvalidStateCode);
        yield return Bad("state EU is not a state", Case(MinimalOffence + ",'substantialEffectsIn':['EU']"), "offences[0].substantialEffectsIn[0]", ErrorCodes.InvalidStateCode);
        yield return Bad("state code too long", Case(MinimalOffence + ",'committedIn':['" + Secret + "']"), "offences[0].committedIn[0]", ErrorCodes.InvalidStateCode);
        yield return Bad("state a number", Case(MinimalOffence + ",'committedIn':[380]"), "offences[0].committedIn[0]", ErrorCodes.WrongType);
        yield return Bad("null state in a list", Case(MinimalOffence + ",'substantialEffectsIn':['UA',null]"), "offences[0].substantialEffectsIn[1]", ErrorCodes.NullNotAllowed);
        yield return Bad("251 states", Case(MinimalOffence + ",'committedIn':" + Many("'UA'", 251)), "offences[0].committedIn", ErrorCodes.TooMany);
        yield return Bad("251 cooperation entries", Case(more: "'facts':{'internationalCooperation':" + Many("{'partner':'interpol'}", 251) + "}"), "facts.internationalCooperation", ErrorCodes.TooMany);
        yield return Bad("conduct aspect missing", Case(MinimalOffence + ",'substantialConduct':[{'state':'UA'}]"), "offences[0].substantialConduct[0].aspect", ErrorCodes.Required);
        yield return Bad("conduct state missing", Case(MinimalOffence + ",'substantialConduct':[{'aspect':'planning'}]"), "offences[0].substantialConduct[0].state", ErrorCodes.Required);
        yield return Bad("conduct aspect unknown", Case(MinimalOffence + ",'substantialConduct':[{'state':'UA','aspect':'" + Secret + "'}]"), "offences[0].substantialConduct[0].aspect", ErrorCodes.UnknownValue);
        yield return Bad("conduct state unassigned", Case(MinimalOffence + ",'substantialConduct':[{'state':'XX','aspect':'planning'}]"), "offences[0].substantialConduct[0].state", ErrorCodes.InvalidStateCode);
        yield return Bad("conduct entry null", Case(MinimalOffence + ",'substantialConduct':[null]"), "offences[0].substantialConduct[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("legal basis jurisdiction lower case", Case(MinimalOffence + ",'legalBasis':[{'jurisdiction':'ua'}]"), "offences[0].legalBasis[0].jurisdiction", ErrorCodes.InvalidStateCode);
        yield return Bad("legal basis reference over 200", Case(MinimalOffence + ",'legalBasis':[{'reference':'" + LongSecret[..201] + "'}]"), "offences[0].legalBasis[0].reference", ErrorCodes.TooLong);
        yield return Bad("group an array", Case(more: "'group':[]"), "group", ErrorCodes.WrongType);
        yield return Bad("activeIn empty", Case(more: "'group':{'activeIn':[]}"), "group.activeIn", ErrorCodes.Empty);
        yield return Bad("activeIn lacks a state of a group offence",
            Case(MinimalOffence + ",'committedIn':['MD','UA'],'involvesGroup':true", "'group':{'activeIn':['UA']}"), "group.activeIn", ErrorCodes.NotInActiveIn);
        yield return Bad("activeIn empty with its marker none", Case(more: "'group':{'activeIn':[],'activeInOthers':'none'}"), "group.activeIn", ErrorCodes.Empty);
        yield return Bad("facts a string", Case(more: "'facts':'" + Secret + "'"), "facts", ErrorCodes.WrongType);
        yield return Bad("partner state without a state", Case(more: "'facts':{'internationalCooperation':[{'partner':'state'}]}"), "facts.internationalCooperation[0].state", ErrorCodes.StateRequired);
        yield return Bad("partner unknown", Case(more: "'facts':{'internationalCooperation':[{'partner':'" + Secret + "'}]}"), "facts.internationalCooperation[0].partner", ErrorCodes.UnknownValue);
        yield return Bad("partner missing", Case(more: "'facts':{'internationalCooperation':[{'state':'MD'}]}"), "facts.internationalCooperation[0].partner", ErrorCodes.Required);
        // Partial knowledge (DESIGN §2.1) and States, not territories (§2.2).
        yield return Bad("committedInOthers without committedIn", Case(MinimalOffence + ",'committedInOthers':'some'"), "offences[0].committedInOthers", ErrorCodes.OthersWithoutList);
        yield return Bad("committedInOthers beside a null committedIn", Case(MinimalOffence + ",'committedIn':null,'committedInOthers':'none'"), "offences[0].committedInOthers", ErrorCodes.OthersWithoutList);
        yield return Bad("substantialConductOthers without its list", Case(MinimalOffence + ",'substantialConductOthers':'unknown'"), "offences[0].substantialConductOthers", ErrorCodes.OthersWithoutList);
        yield return Bad("substantialEffectsInOthers without its list", Case(MinimalOffence + ",'substantialEffectsInOthers':'some'"), "offences[0].substantialEffectsInOthers", ErrorCodes.OthersWithoutList);
        yield return Bad("activeInOthers without activeIn", Case(more: "'group':{'activeInOthers':'some'}"), "group.activeInOthers", ErrorCodes.OthersWithoutList);
        yield return Bad("marker null", Case(MinimalOffence + ",'committedIn':['UA'],'committedInOthers':null"), "offences[0].committedInOthers", ErrorCodes.NullNotAllowed);
        yield return Bad("marker unknown value", Case(MinimalOffence + ",'committedIn':['UA'],'committedInOthers':'" + Secret + "'"), "offences[0].committedInOthers", ErrorCodes.UnknownValue);
        yield return Bad("marker in the wrong case", Case(MinimalOffence + ",'substantialEffectsIn':[],'substantialEffectsInOthers':'Some'"), "offences[0].substantialEffectsInOthers", ErrorCodes.UnknownValue);
        yield return Bad("marker a boolean", Case(more: "'group':{'activeIn':['UA'],'activeInOthers':true}"), "group.activeInOthers", ErrorCodes.WrongType);
        yield return Bad("membersAtLeast 0", Case(more: "'group':{'membersAtLeast':0}"), "group.membersAtLeast", ErrorCodes.OutOfRange);
        yield return Bad("membersAtLeast a fraction", Case(more: "'group':{'membersAtLeast':2.5}"), "group.membersAtLeast", ErrorCodes.WrongType);
        yield return Bad("members below membersAtLeast", Case(more: "'group':{'members':4,'membersAtLeast':5}"), "group.membersAtLeast", ErrorCodes.Conflict);
        yield return Bad("AQ where an offence was committed", Case(MinimalOffence + ",'committedIn':['UA','AQ']"), "offences[0].committedIn[1]", ErrorCodes.NotAState);
        yield return Bad("AQ in substantial conduct", Case(MinimalOffence + ",'substantialConduct':[{'state':'AQ','aspect':'planning'}]"), "offences[0].substantialConduct[0].state", ErrorCodes.NotAState);
        yield return Bad("AQ in substantial effects", Case(MinimalOffence + ",'substantialEffectsIn':['AQ']"), "offences[0].substantialEffectsIn[0]", ErrorCodes.NotAState);
        yield return Bad("AQ where the group is active", Case(more: "'group':{'activeIn':['AQ']}"), "group.activeIn[0]", ErrorCodes.NotAState);
        yield return Bad("AQ as a cooperating state", Case(more: "'facts':{'internationalCooperation':[{'partner':'state','state':'AQ'}]}"), "facts.internationalCooperation[0].state", ErrorCodes.NotAState);
        yield return Bad("AQ as a jurisdiction", Case(MinimalOffence + ",'legalBasis':[{'jurisdiction':'AQ'}]"), "offences[0].legalBasis[0].jurisdiction", ErrorCodes.NotAState);
        yield return Bad("activeIn lacks the State of a committing territory",
            Case(MinimalOffence + ",'committedIn':['HK','UA'],'involvesGroup':true", "'group':{'activeIn':['UA','GB']}"), "group.activeIn", ErrorCodes.NotInActiveIn);
        yield return Bad("cooperation state invalid", Case(more: "'facts':{'internationalCooperation':[{'partner':'state','state':'Md'}]}"), "facts.internationalCooperation[0].state", ErrorCodes.InvalidStateCode);

        // stage and abroad (DESIGN §4, v2).
        yield return Bad("stage unknown", Case(more: "'stage':'appeal by " + Secret + "'"), "stage", ErrorCodes.UnknownValue);
        yield return Bad("stage in the wrong case", Case(more: "'stage':'Trial'"), "stage", ErrorCodes.UnknownValue);
        yield return Bad("stage a boolean", Case(more: "'stage':true"), "stage", ErrorCodes.WrongType);
        yield return Bad("abroad an object", Case(more: "'abroad':{'state':'PL'}"), "abroad", ErrorCodes.WrongType);
        yield return Bad("abroad entry null", Case(more: "'abroad':[null]"), "abroad[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("abroad entry a string", Case(more: "'abroad':['PL']"), "abroad[0]", ErrorCodes.WrongType);
        yield return Bad("abroad state missing", Case(more: "'abroad':[{'evidence':true}]"), "abroad[0].state", ErrorCodes.Required);
        yield return Bad("abroad state null", Case(more: "'abroad':[{'state':null,'evidence':true}]"), "abroad[0].state", ErrorCodes.Required);
        yield return Bad("abroad state lower case", Case(more: "'abroad':[{'state':'PL'},{'state':'pl'}]"), "abroad[1].state", ErrorCodes.InvalidStateCode);
        yield return Bad("abroad state unassigned", Case(more: "'abroad':[{'state':'UK'}]"), "abroad[0].state", ErrorCodes.InvalidStateCode);
        yield return Bad("abroad state too long", Case(more: "'abroad':[{'state':'" + Secret + "'}]"), "abroad[0].state", ErrorCodes.InvalidStateCode);
        yield return Bad("abroad state a number", Case(more: "'abroad':[{'state':616}]"), "abroad[0].state", ErrorCodes.WrongType);
        yield return Bad("abroad names Antarctica", Case(more: "'abroad':[{'state':'AQ'}]"), "abroad[0].state", ErrorCodes.NotAState);
        yield return Bad("abroad names Ukraine", Case(more: "'abroad':[{'state':'PL'},{'state':'UA','evidence':true}]"), "abroad[1].state", ErrorCodes.ApplyingState);
        yield return Bad("abroad repeats a State", Case(more: "'abroad':[{'state':'PL'},{'state':'MD'},{'state':'PL','proceeds':true}]"), "abroad[2].state", ErrorCodes.Duplicate);
        yield return Bad("abroad boolean a string", Case(more: "'abroad':[{'state':'PL','evidence':'yes'}]"), "abroad[0].evidence", ErrorCodes.WrongType);
        yield return Bad("abroad boolean a number", Case(more: "'abroad':[{'state':'PL','dualCriminality':1}]"), "abroad[0].dualCriminality", ErrorCodes.WrongType);
        yield return Bad("abroad unknown property", Case(more: "'abroad':[{'state':'PL','suspectName':'" + Secret + "'}]"), "abroad[0].suspectName", ErrorCodes.UnknownProperty);
        yield return Bad("abroad unknown property not an identifier", Case(more: "'abroad':[{'state':'PL','" + Secret + " Petro':true}]"), "abroad[0]", ErrorCodes.UnknownProperty);
        yield return Bad("abroad repeated property", Case(more: "'abroad':[{'state':'PL','evidence':true,'evidence':false}]"), "abroad[0].evidence", ErrorCodes.DuplicateProperty);
        yield return Bad("251 abroad entries", Case(more: "'abroad':" + Many("{'state':'PL'}", 251)), "abroad", ErrorCodes.TooMany, only: false);
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_input_is_reported_at_its_path_with_its_code(string json, string path, string code, bool only)
    {
        var result = CaseJson.Read(json);

        result.IsValid.Should().BeFalse();
        result.Case.Should().BeNull();
        result.Errors.Should().Contain(e => e.Path == path && e.Code == code,
            $"expected {code} at '{path}'; got: {string.Join(" | ", result.Errors)}");
        if (only)
        {
            result.Errors.Should().HaveCount(1, $"got: {string.Join(" | ", result.Errors)}");
        }

        result.Errors.Should().OnlyContain(e => ErrorCodes.All.Contains(e.Code));
        result.Errors.Should().NotContain(e => e.Message.Contains(Secret, StringComparison.OrdinalIgnoreCase) || e.Message.Length == 0);
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Bad_input_gives_the_same_errors_as_bytes_and_as_a_stream(string json, string path, string code, bool only)
    {
        _ = (path, code, only);
        var bytes = Encoding.UTF8.GetBytes(json);
        using var stream = new MemoryStream(bytes);

        var fromString = CaseJson.Read(json).Errors;

        CaseJson.Read(bytes).Errors.Should().Equal(fromString);
        CaseJson.Read(stream).Errors.Should().Equal(fromString);
    }

    [Test]
    public void Table_has_a_row_for_every_code_but_the_error_cap() =>
        BadInputs().Select(row => (string)row.Arguments[2]!).Distinct()
            .Should().BeEquivalentTo(ErrorCodes.All.Where(c => c != ErrorCodes.TooManyErrors));

    private static TestCaseData Bad(string name, string json, string path, string code, bool only = true) =>
        new TestCaseData(json, path, code, only).SetArgDisplayNames(name);
}
