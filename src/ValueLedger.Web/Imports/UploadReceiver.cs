using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace ValueLedger.Web.Imports;

/// <summary>
/// Streams an upload to a temporary file with a fixed 80 KiB buffer, so memory stays flat whatever the size: either the
/// raw body (<c>application/octet-stream</c>, name in <c>?name=</c>) or the first file part of a
/// <c>multipart/form-data</c> body, read section by section with <see cref="MultipartReader"/> (never the buffering
/// form reader). Enforces <see cref="WebOptions.MaxUploadBytes"/> (413). A client that drops the connection leaves
/// nothing behind: the folder is deleted and the exception goes on.
/// </summary>
internal static class UploadReceiver
{
    private const int BufferBytes = 80 * 1024;
    private const int MaxNameLength = 200;

    /// <summary>Small form fields (format, lenient) read before the file part; longer ones are refused.</summary>
    private const int MaxFieldBytes = 1024;

    /// <summary>Room for the multipart envelope (boundaries, part headers) above the file's own size limit.</summary>
    private const long MultipartOverheadBytes = 64 * 1024;

    public static async Task<(UploadedFile? File, IResult? Problem)> ReceiveAsync(HttpContext context, string ledgerPath, long maxBytes, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var multipart = request.ContentType is { } type && type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Kestrel's default (30 MB) is lifted for this endpoint only; the copy below enforces the exact limit.
            limit.MaxRequestBodySize = maxBytes + MultipartOverheadBytes;
        }

        if (request.ContentLength is { } length && length > maxBytes + (multipart ? MultipartOverheadBytes : 0))
        {
            return (null, TooLarge(maxBytes));
        }

        var format = request.Query["format"].ToString();
        var lenient = request.Query["lenient"].ToString();
        if (!multipart)
        {
            var name = CleanName(request.Query["name"]);
            if (name is null)
            {
                return (null, ApiProblems.BadParameter("name", "name the uploaded file with ?name=FILE.csv (or .gz, .json, .ndjson); the name helps recognise its format"));
            }

            return await SaveAsync(request.Body, ledgerPath, name, format, lenient, maxBytes, cancellationToken).ConfigureAwait(false);
        }

        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, ApiProblems.BadParameter("file", "the multipart body has no boundary"));
        }

        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = null };
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            // IsFileDisposition: form-data with a file name; IsFormDisposition: form-data without one (a plain field).
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !(disposition.IsFileDisposition() || disposition.IsFormDisposition()))
            {
                return (null, ApiProblems.BadParameter("file", "a part of the multipart body has no readable Content-Disposition: form-data header"));
            }

            if (disposition.IsFileDisposition())
            {
                var fileName = CleanName(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value);
                if (fileName is null)
                {
                    return (null, ApiProblems.BadParameter("file", "choose a file to upload"));
                }

                return await SaveAsync(section.Body, ledgerPath, fileName, format, lenient, maxBytes, cancellationToken).ConfigureAwait(false);
            }

            var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            var value = await ReadFieldAsync(section.Body, cancellationToken).ConfigureAwait(false);
            if (string.Equals(field, "format", StringComparison.Ordinal))
            {
                format = value;
            }
            else if (string.Equals(field, "lenient", StringComparison.Ordinal))
            {
                lenient = value;
            }
        }

        return (null, ApiProblems.BadParameter("file", "the multipart body has no file part"));
    }

    public static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Upload too large",
        detail: FormattableString.Invariant($"uploads are limited to {maxBytes} bytes on this server"));

    private static async Task<(UploadedFile?, IResult?)> SaveAsync(Stream body, string ledgerPath, string name, string? format, string? lenient, long maxBytes, CancellationToken cancellationToken)
    {
        var chosenFormat = string.IsNullOrWhiteSpace(format) || string.Equals(format, "auto", StringComparison.OrdinalIgnoreCase) ? null : format.Trim();
        var folder = UploadFolder.Create(ledgerPath);
        var path = Path.Combine(folder, "upload.bin");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            long total = 0;
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (file.ConfigureAwait(false))
            {
                int read;
                while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferBytes), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        UploadFolder.Delete(folder);
                        return (null, TooLarge(maxBytes));
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            return (new UploadedFile(folder, path, name, chosenFormat, !string.Equals(lenient, "false", StringComparison.OrdinalIgnoreCase)), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            UploadFolder.Delete(folder);
            return (null, TooLarge(maxBytes));
        }
        catch
        {
            // Dropped connection, cancelled request, full disk: nothing half-received stays on disk.
            UploadFolder.Delete(folder);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, System.Text.Encoding.UTF8);
        var buffer = new char[MaxFieldBytes + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        return read > MaxFieldBytes ? string.Empty : new string(buffer, 0, read).Trim();
    }

    /// <summary>The last path segment of what the client sent, without control characters, at most 200 characters; null if nothing is left.</summary>
    private static string? CleanName(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var last = raw.Replace('\\', '/').Split('/')[^1];
        var clean = new string(last.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > MaxNameLength)
        {
            clean = clean[^MaxNameLength..];
        }

        return clean.Length == 0 || clean is "." or ".." ? null : clean;
    }
}
