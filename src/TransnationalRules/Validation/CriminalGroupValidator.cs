using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>Validates <c>group</c>: <c>members</c> at least 1, and <c>activeIn</c>, when present, a non-empty list of valid states.</summary>
/// <remarks>
/// That <c>activeIn</c> holds every state where an offence involving the group was committed needs the offences, so
/// <see cref="CaseDescriptionValidator"/> checks it.
/// </remarks>
internal sealed class CriminalGroupValidator : AbstractValidator<CriminalGroup>
{
    /// <summary>Creates the validator.</summary>
    public CriminalGroupValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(g => g.Members)
            .Must(m => m is null or >= CaseLimits.MinMembers).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("Must be a whole number of at least 1.")
            .OverridePropertyName("members");
        RuleFor(g => g.ActiveIn).List(CaseLimits.ListEntries, allowEmpty: false).OverridePropertyName("activeIn");
        // Entries cascade with Continue: under Stop, FluentValidation leaves the entries after the first one in error unchecked.
        RuleForEach(g => g.ActiveIn).Cascade(CascadeMode.Continue).StateEntry().OverridePropertyName("activeIn");
    }
}
