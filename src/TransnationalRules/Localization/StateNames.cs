using System.Collections.Frozen;
using TransnationalRules.Logic;
using TransnationalRules.Model;

namespace TransnationalRules.Localization;

/// <summary>
/// The ISO 3166-1 alpha-2 codes accepted as states — the 249 officially assigned codes plus <c>XK</c> (Kosovo) —
/// with their names in English and Ukrainian.
/// </summary>
internal static class StateNames
{
    private static readonly FrozenDictionary<string, (string En, string Uk, string UkLocative)> Names =
        StateData.All.ToFrozenDictionary(s => s.Code, s => (s.En, s.Uk, s.UkLocative), StringComparer.Ordinal);

    /// <summary>Every accepted code, in alphabetical order.</summary>
    public static IReadOnlyList<string> Codes => StateCodes.All;

    /// <summary>Whether <paramref name="code"/> is an accepted code (upper case, assigned, or <c>XK</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public static bool IsValid(string? code) => StateCodes.IsValid(code);

    /// <summary>The state's name, in English and Ukrainian; the code itself for a code that is not accepted.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name.</returns>
    public static LocalizedText NameOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Names.TryGetValue(code, out var n) ? new LocalizedText(n.En, n.Uk) : new LocalizedText(code, code);
    }

    /// <summary>The Ukrainian locative form ("в Молдові"), without the preposition.</summary>
    internal static string UkLocative(string code) => Names.TryGetValue(code, out var n) ? n.UkLocative : code;
}
