using System.Globalization;

namespace TransnationalRules.Tests.Support;

/// <summary>
/// How many cases each FsCheck property tries: its own default, so that CI stays fast, or <c>TR_PROPERTY_TESTS</c>
/// for every property when that variable is set (e.g. <c>TR_PROPERTY_TESTS=100000 dotnet test</c> for a long local run).
/// </summary>
internal static class PropertyRuns
{
    public const string Variable = "TR_PROPERTY_TESTS";

    public static int Count(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : fallback;
}

/// <summary>An FsCheck property whose number of tests is its default, or <c>TR_PROPERTY_TESTS</c> when set.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ScaledPropertyAttribute : FsCheck.NUnit.PropertyAttribute
{
    /// <param name="defaultMaxTest">The number of tests in an ordinary run (CI).</param>
    public ScaledPropertyAttribute(int defaultMaxTest)
    {
        DefaultMaxTest = defaultMaxTest;
        MaxTest = PropertyRuns.Count(defaultMaxTest);
    }

    public int DefaultMaxTest { get; }
}
