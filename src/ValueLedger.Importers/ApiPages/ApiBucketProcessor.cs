using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Turns one scanned bucket into records: reads its period, maps each result with the format's
/// <see cref="IApiResultMapper"/>, reports bad results at their own line, and pushes the rest.
/// Error lines are the 1-based JSON line of the offending result (or bucket time property); the
/// reason also names "bucket B, result R", which is what locates a row in minified JSON.
/// Errors quote single field values, never a whole result: results can hold person identifiers.
/// </summary>
internal sealed class ApiBucketProcessor(IApiResultMapper mapper, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 1000;

    private long resultCount;

    /// <returns>False when reading must stop.</returns>
    public bool Process(ApiBucketScan bucket)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DateTime start, end;
        try
        {
            if (ReadPeriod(bucket, out start, out end) is { } periodError)
            {
                return Reject(periodError);
            }
        }
        catch (InvalidOperationException ex)
        {
            // GetString on a timestamp that is not valid UTF-8.
            return Reject(new RowError(bucket.Line, null, $"bucket {bucket.Ordinal} has an unreadable period: {ex.Message}"));
        }

        if (!bucket.HasResults || !bucket.ResultsIsArray)
        {
            return Reject(new RowError(bucket.Line, "results", $"bucket {bucket.Ordinal} has no \"results\" array"));
        }

        // Checked within the bucket only, so memory stays bounded: buckets of one export have distinct
        // periods. A file that repeats a bucket (overlapping exports pasted together) repeats its keys,
        // and those are skipped as the duplicates they are (SkipDuplicateKeys).
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var slice in bucket.Results)
        {
            ordinal++;
            if (++resultCount % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!ProcessResult(slice, $"bucket {bucket.Ordinal}, result {ordinal}", start, end, keys))
            {
                return false;
            }
        }

        return true;
    }

    private bool ProcessResult(ApiResultSlice slice, string where, DateTime start, DateTime end, HashSet<string> keys)
    {
        if (!slice.IsObject)
        {
            return Reject(new RowError(slice.Line, "results", $"{where} is not a JSON object"));
        }

        try
        {
            using var doc = JsonDocument.Parse(slice.Json);
            if (mapper.ForeignReason(doc.RootElement) is { } foreign)
            {
                return Reject(new RowError(slice.Line, null, foreign, IsFatal: true));
            }

            var mapped = mapper.Map(new ApiResultInput(doc.RootElement, slice.Line, start, end, context.Hasher));
            if (mapped.Record is not { } record)
            {
                return Reject(new RowError(slice.Line, mapped.Column, $"{where}: {mapped.Reason}", mapped.Raw));
            }

            if (!keys.Add(record.RecordKey))
            {
                return Reject(new RowError(
                    slice.Line,
                    null,
                    $"{where} has the same period and grouping as an earlier result of its bucket (grouped by a field this importer does not know?)"));
            }

            sink.Accept(record);
            return true;
        }
        catch (InvalidOperationException ex)
        {
            // GetString on text that is not valid UTF-8.
            return Reject(new RowError(slice.Line, null, $"{where} holds unreadable text: {ex.Message}"));
        }
    }

    /// <summary>Reads the bucket's period; null when it is good, else the error to report.</summary>
    private RowError? ReadPeriod(ApiBucketScan bucket, out DateTime start, out DateTime end)
    {
        start = end = default;
        var (startName, endName, otherStart, otherEnd) = mapper.TimeStyle == ApiTimeStyle.UnixSeconds
            ? ("start_time", "end_time", "starting_at", "ending_at")
            : ("starting_at", "ending_at", "start_time", "end_time");
        var startField = bucket.Time(startName);
        var endField = bucket.Time(endName);
        if (startField is null && endField is null && (bucket.Time(otherStart) ?? bucket.Time(otherEnd)) is not null)
        {
            return new RowError(
                bucket.Line,
                null,
                $"buckets have {otherStart}/{otherEnd} rather than {startName}/{endName}: this is not {mapper.SourceDescription}",
                IsFatal: true);
        }

        if (Parse(bucket, startField, startName, out start) is { } startError)
        {
            return startError;
        }

        if (Parse(bucket, endField, endName, out end) is { } endError)
        {
            return endError;
        }

        return end < start
            ? new RowError(endField!.Value.Line, endName, $"bucket {bucket.Ordinal} ends before it starts")
            : null;
    }

    private RowError? Parse(ApiBucketScan bucket, ApiTimeField? field, string name, out DateTime utc)
    {
        utc = default;
        if (field is not { } f || f.Value.ValueKind == JsonValueKind.Null)
        {
            return new RowError(field?.Line ?? bucket.Line, name, $"bucket {bucket.Ordinal} has no {name}");
        }

        var ok = mapper.TimeStyle == ApiTimeStyle.UnixSeconds
            ? f.Value.ValueKind == JsonValueKind.Number && f.Value.TryGetInt64(out var seconds) && Values.TryFromUnixSeconds(seconds, out utc)
            : f.Value.ValueKind == JsonValueKind.String && Values.TryParseUtc(f.Value.GetString(), out utc);
        var expected = mapper.TimeStyle == ApiTimeStyle.UnixSeconds ? "Unix seconds" : "an RFC 3339 timestamp";
        return ok ? null : new RowError(f.Line, name, $"bucket {bucket.Ordinal}: {name} is not {expected}", RowError.Excerpt(f.Value.GetRawText()));
    }

    private bool Reject(RowError error) => sink.Reject(error) && !error.IsFatal;
}
