using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>
/// Validates <c>group</c>: <c>members</c> and <c>membersAtLeast</c> at least 1, <c>members</c> not below
/// <c>membersAtLeast</c> (<c>conflict</c>); <c>activeIn</c>, when present, a list of valid places, not empty unless
/// <c>activeInOthers</c> is <c>some</c> or <c>unknown</c>; <c>activeInOthers</c> only beside <c>activeIn</c>.
/// </summary>
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
        RuleFor(g => g.MembersAtLeast)
            .Must(m => m is null or >= CaseLimits.MinMembers).WithErrorCode(ErrorCodes.OutOfRange)
            .WithMessage("Must be a whole number of at least 1.")
            .Must((g, m) => m is null || g.Members is not int members || members < CaseLimits.MinMembers || members >= m)
            .WithErrorCode(ErrorCodes.Conflict).WithMessage("members is below membersAtLeast: a group cannot have fewer members than the least known.")
            .OverridePropertyName("membersAtLeast");
        RuleFor(g => g.ActiveIn).List(CaseLimits.ListEntries, allowEmpty: true)
            .Must((g, l) => l is null || l.Count > 0 || g.ActiveInOthers is OtherStates.Some or OtherStates.Unknown).WithErrorCode(ErrorCodes.Empty)
            .WithMessage("Must hold at least one entry unless activeInOthers is some or unknown; leave the property out when it is unknown.")
            .OverridePropertyName("activeIn");
        // Entries cascade with Continue: under Stop, FluentValidation leaves the entries after the first one in error unchecked.
        RuleForEach(g => g.ActiveIn).Cascade(CascadeMode.Continue).StateEntry().OverridePropertyName("activeIn");
        RuleFor(g => g.ActiveInOthers).MarkerWith(g => g.ActiveIn).OverridePropertyName("activeInOthers");
    }
}
