using System.Buffers;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// A request body read whole into a pooled buffer, gunzipped when sent with <c>Content-Encoding: gzip</c>, and cut
/// off at a byte limit (after decompression too, so a small gzip bomb cannot fill memory). Dispose returns the buffer.
/// </summary>
internal sealed class OtlpRequestBody : IDisposable
{
    private OtlpRequestBody(byte[] buffer, int length)
    {
        Buffer = buffer;
        Length = length;
    }

    public byte[] Buffer { get; private set; }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes (compressed or not).</summary>
    /// <exception cref="InvalidDataException">The gzip stream is corrupt.</exception>
    public static async Task<OtlpRequestBody?> ReadAsync(HttpRequest request, bool gzip, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        var gunzip = gzip ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : null;
        var source = gunzip ?? request.Body;
        var buffer = ArrayPool<byte>.Shared.Rent(gzip ? 64 * 1024 : (int)Math.Clamp(request.ContentLength ?? 64 * 1024, 1, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        return null;
                    }

                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await source.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }
            }

            return new OtlpRequestBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        finally
        {
            if (gunzip is not null)
            {
                await gunzip.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        if (Buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(Buffer);
            Buffer = [];
        }
    }
}
