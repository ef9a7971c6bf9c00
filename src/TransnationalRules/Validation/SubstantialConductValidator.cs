using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>Validates one entry of an offence's <c>substantialConduct</c>: a required valid <c>state</c> and a known <c>aspect</c>.</summary>
internal sealed class SubstantialConductValidator : AbstractValidator<SubstantialConduct>
{
    /// <summary>Creates the validator.</summary>
    public SubstantialConductValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.State)
            .NotNull().WithErrorCode(ErrorCodes.Required).WithMessage(Rules.RequiredMessage)
            .StateCode()
            .OverridePropertyName("state");
        RuleFor(c => c.Aspect).KnownValue("aspect").OverridePropertyName("aspect");
    }
}
