using System.Text.Json;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Reads provider API pages from a stream: one page object, a JSON array of pages or of bare buckets,
/// or several page documents one after another (NDJSON, or pages concatenated by a script). Each
/// top-level value (a page, or a bucket) is buffered whole, checked to be well formed, then scanned:
/// memory is bounded by the largest page, not by the file.
/// </summary>
internal sealed class ApiPageReader(Stream input, IRecordSink sink, ApiValueScanner scanner)
{
    /// <summary>Largest top-level value (one page) held in memory: far above any real API page.</summary>
    internal const int MaxValueBytes = 256 * 1024 * 1024;

    private const int InitialBufferBytes = 64 * 1024;

    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true };

    private readonly LineTracker lines = new();
    private byte[] buffer = new byte[InitialBufferBytes];

    // Bytes [start, end) of the buffer are read but not yet consumed.
    private int start;
    private int end;
    private bool endOfInput;
    private bool firstFill = true;
    private bool sawValue;
    private JsonReaderState state = new(Options);

    /// <summary>Reads to the end of the input, a fatal error, or until the sink says stop.</summary>
    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await FillAsync(cancellationToken).ConfigureAwait(false) || Step() || endOfInput)
            {
                return;
            }
        }
    }

    /// <summary>Drops consumed bytes, grows the buffer when a value fills it, then reads until full or EOF.</summary>
    /// <returns>False after a fatal error (a value too large to be a page).</returns>
    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (start > 0)
        {
            lines.Discard(buffer, start);
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxValueBytes)
            {
                Fatal(lines.LineAt(buffer, 0), $"a single page is larger than {MaxValueBytes / (1024 * 1024)} MiB; this is not a provider API export");
                return false;
            }

            Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, MaxValueBytes));
        }

        while (end < buffer.Length)
        {
            var read = await input.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                endOfInput = true;
                break;
            }

            end += read;
        }

        if (firstFill)
        {
            firstFill = false;
            start = buffer.AsSpan(0, end).StartsWith("\uFEFF"u8) ? 3 : 0;
        }

        return true;
    }

    /// <summary>Handles every complete top-level value in the buffer.</summary>
    /// <returns>True when reading is over (end of input, fatal error, or stop); false to read more.</returns>
    private bool Step()
    {
        if (!sawValue && endOfInput && buffer.AsSpan(start, end - start).Trim(" \t\r\n"u8).IsEmpty)
        {
            Fatal(0, "the input is empty");
            return true;
        }

        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), endOfInput, state);
        try
        {
            while (true)
            {
                var before = reader.CurrentState;
                var beforeOffset = (int)reader.BytesConsumed;
                if (!reader.Read())
                {
                    if (!endOfInput)
                    {
                        return Keep(beforeOffset, before);
                    }

                    if (scanner.BucketCount == 0)
                    {
                        // "[]" or pages with "data": []: nothing to import, said as plainly as empty input.
                        Fatal(0, "the input holds no time buckets: it is empty");
                    }

                    return true;
                }

                sawValue = true;
                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.EndArray && reader.CurrentDepth == 0)
                {
                    continue;
                }

                var tokenStart = start + (int)reader.TokenStartIndex;
                if (reader.TokenType != JsonTokenType.StartObject || reader.CurrentDepth > 1)
                {
                    Fatal(lines.LineAt(buffer, tokenStart), $"expected a page (a JSON object) or an array of pages, found {reader.TokenType}");
                    return true;
                }

                if (!reader.TrySkip())
                {
                    return Keep(beforeOffset, before);
                }

                var value = buffer.AsMemory(tokenStart, start + (int)reader.BytesConsumed - tokenStart);
                if (!scanner.Scan(value, offset => lines.LineAt(buffer, tokenStart + offset)))
                {
                    return true;
                }
            }
        }
        catch (JsonException ex)
        {
            Fatal((ex.LineNumber ?? -1) + 1, $"the JSON is cut short or broken here: {ex.Message}");
            return true;
        }
        catch (InvalidOperationException ex)
        {
            Fatal(0, $"the input is not valid UTF-8 JSON: {ex.Message}");
            return true;
        }
    }

    /// <summary>Marks everything before <paramref name="offset"/> as consumed; the rest is read again with more data.</summary>
    private bool Keep(int offset, JsonReaderState stateAtOffset)
    {
        start += offset;
        state = stateAtOffset;
        return false;
    }

    private void Fatal(long line, string reason) => sink.Reject(new RowError(line, null, reason, IsFatal: true));
}
