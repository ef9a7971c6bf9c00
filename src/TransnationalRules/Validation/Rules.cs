using System.Globalization;
using FluentValidation;
using TransnationalRules.Model;

namespace TransnationalRules.Validation;

/// <summary>The rule pieces the validators share, each with its error code and a message that echoes no value.</summary>
internal static class Rules
{
    public const string RequiredMessage = "Required: the property must be present and not null.";
    public const string NullEntryMessage = "List entries may not be null.";
    public const string StateCodeMessage = "Must be an upper-case ISO 3166-1 alpha-2 code of an assigned country, or XK.";

    /// <summary>A required string: present, not blank, at most <paramref name="maxLength"/> long.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotNull().WithErrorCode(ErrorCodes.Required).WithMessage(RequiredMessage)
            .Must(s => !UnicodeText.IsBlank(s)).WithErrorCode(ErrorCodes.Empty).WithMessage("Must not be empty or white space.")
            .Text(maxLength);

    /// <summary>An optional string of at most <paramref name="maxLength"/> Unicode scalar values (as JSON Schema's maxLength counts).</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(s => s is null || UnicodeText.Length(s) <= maxLength).WithErrorCode(ErrorCodes.TooLong).WithMessage(TooLongMessage(maxLength));

    /// <summary>
    /// The message of an invalid state code, with a hint for the two codes people use for a State whose ISO code differs
    /// (<c>UK</c>: GB; <c>EL</c>: GR, the EU's code for Greece). The value itself is never echoed.
    /// </summary>
    public static string StateCodeMessageFor(string? code) => code switch
    {
        "UK" or "uk" => StateCodeMessage + " Use GB for the United Kingdom.",
        "EL" or "el" => StateCodeMessage + " Use GR for Greece.",
        _ => StateCodeMessage,
    };

    public const string NotAStateMessage = "AQ (Antarctica) is neither a State nor the territory of one; it cannot be given as a place (DESIGN §2.2).";

    public const string OthersWithoutListMessage = "A marker needs its list: give the States known so far (it may be [] unless it is committedIn), or leave the marker out.";

    /// <summary>A state code, when present: a valid code (<c>invalidStateCode</c>) of a State or a territory (<c>notAState</c>).</summary>
    public static IRuleBuilderOptions<T, string?> StateCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || StateCodes.IsValid(s)).WithErrorCode(ErrorCodes.InvalidStateCode).WithMessage((_, s) => StateCodeMessageFor(s))
            .Must(s => s is null || !StateCodes.IsValid(s) || StateCodes.IsPlace(s)).WithErrorCode(ErrorCodes.NotAState).WithMessage(NotAStateMessage);

    /// <summary>A list marker (DESIGN §2.1), when present, beside a present list.</summary>
    public static IRuleBuilderOptions<T, OtherStates?> MarkerWith<T, TList>(this IRuleBuilder<T, OtherStates?> rule, Func<T, TList?> list)
        where TList : class =>
        rule.Must((o, m) => m is null || list(o) is not null).WithErrorCode(ErrorCodes.OthersWithoutList).WithMessage(OthersWithoutListMessage);

    /// <summary>A list, when present: at least one entry unless <paramref name="allowEmpty"/>, at most <paramref name="max"/>.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> List<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int max, bool allowEmpty) =>
        rule.Must(l => allowEmpty || l is null || l.Count > 0).WithErrorCode(ErrorCodes.Empty)
                .WithMessage("Must hold at least one entry; leave the property out when it is unknown.")
            .Must(l => l is null || l.Count <= max).WithErrorCode(ErrorCodes.TooMany).WithMessage(TooManyMessage(max));

    /// <summary>Each entry of a list of state codes: not null, a valid code.</summary>
    public static IRuleBuilderOptions<T, string?> StateEntry<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotNull().WithErrorCode(ErrorCodes.NullNotAllowed).WithMessage(NullEntryMessage).StateCode();

    /// <summary>An enum value that must be one of the defined names.</summary>
    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule, string what)
        where TEnum : struct, Enum =>
        rule.Must(Enum.IsDefined).WithErrorCode(ErrorCodes.UnknownValue)
            .WithMessage($"Not a known {what}; use one of: {JsonEnum<TEnum>.List}.");

    public static string TooLongMessage(int max) => string.Create(CultureInfo.InvariantCulture, $"Must be at most {max:N0} characters long.");

    public static string TooManyMessage(int max) => string.Create(CultureInfo.InvariantCulture, $"Must hold at most {max:N0} entries.");
}
