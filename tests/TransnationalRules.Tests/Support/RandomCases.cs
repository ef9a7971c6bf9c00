using System.Globalization;
using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Model;
using TransnationalRules.TestData;

namespace TransnationalRules.Tests.Support;

/// <summary>
/// Case number <c>i</c> of a fixed, endless sequence of cases, made from <c>new Random(i)</c>: the same on every run
/// and thread, so volume and concurrency tests need not keep cases in memory. Valid cases come from the generator shared
/// with the property tests and the benchmarks (<see cref="ValidCases"/>, <see cref="CaseProfile.Volume"/>). About one in twenty is invalid
/// (<see cref="IsBad"/>), in one of several ways.
/// </summary>
internal static class RandomCases
{
    /// <summary>Whether case <paramref name="i"/> is invalid.</summary>
    public static bool IsBad(int i) => i % 20 == 7;

    /// <summary>Case <paramref name="i"/> as one line of UTF-8 JSON, without a line break.</summary>
    public static byte[] Json(int i)
    {
        var random = new Random(i);
        if (!IsBad(i))
        {
            return Encoding.UTF8.GetBytes(CaseJson.Write(Case(i, random)));
        }

        var good = CaseJson.Write(Case(i, random));
        var bad = ((i / 20) % 5) switch
        {
            0 => good.Replace("\"offences\":[", "\"offences\":[{\"id\":\"x\",\"kind\":\"arson\",\"committedIn\":[\"ua\"]},", StringComparison.Ordinal),
            1 => good[..(good.Length / 2)],
            2 => "not json at all",
            3 => good.Replace("\"caseId\":", "\"suspect\":\"Ivanenko\",\"caseId\":", StringComparison.Ordinal),
            _ => "{\"caseId\":\"" + i.ToString(CultureInfo.InvariantCulture) + "\",\"offences\":[]}",
        };
        return Encoding.UTF8.GetBytes(bad);
    }

    /// <summary>Valid case <paramref name="i"/> (about one fact in four unknown), from the shared generator.</summary>
    public static CaseDescription Case(int i) => Case(i, new Random(i));

    private static CaseDescription Case(int i, Random random) =>
        ValidCases.Generate(random, CaseProfile.Volume, "R-" + i.ToString(CultureInfo.InvariantCulture)).Partial;
}
