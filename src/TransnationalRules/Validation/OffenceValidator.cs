using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>
/// Validates one offence (DESIGN §4): a required <c>id</c> of at most 64 characters and a known <c>kind</c>;
/// <c>maximumPenaltyYears</c> 0–100; lists of at most 250 entries, none null; <c>committedIn</c>, when present, not empty;
/// every state a valid code of a place (not <c>AQ</c>); a list marker only beside its list.
/// </summary>
/// <remarks>Unique ids and the group's <c>activeIn</c> need the whole case, so <see cref="CaseDescriptionValidator"/> checks them.</remarks>
internal sealed class OffenceValidator : AbstractValidator<Offence>
{
    /// <summary>Creates the validator.</summary>
    public OffenceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(o => o.Id).RequiredText(CaseLimits.OffenceIdLength).OverridePropertyName("id");
        RuleFor(o => o.Kind).KnownValue("kind").OverridePropertyName("kind");
        RuleFor(o => o.MaximumPenaltyYears)
            .Must(y => y is null or >= CaseLimits.MinPenaltyYears and <= CaseLimits.MaxPenaltyYears)
            .WithErrorCode(ErrorCodes.OutOfRange).WithMessage("Must be a number of years from 0 to 100.")
            .OverridePropertyName("maximumPenaltyYears");

        RuleFor(o => o.LegalBasis).List(CaseLimits.ListEntries, allowEmpty: true).OverridePropertyName("legalBasis");
        // Entries cascade with Continue: under Stop, FluentValidation leaves the entries after the first one in error unchecked.
        RuleForEach(o => o.LegalBasis).Cascade(CascadeMode.Continue)
            .NotNull().WithErrorCode(ErrorCodes.NullNotAllowed).WithMessage(Rules.NullEntryMessage)
            .SetValidator(new LegalBasisValidator())
            .OverridePropertyName("legalBasis");

        RuleFor(o => o.CommittedIn).List(CaseLimits.ListEntries, allowEmpty: false).OverridePropertyName("committedIn");
        RuleForEach(o => o.CommittedIn).Cascade(CascadeMode.Continue).StateEntry().OverridePropertyName("committedIn");
        RuleFor(o => o.CommittedInOthers).MarkerWith(o => o.CommittedIn).OverridePropertyName("committedInOthers");

        RuleFor(o => o.SubstantialConduct).List(CaseLimits.ListEntries, allowEmpty: true).OverridePropertyName("substantialConduct");
        RuleForEach(o => o.SubstantialConduct).Cascade(CascadeMode.Continue)
            .NotNull().WithErrorCode(ErrorCodes.NullNotAllowed).WithMessage(Rules.NullEntryMessage)
            .SetValidator(new SubstantialConductValidator())
            .OverridePropertyName("substantialConduct");
        RuleFor(o => o.SubstantialConductOthers).MarkerWith(o => o.SubstantialConduct).OverridePropertyName("substantialConductOthers");

        RuleFor(o => o.SubstantialEffectsIn).List(CaseLimits.ListEntries, allowEmpty: true).OverridePropertyName("substantialEffectsIn");
        RuleForEach(o => o.SubstantialEffectsIn).Cascade(CascadeMode.Continue).StateEntry().OverridePropertyName("substantialEffectsIn");
        RuleFor(o => o.SubstantialEffectsInOthers).MarkerWith(o => o.SubstantialEffectsIn).OverridePropertyName("substantialEffectsInOthers");
    }
}
