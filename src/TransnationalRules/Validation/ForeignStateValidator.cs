using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>
/// Validates one entry of <c>abroad</c>: a required <c>state</c>, valid as every other field that holds a State, and not
/// <c>UA</c>, the State applying the classification (<see cref="ErrorCodes.ApplyingState"/>). Its facts are optional
/// booleans with no rules; a repeated State is checked across the list by <see cref="CaseDescriptionValidator"/>.
/// </summary>
internal sealed class ForeignStateValidator : AbstractValidator<ForeignState>
{
    /// <summary>The State applying the classification, which no <c>abroad</c> entry may name.</summary>
    public const string ApplyingState = "UA";

    /// <summary>Creates the validator.</summary>
    public ForeignStateValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(a => a.State)
            .NotNull().WithErrorCode(ErrorCodes.Required).WithMessage(Rules.RequiredMessage)
            .StateCode()
            .Must(s => s != ApplyingState).WithErrorCode(ErrorCodes.ApplyingState)
                .WithMessage("Ukraine is the State applying the classification; abroad lists foreign States only.")
            .OverridePropertyName("state");
    }
}
