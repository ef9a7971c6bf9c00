using System.Text.Json;
using System.Text.Json.Serialization;

namespace TransnationalRules.Json;

/// <summary>Reads and writes an enum as its camelCase name (<c>drugTrafficking</c>, <c>notMet</c>); numbers are refused.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
