using System.Text;
using TransnationalRules.Json;
using TransnationalRules.Validation;

namespace TransnationalRules.Tests.Reliability;

/// <summary>
/// DESIGN §4's limits hold before work is done on an oversized input: a clear error, memory bounded by the limits
/// rather than by the input, and no stack overflow however deep the nesting.
/// </summary>
/// <remarks>
/// Memory is measured as what the classifying thread allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>),
/// apart from the input, which the caller holds.
/// </remarks>
[NonParallelizable]
public sealed class LimitTests
{
    private const int HundredMegabytes = 100 * 1024 * 1024;

    private static readonly CaseClassifier Classifier = new();

    [OneTimeSetUp]
    public void WarmUp() => Classifier.Classify("""{"caseId":"w","offences":[{"id":"o","kind":"fraud"}],"x":[[1]]}""");

    [TestCase("title", "title", ErrorCodes.TooLong)]
    [TestCase("notes", "notes", ErrorCodes.TooLong)]
    [TestCase("caseId", "caseId", ErrorCodes.TooLong)]
    [TestCase("suspect", "suspect", ErrorCodes.UnknownProperty)]
    public void A_hundred_megabyte_string_is_reported_without_being_decoded(string property, string path, string code)
    {
        var id = property == "caseId" ? "" : "\"caseId\":\"C-1\",";
        var head = Encoding.UTF8.GetBytes("{" + id + "\"offences\":[{\"id\":\"o\",\"kind\":\"fraud\"}],\"" + property + "\":\"");
        var input = new byte[head.Length + HundredMegabytes + 2];
        head.CopyTo(input, 0);
        input.AsSpan(head.Length, HundredMegabytes).Fill((byte)'x');
        input[^2] = (byte)'"';
        input[^1] = (byte)'}';

        var (result, allocated) = Classify(input);

        result.Errors.Should().ContainSingle().Which.Should().Match<CaseError>(e => e.Path == path && e.Code == code);
        allocated.Should().BeLessThan(1024 * 1024, "a string over its limit is measured, not copied");
    }

    [Test]
    public void Ten_thousand_offences_are_too_many_and_only_the_first_thousand_and_one_are_read()
    {
        var offences = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"{{\"id\":\"o{i}\",\"kind\":\"fraud\",\"committedIn\":[\"UA\",\"PL\"]}}"));
        var input = Encoding.UTF8.GetBytes($"{{\"caseId\":\"C-1\",\"offences\":[{offences}]}}");

        var (result, allocated) = Classify(input);

        result.Errors.Should().ContainSingle().Which.Should().Match<CaseError>(e => e.Path == "offences" && e.Code == ErrorCodes.TooMany);
        result.CaseId.Should().Be("C-1");
        allocated.Should().BeLessThan(16 * 1024 * 1024, "entries past 1,001 are skipped, not built");
    }

    [Test]
    public void Ten_thousand_states_are_too_many()
    {
        var states = string.Join(",", Enumerable.Repeat("\"UA\"", 10_000));
        var input = Encoding.UTF8.GetBytes($"{{\"caseId\":\"C-1\",\"offences\":[{{\"id\":\"o\",\"kind\":\"fraud\",\"committedIn\":[{states}]}}]}}");

        var (result, allocated) = Classify(input);

        result.Errors.Should().ContainSingle().Which.Should().Match<CaseError>(e => e.Path == "offences[0].committedIn" && e.Code == ErrorCodes.TooMany);
        allocated.Should().BeLessThan(1024 * 1024);
    }

    [TestCase("title")]
    [TestCase("offences")]
    [TestCase("group")]
    [TestCase("suspect")]
    [TestCase("")]
    public void A_hundred_thousand_nested_arrays_are_too_deep_and_do_not_overflow_the_stack(string property)
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        var json = property.Length == 0
            ? nested
            : "{\"caseId\":\"C-1\",\"offences\":[{\"id\":\"o\",\"kind\":\"fraud\"}],\"" + property + "\":" + nested + "}";
        if (property == "offences")
        {
            json = "{\"caseId\":\"C-1\",\"offences\":" + nested + "}";
        }

        var (result, allocated) = Classify(Encoding.UTF8.GetBytes(json));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Code == ErrorCodes.TooDeep);
        result.Errors.Should().HaveCountLessThan(5);
        allocated.Should().BeLessThan(1024 * 1024);
    }

    [Test]
    public void A_hundred_thousand_nested_objects_are_too_deep()
    {
        var json = "{\"caseId\":\"C-1\",\"offences\":[{\"id\":\"o\",\"kind\":\"fraud\"}],\"facts\":"
            + string.Concat(Enumerable.Repeat("{\"damage\":", 100_000)) + "null" + new string('}', 100_000) + "}";

        var (result, _) = Classify(Encoding.UTF8.GetBytes(json));

        result.Errors.Should().Contain(e => e.Code == ErrorCodes.TooDeep);
    }

    [TestCase("\"a{0}\":0", "C-1")]
    [TestCase("\"title\":{0}", "C-1")]
    [TestCase("\"caseId\":\"again\"", null, Description = "a repeated caseId is itself in error")]
    public void Past_a_thousand_errors_reading_stops_in_bounded_time_and_memory(string property, string? caseId)
    {
        // A million problems in about 12 MB: before reading stopped at the cap this took seconds and hundreds of MB.
        var builder = new StringBuilder("{\"caseId\":\"C-1\",\"offences\":[{\"id\":\"o\",\"kind\":\"fraud\"}]");
        for (var i = 0; i < 1_000_000; i++)
        {
            builder.Append(',').AppendFormat(System.Globalization.CultureInfo.InvariantCulture, property, i);
        }

        var input = Encoding.UTF8.GetBytes(builder.Append('}').ToString());

        var (result, allocated) = Classify(input);

        result.Errors.Should().HaveCount(CaseLimits.Errors + 1);
        result.Errors[^1].Code.Should().Be(ErrorCodes.TooManyErrors);
        result.CaseId.Should().Be(caseId);
        allocated.Should().BeLessThan(4 * 1024 * 1024);
    }

    [Test]
    public void A_case_id_after_the_error_cap_is_not_known()
    {
        var flood = string.Concat(Enumerable.Range(0, 2000).Select(i => $",\"a{i}\":0"));
        var result = Classifier.Classify(Encoding.UTF8.GetBytes("{\"offences\":[{\"id\":\"o\",\"kind\":\"fraud\"}]" + flood + ",\"caseId\":\"late\"}"));

        result.Errors[^1].Code.Should().Be(ErrorCodes.TooManyErrors);
        result.CaseId.Should().BeNull();
    }

    [Test]
    public void A_stream_over_the_limit_is_reported_without_being_read_to_its_end()
    {
        // Endless white space: before the limit, Read(Stream) doubled its buffer until an int overflowed past 1 GiB.
        using var endless = new SpacesStream(long.MaxValue);

        var result = CaseJson.Read(endless, 1024 * 1024);

        result.Errors.Should().ContainSingle().Which.Should().Match<CaseError>(e => e.Path == "" && e.Code == ErrorCodes.TooLong);
        endless.Position.Should().BeLessThanOrEqualTo(1024 * 1024);
        CaseJson.MaxStreamBytes.Should().Be(1 << 30, "the public overload reads up to 1 GiB");
    }

    [Test]
    public void A_stream_just_under_the_limit_is_read()
    {
        var json = Encoding.UTF8.GetBytes("{\"caseId\":\"C-1\",\"offences\":[{\"id\":\"o\",\"kind\":\"fraud\"}]}");
        using var stream = new MemoryStream([.. json, .. Enumerable.Repeat((byte)' ', (1024 * 1024) - json.Length - 1)]);

        CaseJson.Read(stream, 1024 * 1024).IsValid.Should().BeTrue();
    }

    private static (ClassificationResult Result, long Allocated) Classify(byte[] input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = Classifier.Classify(input);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>A read-only stream of <c>length</c> spaces that holds none of them.</summary>
    private sealed class SpacesStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
