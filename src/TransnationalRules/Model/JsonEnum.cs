using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace TransnationalRules.Model;

/// <summary>The JSON names of an enum's values: camelCase, as <c>drugTrafficking</c> or <c>notMet</c>.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    /// <summary>The values, in declaration order.</summary>
    public static ImmutableArray<T> Values { get; } = [.. Enum.GetValues<T>()];

    /// <summary>The JSON names, in the order of <see cref="Values"/>.</summary>
    public static ImmutableArray<string> Names { get; } = [.. Values.Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))];

    /// <summary>The JSON names as UTF-8, in the order of <see cref="Values"/>.</summary>
    public static ImmutableArray<byte[]> Utf8Names { get; } = [.. Names.Select(Encoding.UTF8.GetBytes)];

    /// <summary>The names joined for messages: <c>fraud, drugTrafficking, ...</c>.</summary>
    public static string List { get; } = string.Join(", ", Names);

    /// <summary>The JSON name of a defined value.</summary>
    public static string NameOf(T value)
    {
        var i = Values.IndexOf(value);
        return i >= 0 ? Names[i] : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined value.");
    }
}
