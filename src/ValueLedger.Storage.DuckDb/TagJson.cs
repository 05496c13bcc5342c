using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Writes a record's tags as JSON objects into a reused buffer (no per-record allocation beyond the
/// normalised keys that differ from the originals): once with the keys as written, once with
/// normalised keys, first value winning. An exact repeat of a key keeps its first value too, so
/// that each object has unique keys.
/// </summary>
internal sealed class TagJson : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Keeps non-ASCII tag text readable in the file; the JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> buffer = new(256);
    private readonly Utf8JsonWriter writer;
    private readonly List<string> seen = [];

    public TagJson() => writer = new Utf8JsonWriter(buffer, Options);

    /// <summary>The tags with their original keys, as UTF-8 JSON; valid until the next call.</summary>
    public ReadOnlySpan<byte> Original(IReadOnlyList<Tag> tags) => Write(tags, normalise: false);

    /// <summary>
    /// Whether every key is already normalised, so that <see cref="Normalised"/> would write the same
    /// bytes as <see cref="Original"/> (the usual case: sources mostly write lower-case keys).
    /// </summary>
    public static bool KeysNormalised(IReadOnlyList<Tag> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        for (var i = 0; i < tags.Count; i++)
        {
            // NormalizeKey returns the key itself when trimming and lower-casing change nothing.
            if (!ReferenceEquals(Tag.NormalizeKey(tags[i].Key), tags[i].Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tags with normalised keys, as UTF-8 JSON; valid until the next call.</summary>
    public ReadOnlySpan<byte> Normalised(IReadOnlyList<Tag> tags) => Write(tags, normalise: true);

    public void Dispose() => writer.Dispose();

    private ReadOnlySpan<byte> Write(IReadOnlyList<Tag> tags, bool normalise)
    {
        buffer.ResetWrittenCount();
        writer.Reset();
        seen.Clear();
        writer.WriteStartObject();
        for (var i = 0; i < tags.Count; i++)
        {
            var key = normalise ? Tag.NormalizeKey(tags[i].Key) : tags[i].Key;
            if (seen.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            seen.Add(key);
            if (tags[i].Value is { } value)
            {
                writer.WriteString(key, value);
            }
            else
            {
                writer.WriteNull(key);
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
