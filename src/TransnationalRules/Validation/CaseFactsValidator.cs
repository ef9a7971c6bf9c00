using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>Validates <c>facts</c>: its only rules concern <c>internationalCooperation</c> (at most 250 entries, none null, each valid).</summary>
/// <remarks><c>damage</c> holds three optional booleans and has no rules, so it has no validator of its own.</remarks>
internal sealed class CaseFactsValidator : AbstractValidator<CaseFacts>
{
    /// <summary>Creates the validator.</summary>
    public CaseFactsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(f => f.InternationalCooperation).List(CaseLimits.ListEntries, allowEmpty: true).OverridePropertyName("internationalCooperation");
        // Entries cascade with Continue: under Stop, FluentValidation leaves the entries after the first one in error unchecked.
        RuleForEach(f => f.InternationalCooperation).Cascade(CascadeMode.Continue)
            .NotNull().WithErrorCode(ErrorCodes.NullNotAllowed).WithMessage(Rules.NullEntryMessage)
            .SetValidator(new CooperationValidator())
            .OverridePropertyName("internationalCooperation");
    }
}
