using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>
/// Validates a case description against every value rule of DESIGN §4, with the JSON paths of the case document
/// (<c>caseId</c>, <c>offences[0].committedIn[1]</c>, <c>group.activeIn</c>) as property names and the codes of
/// <see cref="ErrorCodes"/>.
/// </summary>
/// <remarks>
/// Use it on a case built in C#, or through <see cref="CaseValidation.Validate"/>, which returns <see cref="CaseError"/>s.
/// Rules of the JSON text itself (syntax, JSON types, unknown properties, depth, a <c>null</c>
/// <c>lifeImprisonment</c>) are checked while reading, by <c>Json.CaseJson</c>. The validator is immutable
/// and thread-safe: build it once.
/// </remarks>
internal sealed class CaseDescriptionValidator : AbstractValidator<CaseDescription>
{
    /// <summary>Creates the validator.</summary>
    public CaseDescriptionValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.CaseId).RequiredText(CaseLimits.CaseIdLength).OverridePropertyName("caseId");
        RuleFor(c => c.Title).Text(CaseLimits.TitleLength).OverridePropertyName("title");
        RuleFor(c => c.Notes).Text(CaseLimits.NotesLength).OverridePropertyName("notes");

        RuleFor(c => c.Offences)
            .NotNull().WithErrorCode(ErrorCodes.Required).WithMessage(Rules.RequiredMessage)
            .Must(o => o.Count > 0).WithErrorCode(ErrorCodes.Empty).WithMessage("A case must have at least one offence.")
            .Must(o => o.Count <= CaseLimits.Offences).WithErrorCode(ErrorCodes.TooMany).WithMessage(Rules.TooManyMessage(CaseLimits.Offences))
            .OverridePropertyName("offences");
        // Entries cascade with Continue: under Stop, FluentValidation leaves the entries after the first one in error unchecked.
        RuleForEach(c => c.Offences).Cascade(CascadeMode.Continue)
            .NotNull().WithErrorCode(ErrorCodes.NullNotAllowed).WithMessage(Rules.NullEntryMessage)
            .SetValidator(new OffenceValidator())
            .OverridePropertyName("offences");
        RuleFor(c => c.Offences).Configure(r => r.PropertyName = "offences")
            .Custom(UniqueIds).When(c => c.Offences is not null);

        RuleFor(c => c.Group).SetValidator(new CriminalGroupValidator()!).OverridePropertyName("group");
        RuleFor(c => c.Group!.ActiveIn).Configure(r => r.PropertyName = "group.activeIn")
            .Custom(ActiveInHoldsGroupOffenceStates)
            .When(c => c.Group?.ActiveIn is not null && c.Group.ActiveInOthers is null or OtherStates.None && c.Offences is not null);

        RuleFor(c => c.Facts).SetValidator(new CaseFactsValidator()!).OverridePropertyName("facts");

        RuleFor(c => c.Stage).Must(s => s is null || Enum.IsDefined(s.Value)).WithErrorCode(ErrorCodes.UnknownValue)
            .WithMessage($"Not a known stage; use one of: {JsonEnum<CaseStage>.List}.").OverridePropertyName("stage");
        RuleFor(c => c.Abroad).List(CaseLimits.ListEntries, allowEmpty: true).OverridePropertyName("abroad");
        // Entries cascade with Continue: under Stop, FluentValidation leaves the entries after the first one in error unchecked.
        RuleForEach(c => c.Abroad).Cascade(CascadeMode.Continue)
            .NotNull().WithErrorCode(ErrorCodes.NullNotAllowed).WithMessage(Rules.NullEntryMessage)
            .SetValidator(new ForeignStateValidator())
            .OverridePropertyName("abroad");
        RuleFor(c => c.Abroad).Configure(r => r.PropertyName = "abroad")
            .Custom(NoRepeatedState).When(c => c.Abroad is not null);
    }

    private static void NoRepeatedState(IReadOnlyList<ForeignState>? abroad, ValidationContext<CaseDescription> context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < abroad!.Count; i++)
        {
            // Invalid codes are reported where they stand; only valid ones can repeat.
            if (abroad[i]?.State is not string state || !StateCodes.IsValid(state))
            {
                continue;
            }

            // abroad holds States (issue 19): a territory folds to the State that holds it (DESIGN §2.2), so HK and CN repeat.
            var folded = TerritoryTable.Default.StateOf(state);
            if (first.TryGetValue(folded, out var earlier))
            {
                var how = folded == state && abroad[earlier].State == state
                    ? string.Empty
                    : string.Create(CultureInfo.InvariantCulture, $" (a territory counts as the State that holds it: {abroad[earlier].State} and {state} are both {folded})");
                context.AddFailure(new ValidationFailure(
                    string.Create(CultureInfo.InvariantCulture, $"{context.PropertyPath}[{i}].state"),
                    string.Create(CultureInfo.InvariantCulture, $"Each State may appear once in abroad; abroad[{earlier}] names the same State{how}."))
                {
                    ErrorCode = ErrorCodes.Duplicate,
                });
            }
            else
            {
                first.Add(folded, i);
            }
        }
    }

    private static void UniqueIds(IReadOnlyList<Offence> offences, ValidationContext<CaseDescription> context)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < offences.Count; i++)
        {
            if (offences[i]?.Id is not string id)
            {
                continue;
            }

            if (first.TryGetValue(id, out var earlier))
            {
                context.AddFailure(new ValidationFailure(
                    string.Create(CultureInfo.InvariantCulture, $"{context.PropertyPath}[{i}].id"),
                    string.Create(CultureInfo.InvariantCulture, $"Offence ids must be unique; offences[{earlier}] has the same id."))
                {
                    ErrorCode = ErrorCodes.DuplicateId,
                });
            }
            else
            {
                first.Add(id, i);
            }
        }
    }

    private static void ActiveInHoldsGroupOffenceStates(IReadOnlyList<string>? activeIn, ValidationContext<CaseDescription> context)
    {
        // A territory counts as its State (DESIGN §2.2): activeIn ["CN"] covers an offence committed in HK.
        var territories = TerritoryTable.Default;
        var active = new HashSet<string>(activeIn!.Where(s => s is not null).Select(territories.StateOf), StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var offence in context.InstanceToValidate.Offences)
        {
            if (offence is not { InvolvesGroup: true, CommittedIn: { } committedIn })
            {
                continue;
            }

            foreach (var state in committedIn)
            {
                // Invalid codes are reported where they stand; only valid ones are looked for here.
                if (StateCodes.IsPlace(state) && !active.Contains(territories.StateOf(state)) && !missing.Contains(state))
                {
                    missing.Add(state);
                }
            }
        }

        if (missing.Count > 0)
        {
            context.AddFailure(new ValidationFailure(
                context.PropertyPath,
                $"Must hold every state where an offence with involvesGroup: true was committed; missing: {string.Join(", ", missing)}.")
            {
                ErrorCode = ErrorCodes.NotInActiveIn,
            });
        }
    }
}
