using TransnationalRules.Model;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Validation;

/// <summary>The validators on cases built in C#: the same paths and codes as for JSON input.</summary>
public sealed class CaseValidationTests
{
    private static readonly Offence Fraud = new() { Id = "o1", Kind = OffenceKind.Fraud };

    private static readonly CaseDescription Valid = new() { CaseId = "C-1", Offences = [Fraud] };

    public static IEnumerable<TestCaseData> BadCases()
    {
        yield return Bad("caseId null", Valid with { CaseId = null! }, "caseId", ErrorCodes.Required);
        yield return Bad("caseId blank", Valid with { CaseId = "  " }, "caseId", ErrorCodes.Empty);
        yield return Bad("caseId over 128", Valid with { CaseId = new string('x', 129) }, "caseId", ErrorCodes.TooLong);
        yield return Bad("title over 500", Valid with { Title = new string('x', 501) }, "title", ErrorCodes.TooLong);
        yield return Bad("notes over 2,000", Valid with { Notes = new string('x', 2001) }, "notes", ErrorCodes.TooLong);
        yield return Bad("no offences", Valid with { Offences = [] }, "offences", ErrorCodes.Empty);
        yield return Bad("1,001 offences", Valid with { Offences = [.. Enumerable.Range(0, 1001).Select(i => Fraud with { Id = "o" + i })] }, "offences", ErrorCodes.TooMany);
        yield return Bad("null offence", Valid with { Offences = [Fraud, null!] }, "offences[1]", ErrorCodes.NullNotAllowed);
        yield return Bad("duplicate ids", Valid with { Offences = [Fraud, Fraud with { Kind = OffenceKind.Bribery }] }, "offences[1].id", ErrorCodes.DuplicateId);
        yield return Bad("id null", Valid with { Offences = [Fraud with { Id = null! }] }, "offences[0].id", ErrorCodes.Required);
        yield return Bad("id empty", Valid with { Offences = [Fraud with { Id = "" }] }, "offences[0].id", ErrorCodes.Empty);
        yield return Bad("id over 64", Valid with { Offences = [Fraud with { Id = new string('x', 65) }] }, "offences[0].id", ErrorCodes.TooLong);
        yield return Bad("undefined kind", Valid with { Offences = [Fraud with { Kind = (OffenceKind)42 }] }, "offences[0].kind", ErrorCodes.UnknownValue);
        yield return Bad("years negative", Valid with { Offences = [Fraud with { MaximumPenaltyYears = -0.5m }] }, "offences[0].maximumPenaltyYears", ErrorCodes.OutOfRange);
        yield return Bad("years over 100", Valid with { Offences = [Fraud with { MaximumPenaltyYears = 100.01m }] }, "offences[0].maximumPenaltyYears", ErrorCodes.OutOfRange);
        yield return Bad("committedIn empty", Valid with { Offences = [Fraud with { CommittedIn = [] }] }, "offences[0].committedIn", ErrorCodes.Empty);
        yield return Bad("committedIn lower case", Valid with { Offences = [Fraud with { CommittedIn = ["UA", "pl"] }] }, "offences[0].committedIn[1]", ErrorCodes.InvalidStateCode);
        yield return Bad("committedIn null entry", Valid with { Offences = [Fraud with { CommittedIn = [null!] }] }, "offences[0].committedIn[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("251 effects", Valid with { Offences = [Fraud with { SubstantialEffectsIn = [.. Enumerable.Repeat("UA", 251)] }] }, "offences[0].substantialEffectsIn", ErrorCodes.TooMany);
        yield return Bad("effects unassigned", Valid with { Offences = [Fraud with { SubstantialEffectsIn = ["EU"] }] }, "offences[0].substantialEffectsIn[0]", ErrorCodes.InvalidStateCode);
        yield return Bad("conduct state null", Valid with { Offences = [Fraud with { SubstantialConduct = [new() { State = null!, Aspect = ConductAspect.Control }] }] }, "offences[0].substantialConduct[0].state", ErrorCodes.Required);
        yield return Bad("conduct undefined aspect", Valid with { Offences = [Fraud with { SubstantialConduct = [new() { State = "UA", Aspect = (ConductAspect)9 }] }] }, "offences[0].substantialConduct[0].aspect", ErrorCodes.UnknownValue);
        yield return Bad("conduct null entry", Valid with { Offences = [Fraud with { SubstantialConduct = [null!] }] }, "offences[0].substantialConduct[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("legal basis jurisdiction", Valid with { Offences = [Fraud with { LegalBasis = [new() { Jurisdiction = "UK" }] }] }, "offences[0].legalBasis[0].jurisdiction", ErrorCodes.InvalidStateCode);
        yield return Bad("legal basis reference", Valid with { Offences = [Fraud with { LegalBasis = [new() { Reference = new string('x', 201) }] }] }, "offences[0].legalBasis[0].reference", ErrorCodes.TooLong);
        yield return Bad("legal basis null entry", Valid with { Offences = [Fraud with { LegalBasis = [null!] }] }, "offences[0].legalBasis[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("members 0", Valid with { Group = new() { Members = 0 } }, "group.members", ErrorCodes.OutOfRange);
        yield return Bad("activeIn empty", Valid with { Group = new() { ActiveIn = [] } }, "group.activeIn", ErrorCodes.Empty);
        yield return Bad("activeIn invalid", Valid with { Group = new() { ActiveIn = ["U"] } }, "group.activeIn[0]", ErrorCodes.InvalidStateCode);
        yield return Bad("activeIn null entry", Valid with { Group = new() { ActiveIn = ["UA", null!] } }, "group.activeIn[1]", ErrorCodes.NullNotAllowed);
        yield return Bad("activeIn lacks a committing state",
            Valid with { Offences = [Fraud with { CommittedIn = ["UA", "MD"], InvolvesGroup = true }], Group = new() { ActiveIn = ["UA"] } }, "group.activeIn", ErrorCodes.NotInActiveIn);
        yield return Bad("cooperation null entry", Valid with { Facts = new() { InternationalCooperation = [null!] } }, "facts.internationalCooperation[0]", ErrorCodes.NullNotAllowed);
        yield return Bad("cooperation undefined partner", Valid with { Facts = new() { InternationalCooperation = [new() { Partner = (CooperationPartner)7 }] } }, "facts.internationalCooperation[0].partner", ErrorCodes.UnknownValue);
        yield return Bad("cooperation state missing", Valid with { Facts = new() { InternationalCooperation = [new() { Partner = CooperationPartner.State }] } }, "facts.internationalCooperation[0].state", ErrorCodes.StateRequired);
        yield return Bad("cooperation state invalid", Valid with { Facts = new() { InternationalCooperation = [new() { Partner = CooperationPartner.Interpol, State = "xk" }] } }, "facts.internationalCooperation[0].state", ErrorCodes.InvalidStateCode);
    }

    [TestCaseSource(nameof(BadCases))]
    public void Bad_case_is_reported_at_its_json_path_with_its_code(CaseDescription @case, string path, string code)
    {
        var errors = CaseValidation.Validate(@case);

        errors.Should().ContainSingle($"got: {string.Join(" | ", errors)}").Which.Should().Match<CaseError>(e => e.Path == path && e.Code == code);
    }

    [TestCaseSource(nameof(BadCases))]
    public void FluentValidation_validator_reports_the_same_path_and_code(CaseDescription @case, string path, string code)
    {
        var result = new CaseDescriptionValidator().Validate(@case);

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<FluentValidation.Results.ValidationFailure>(f => f.PropertyName == path && f.ErrorCode == code);
    }

    [Test]
    public void Valid_cases_have_no_errors()
    {
        CaseValidation.Validate(Valid).Should().BeEmpty();
        CaseValidation.Validate(Valid with
        {
            Offences = [Fraud with { CommittedIn = ["UA", "MD"], InvolvesGroup = true, MaximumPenaltyYears = 100, LegalBasis = [new()] }, Fraud with { Id = "o2", CommittedIn = ["FR"] }],
            Group = new() { Members = 1, ActiveIn = ["MD", "UA", "XK"] },
            Facts = new() { InternationalCooperation = [new() { Partner = CooperationPartner.State, State = "MD" }], Damage = new() },
        }).Should().BeEmpty("only offences with involvesGroup: true need their states in activeIn");
    }

    [Test]
    public void Every_entry_in_error_is_reported_not_just_the_first()
    {
        var errors = CaseValidation.Validate(Valid with { Offences = [Fraud with { CommittedIn = ["ua", "UA", "md"] }, null!, Fraud with { Id = "o3", CommittedIn = ["pl"] }] });

        errors.Select(e => e.Path).Should().Equal("offences[0].committedIn[0]", "offences[0].committedIn[2]", "offences[1]", "offences[2].committedIn[0]");
    }

    [Test]
    public void Missing_active_states_are_named_once_each_in_one_error()
    {
        var errors = CaseValidation.Validate(Valid with
        {
            Offences = [Fraud with { CommittedIn = ["MD", "RO"], InvolvesGroup = true }, Fraud with { Id = "o2", CommittedIn = ["RO", "md"], InvolvesGroup = true }],
            Group = new() { ActiveIn = ["UA"] },
        });

        errors.Select(e => e.Path).Should().Equal("offences[1].committedIn[1]", "group.activeIn");
        errors[1].Message.Should().EndWith("missing: MD, RO.");
    }

    [Test]
    public void Every_code_is_documented_and_no_message_is_a_default_template()
    {
        var failures = BadCases().SelectMany(row => new CaseDescriptionValidator().Validate((CaseDescription)row.Arguments[0]!).Errors).ToList();

        failures.Should().OnlyContain(f => ErrorCodes.All.Contains(f.ErrorCode));
        failures.Should().OnlyContain(f => !f.ErrorMessage.Contains('\'') || f.ErrorMessage.Contains("'state'"), "FluentValidation's templates quote the property name");
    }

    [Test]
    public void Validate_refuses_null() =>
        FluentActions.Invoking(() => CaseValidation.Validate(null!)).Should().Throw<ArgumentNullException>();

    private static TestCaseData Bad(string name, CaseDescription @case, string path, string code) =>
        new TestCaseData(@case, path, code).SetArgDisplayNames(name);
}
