using System.Text.Json;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Walks one top-level JSON value, already known to be well formed: a page
/// (<c>{"data":[bucket, ...], "has_more":...}</c>) or a bare bucket (<c>{"start_time":..., "results":[...]}</c>),
/// and hands each bucket to the caller with the line of every result.
/// </summary>
internal sealed class ApiValueScanner(IRecordSink sink, Func<ApiBucketScan, bool> onBucket)
{
    private int bucketOrdinal;

    /// <summary>Buckets found so far (each handed to the caller).</summary>
    public int BucketCount => bucketOrdinal;

    private enum ValueShape
    {
        Unknown,
        Page,
        Bucket,
        ApiError,
    }

    /// <summary>Scans <paramref name="value"/>; <paramref name="lineAt"/> maps an offset in it to a line.</summary>
    /// <returns>False when reading must stop (a fatal error, or the sink said stop).</returns>
    public bool Scan(ReadOnlyMemory<byte> value, Func<int, long> lineAt)
    {
        switch (Classify(value.Span))
        {
            case ValueShape.Page:
                return ScanPage(value, lineAt);
            case ValueShape.Bucket:
                var reader = new Utf8JsonReader(value.Span);
                reader.Read();
                return ScanBucket(value, ref reader, lineAt);
            case ValueShape.ApiError:
                return Fatal(lineAt(0), "error", $"the input is an API error response, not a page of results: {ErrorMessage(value)}");
            default:
                return Fatal(lineAt(0), null, "expected a page of time buckets (an object with a \"data\" array) or a bucket (an object with \"results\")");
        }
    }

    private static ValueShape Classify(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        bool data = false, bucket = false, error = false;
        while (reader.Read() && reader.CurrentDepth > 0)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            data |= reader.ValueTextEquals("data"u8);
            error |= reader.ValueTextEquals("error"u8);
            bucket |= reader.ValueTextEquals("results"u8) || TimeName(ref reader) is not null;
            reader.Skip();
        }

        return data ? ValueShape.Page : bucket ? ValueShape.Bucket : error ? ValueShape.ApiError : ValueShape.Unknown;
    }

    private bool ScanPage(ReadOnlyMemory<byte> value, Func<int, long> lineAt)
    {
        var reader = new Utf8JsonReader(value.Span);
        reader.Read();
        while (reader.Read() && reader.CurrentDepth > 0)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (!reader.ValueTextEquals("data"u8))
            {
                reader.Skip();
                continue;
            }

            var line = lineAt((int)reader.TokenStartIndex);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return Fatal(line, "data", "\"data\" must be an array of time buckets");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    if (!ScanBucket(value, ref reader, lineAt))
                    {
                        return false;
                    }

                    continue;
                }

                var elementLine = lineAt((int)reader.TokenStartIndex);
                reader.Skip();
                if (!sink.Reject(new RowError(elementLine, "data", "a \"data\" element is not a time bucket object")))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private bool ScanBucket(ReadOnlyMemory<byte> value, ref Utf8JsonReader reader, Func<int, long> lineAt)
    {
        var depth = reader.CurrentDepth;
        var bucket = new ApiBucketScan { Line = lineAt((int)reader.TokenStartIndex), Ordinal = ++bucketOrdinal };
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            var propertyLine = lineAt((int)reader.TokenStartIndex);
            if (reader.ValueTextEquals("results"u8))
            {
                bucket.HasResults = true;
                reader.Read();
                bucket.ResultsIsArray = reader.TokenType == JsonTokenType.StartArray;
                if (!bucket.ResultsIsArray)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    var line = lineAt(start);
                    var isObject = reader.TokenType == JsonTokenType.StartObject;
                    reader.Skip();
                    bucket.Results.Add(new ApiResultSlice(value[start..(int)reader.BytesConsumed], line, isObject));
                }

                continue;
            }

            if (TimeName(ref reader) is { } name)
            {
                reader.Read();
                bucket.TimeFields.Add(new ApiTimeField(name, JsonElement.ParseValue(ref reader), propertyLine));
                continue;
            }

            reader.Skip();
        }

        return onBucket(bucket);
    }

    private static string? TimeName(ref Utf8JsonReader reader)
    {
        foreach (var name in ApiBucketScan.TimeNames)
        {
            if (reader.ValueTextEquals(name))
            {
                return name;
            }
        }

        return null;
    }

    private static string ErrorMessage(ReadOnlyMemory<byte> value)
    {
        using var doc = JsonDocument.Parse(value);
        var error = doc.RootElement.GetProperty("error");
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m : error;
        var text = message.ValueKind == JsonValueKind.String ? message.GetString() : message.GetRawText();
        return RowError.Excerpt(text) ?? "(no message)";
    }

    private bool Fatal(long line, string? column, string reason)
    {
        sink.Reject(new RowError(line, column, reason, IsFatal: true));
        return false;
    }
}
