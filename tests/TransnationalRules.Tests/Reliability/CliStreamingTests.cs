using System.Globalization;
using System.Text.Json;
using TransnationalRules.Tests.Cli;
using TransnationalRules.Tests.Support;

namespace TransnationalRules.Tests.Reliability;

/// <summary>
/// The CLI streams: N lines in, N lines out in order, every bad line an error line at its place, memory flat whatever
/// the length of the input, and a line over its 64 MiB limit reported without being held.
/// </summary>
[NonParallelizable]
public sealed class CliStreamingTests
{
    private const long MiB = 1024 * 1024;

    private string dir = "";

    /// <summary>Lines of the volume test: 100,000 (about 35 s, 4.8 GB of output); <c>TR_VOLUME_LINES</c> for another number.</summary>
    private static int VolumeLines =>
        int.TryParse(Environment.GetEnvironmentVariable("TR_VOLUME_LINES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100_000;

    [SetUp]
    public void CreateFolder()
    {
        dir = Path.Combine(Path.GetTempPath(), "tr-rel-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(dir, recursive: true);

    [Test]
    public void A_large_JSON_Lines_file_with_bad_lines_gives_one_line_out_per_line_in_with_flat_memory()
    {
        var lines = VolumeLines;
        var file = Environment.GetEnvironmentVariable("TR_VOLUME_FILE") ?? Path.Combine(dir, "volume.jsonl");
        using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            for (var i = 0; i < lines; i++)
            {
                output.Write(RandomCases.Json(i));
                output.WriteByte((byte)'\n');
            }
        }

        var n = 0;
        var wrong = new List<string>();
        var (exit, peak, stderr) = CliRunner.Stream(line =>
        {
            var i = n++;
            var ok = RandomCases.IsBad(i)
                ? line.StartsWith("{\"caseId\":", StringComparison.Ordinal) && line.Contains($"\"source\":\"{file}:{i + 1}\",\"errors\":[{{\"path\":", StringComparison.Ordinal)
                : line.StartsWith($"{{\"caseId\":\"R-{i}\",\"ruleSet\":", StringComparison.Ordinal);
            if (ok && i % 997 == 0)
            {
                using var parsed = JsonDocument.Parse(line);
                ok = parsed.RootElement.TryGetProperty(RandomCases.IsBad(i) ? "errors" : "criteria", out _);
            }

            if (!ok && wrong.Count < 5)
            {
                wrong.Add($"line {i + 1}: {line[..Math.Min(200, line.Length)]}");
            }
        }, TimeSpan.FromMinutes(9), "classify", file, "--format", "json");

        TestContext.Out.WriteLine($"{lines:N0} lines, peak resident set {(peak is long p ? $"{p / MiB} MiB" : "not measurable here")}");
        exit.Should().Be(1, "some lines are invalid; stderr: " + stderr);
        wrong.Should().BeEmpty("every line out answers the line in at the same place");
        n.Should().Be(lines, "as many lines out as in");
        if (peak is long bytes)
        {
            bytes.Should().BeLessThan(400 * MiB, "the CLI holds one line at a time, not the input or the output");
        }
    }

    [Test]
    public void A_hundred_megabyte_line_is_one_error_line_and_the_run_goes_on()
    {
        var file = Path.Combine(dir, "huge.jsonl");
        var good = RandomCases.Json(0);
        using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            output.Write(good);
            output.WriteByte((byte)'\n');
            output.Write("{\"caseId\":\"huge\",\"title\":\""u8);
            var chunk = new byte[MiB];
            chunk.AsSpan().Fill((byte)'x');
            for (var k = 0; k < 100; k++)
            {
                output.Write(chunk);
            }

            output.Write("\"}\n"u8);
            output.Write(good);
            output.WriteByte((byte)'\n');
        }

        var lines = new List<string>();
        var (exit, peak, stderr) = CliRunner.Stream(lines.Add, TimeSpan.FromMinutes(4), "classify", file, "--format", "json");

        TestContext.Out.WriteLine($"peak resident set {(peak is long p ? $"{p / MiB} MiB" : "not measurable here")}");
        exit.Should().Be(1, stderr);
        lines.Should().HaveCount(3);
        lines[0].Should().StartWith("{\"caseId\":\"R-0\",\"ruleSet\":");
        lines[2].Should().Be(lines[0]);
        using var error = JsonDocument.Parse(lines[1]);
        error.RootElement.GetProperty("caseId").ValueKind.Should().Be(JsonValueKind.Null, "the line was not parsed");
        error.RootElement.GetProperty("source").GetString().Should().Be($"{file}:2");
        var only = error.RootElement.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject;
        only.GetProperty("code").GetString().Should().Be("tooLong");
        only.GetProperty("message").GetString().Should().NotContain("xxx");
        if (peak is long bytes)
        {
            bytes.Should().BeLessThan(300 * MiB, "a line past 64 MiB is skipped to its end, not held");
        }
    }
}
