using System.Globalization;
using System.Text.Json;

namespace TransnationalRules.Cli;

/// <summary>
/// Cuts the command line's paths into cases, streaming: a <c>.json</c> file (one case or an array of cases), a
/// <c>.jsonl</c> file (one case a line), a folder (its .json/.jsonl files in name order), or <c>-</c> (JSON Lines on
/// standard input). Blank lines are not cases. Nothing is dropped: an input that cannot be cut into cases yields one
/// case carrying the reason.
/// </summary>
internal static class CaseSources
{
    /// <summary>The longest line or file accepted; longer ones are reported without being parsed.</summary>
    public const int MaxCaseBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Resolves the paths to files (or stdin), failing before any output on a path that cannot be read. Files in a
    /// folder that are neither .json nor .jsonl are skipped and listed in <paramref name="skipped"/>.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IEnumerable<string> paths, out string? error, out IReadOnlyList<string> skipped)
    {
        var files = new List<string>();
        var skippedFiles = new List<string>();
        skipped = skippedFiles;
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    (IsCaseFile(file) ? files : skippedFiles).Add(file);
                }
            }
            else if (File.Exists(path))
            {
                if (!IsCaseFile(path))
                {
                    error = $"'{path}' is neither a .json nor a .jsonl file.";
                    return [];
                }

                files.Add(path);
            }
            else
            {
                error = $"'{path}' does not exist or cannot be read.";
                return [];
            }
        }

        error = null;
        return files;
    }

    private static bool IsCaseFile(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<CaseInput> Read(string file, Stream stdin)
    {
        if (file == "-")
        {
            return JsonLines(stdin, "stdin");
        }

        return file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? JsonLinesFile(file) : JsonFile(file);
    }

    private static IEnumerable<CaseInput> JsonLinesFile(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        foreach (var input in JsonLines(stream, file))
        {
            yield return input;
        }
    }

    /// <summary>One case a line; lines longer than <see cref="MaxCaseBytes"/> are skipped to their end and reported.</summary>
    internal static IEnumerable<CaseInput> JsonLines(Stream stream, string name)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var lineNumber = 1;
        var tooLong = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.Length + (end - start) > MaxCaseBytes)
                    {
                        tooLong = true;
                        line.SetLength(0);
                    }
                    else
                    {
                        line.Write(buffer, start, end - start);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                var input = Line(name, lineNumber, line, tooLong);
                if (input is not null)
                {
                    yield return input;
                }

                line = new MemoryStream();
                tooLong = false;
                lineNumber++;
                start = newline + 1;
            }
        }

        var last = Line(name, lineNumber, line, tooLong);
        if (last is not null)
        {
            yield return last;
        }
    }

    private static CaseInput? Line(string name, int lineNumber, MemoryStream line, bool tooLong)
    {
        var source = $"{name}:{lineNumber.ToString(CultureInfo.InvariantCulture)}";
        if (tooLong)
        {
            return new CaseInput(source, ReadOnlyMemory<byte>.Empty, $"The line is longer than {MaxCaseBytes / (1024 * 1024)} MiB; it was not parsed.");
        }

        var bytes = StripBom(line.GetBuffer().AsMemory(0, (int)line.Length));
        if (IsBlank(bytes.Span))
        {
            return null;
        }

        return new CaseInput(source, bytes, null);
    }

    /// <summary>A .json file: one case, or an array whose elements are cases (each with the line it starts on).</summary>
    private static List<CaseInput> JsonFile(string file)
    {
        var length = new FileInfo(file).Length;
        if (length > MaxCaseBytes)
        {
            return [new CaseInput($"{file}:1", ReadOnlyMemory<byte>.Empty, $"The file is larger than {MaxCaseBytes / (1024 * 1024)} MiB; it was not parsed.")];
        }

        var bytes = StripBom(File.ReadAllBytes(file));
        if (IsBlank(bytes.Span))
        {
            return [new CaseInput($"{file}:1", ReadOnlyMemory<byte>.Empty, $"The file {file} is empty; it holds no case.", Validation.ErrorCodes.InvalidJson) { IsEmptyFile = true }];
        }

        return FirstToken(bytes.Span) == (byte)'[' ? ArrayElements(file, bytes) : [new CaseInput($"{file}:1", bytes, null)];
    }

    private static List<CaseInput> ArrayElements(string file, ReadOnlyMemory<byte> bytes)
    {
        var inputs = new List<CaseInput>();
        var reader = new Utf8JsonReader(bytes.Span, new JsonReaderOptions { MaxDepth = 1000 });
        var resume = 0;
        try
        {
            reader.Read(); // [
            resume = (int)reader.BytesConsumed;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                inputs.Add(new CaseInput($"{file}:{LineOf(bytes.Span, start)}", bytes[start..end], null));
                resume = end;
            }
        }
        catch (JsonException)
        {
            // The rest of the array cannot be cut into cases: it is reported once, from where the unreadable part starts.
            var rest = bytes[resume..];
            var skip = 0;
            while (skip < rest.Length && rest.Span[skip] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',')
            {
                skip++;
            }

            inputs.Add(new CaseInput($"{file}:{LineOf(bytes.Span, resume + skip)}", rest[skip..], null));
        }

        return inputs;
    }

    private static string LineOf(ReadOnlySpan<byte> bytes, int offset) =>
        (bytes[..offset].Count((byte)'\n') + 1).ToString(CultureInfo.InvariantCulture);

    private static byte FirstToken(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return 0;
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => FirstToken(bytes) == 0;

    private static ReadOnlyMemory<byte> StripBom(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
}
