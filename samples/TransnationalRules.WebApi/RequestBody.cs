using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;

namespace TransnationalRules.WebApi;

/// <summary>What reading a request body came to.</summary>
internal enum BodyStatus
{
    /// <summary>The body was read (and decompressed).</summary>
    Read,

    /// <summary>The body, or what it decompresses to, is over the limit: 413.</summary>
    TooLarge,

    /// <summary>A Content-Encoding other than gzip, br or identity: 415.</summary>
    UnsupportedEncoding,

    /// <summary>The body is not valid data of its Content-Encoding: 400.</summary>
    NotDecodable,
}

/// <summary>Reads a whole request body, decompressing <c>gzip</c> and <c>br</c>, up to a limit on the decompressed size.</summary>
internal static class RequestBody
{
    /// <summary>The Content-Encoding values accepted (one at most; <c>identity</c> is the same as none).</summary>
    public const string Encodings = "gzip, br (or identity)";

    /// <summary>The body (decompressed), or why there is none.</summary>
    /// <remarks>
    /// The declared Content-Length is checked first; a chunked or compressed body is counted as it is decoded, 64 KiB at a
    /// time, and reading stops as soon as the count passes <paramref name="maxBytes"/>: a zip bomb costs at most the limit
    /// in memory, never what it would expand to. Kestrel enforces the limit on the bytes sent too, and its 413 is answered
    /// the same way (the test server has no such limit, hence the count).
    /// </remarks>
    public static async Task<(ReadOnlyMemory<byte> Body, BodyStatus Status)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        Func<Stream, Stream>? decoder = encoding.ToLowerInvariant() switch
        {
            "" or "identity" => null,
            "gzip" or "x-gzip" => s => new GZipStream(s, CompressionMode.Decompress, leaveOpen: true),
            "br" => s => new BrotliStream(s, CompressionMode.Decompress, leaveOpen: true),
            _ => Unsupported,
        };
        if (decoder == Unsupported)
        {
            return (default, BodyStatus.UnsupportedEncoding);
        }

        if (request.ContentLength > maxBytes)
        {
            return (default, BodyStatus.TooLarge);
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var source = decoder is null ? request.Body : decoder(request.Body);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (default, BodyStatus.TooLarge);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, BodyStatus.TooLarge);
        }
        catch (InvalidDataException) when (decoder is not null)
        {
            return (default, BodyStatus.NotDecodable);
        }
        catch (InvalidOperationException) when (decoder is not null)
        {
            return (default, BodyStatus.NotDecodable);   // Brotli's "Decoder ran into invalid data"
        }
        catch (IOException) when (decoder is not null)
        {
            return (default, BodyStatus.NotDecodable);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            if (decoder is not null)
            {
                await source.DisposeAsync();
            }
        }

        return (new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), BodyStatus.Read);
    }

    private static Stream Unsupported(Stream stream) => stream;
}
