using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>
/// Validates one entry of <c>facts.internationalCooperation</c>: a known <c>partner</c>, and a valid <c>state</c> when the
/// partner is <c>state</c>.
/// </summary>
/// <remarks>A <c>state</c> given with another partner is allowed (DESIGN §4 does not forbid it) but must be a valid code.</remarks>
internal sealed class CooperationValidator : AbstractValidator<Cooperation>
{
    /// <summary>Creates the validator.</summary>
    public CooperationValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Partner).KnownValue("partner").OverridePropertyName("partner");
        RuleFor(c => c.State)
            .NotNull().When(c => c.Partner == CooperationPartner.State)
                .WithErrorCode(ErrorCodes.StateRequired).WithMessage("A cooperation entry with partner 'state' must name the state.")
            .StateCode()
            .OverridePropertyName("state");
    }
}
