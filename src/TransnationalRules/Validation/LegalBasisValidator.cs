using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>Validates one entry of an offence's <c>legalBasis</c>.</summary>
/// <remarks>
/// Both fields are optional (DESIGN §4 requires neither); when present, <c>jurisdiction</c> must be a valid state code
/// and <c>reference</c> at most 200 characters.
/// </remarks>
internal sealed class LegalBasisValidator : AbstractValidator<LegalBasis>
{
    /// <summary>Creates the validator.</summary>
    public LegalBasisValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(b => b.Jurisdiction).StateCode().OverridePropertyName("jurisdiction");
        RuleFor(b => b.Reference).Text(CaseLimits.ReferenceLength).OverridePropertyName("reference");
    }
}
