using System.Globalization;
using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.GenericCsv;

/// <summary>
/// Turns a row of a generic usage CSV into a usage-telemetry record as its mapping says. Column
/// indexes are resolved once from the header; errors name the CSV column at fault.
/// </summary>
internal sealed partial class GenericCsvRowMapper
{
    private readonly GenericCsvMapping _mapping;
    private readonly int[] _index;
    private readonly int[] _tagIndex;
    private readonly string[] _names;
    private readonly SharedStrings _strings = new();
    private readonly SpanKeyedCache<string> _providers = new(ProviderNames.Canonicalize, maxEntries: 1024);
    private readonly SpanKeyedCache<string?> _hashes;

    private GenericCsvRowMapper(GenericCsvMapping mapping, string[] names, int[] index, int[] tagIndex, ImportContext context)
    {
        _mapping = mapping;
        _names = names;
        _index = index;
        _tagIndex = tagIndex;
        _hashes = new SpanKeyedCache<string?>(context.Hasher.Hash, maxEntries: 65_536);
    }

    /// <summary>A mapper for this header, or the mapped columns the header lacks.</summary>
    public static GenericCsvRowMapper? Create(GenericCsvMapping mapping, string[] header, ImportContext context, out List<string> missing)
    {
        var absent = new List<string>();
        missing = absent;
        int Find(string column)
        {
            var at = Array.FindIndex(header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            if (at < 0 && !absent.Contains(column))
            {
                absent.Add(column);
            }

            return at;
        }

        var index = Enumerable.Repeat(-1, Enum.GetValues<GenericField>().Length).ToArray();
        foreach (var (field, column) in mapping.Columns)
        {
            index[(int)field] = Find(column);
        }

        var tagIndex = mapping.Tags.Select(Find).ToArray();
        return absent.Count == 0 ? new GenericCsvRowMapper(mapping, header, index, tagIndex, context) : null;
    }

    /// <summary>The record for <paramref name="row"/>, or null with the reason in <paramref name="error"/>.</summary>
    public SpendRecord? Map(SepReader.Row row, out RowError? error)
    {
        error = null;
        var line = row.LineNumberFrom;
        var startText = Value(row, GenericField.Timestamp);
        if (!TryTime(startText, out var start))
        {
            error = Fail(line, GenericField.Timestamp, startText.IsEmpty ? "is empty" : "is not a timestamp" + FormatHint, startText);
            return null;
        }

        DateTime end;
        var endText = Value(row, GenericField.PeriodEnd);
        if (endText.IsEmpty && _mapping.Period is { } period)
        {
            end = start + period;
        }
        else if (!TryTime(endText, out end) || end <= start)
        {
            error = Fail(line, GenericField.PeriodEnd, endText.IsEmpty ? "is empty" : end <= start && end != default ? "is not after the timestamp" : "is not a timestamp" + FormatHint, endText);
            return null;
        }

        if (!TryCount(row, GenericField.Requests, out var requests, out error)
            || !TryCount(row, GenericField.InputTokens, out var input, out error)
            || !TryCount(row, GenericField.CachedReadTokens, out var cachedRead, out error)
            || !TryCount(row, GenericField.CacheWriteTokens, out var cacheWrite, out error)
            || !TryCount(row, GenericField.OutputTokens, out var output, out error)
            || !TryCount(row, GenericField.ReasoningTokens, out var reasoning, out error)
            || !TryCost(row, out var cost, out var currency, out error))
        {
            return null;
        }

        if (_mapping.InputIncludesCached && input is { } all)
        {
            input = Math.Max(0, all - (cachedRead ?? 0) - (cacheWrite ?? 0));
        }

        var user = Value(row, GenericField.User);
        var userHash = user.IsEmpty ? null : _hashes.Get(user);
        if (!TryRecordKey(row, userHash, out var recordKey, out error))
        {
            return null;
        }

        var providerText = Value(row, GenericField.Provider);
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = recordKey,
            SourceLine = line,
            Provider = providerText.IsEmpty ? _mapping.Provider ?? "unknown" : _providers.Get(providerText),
            Model = Shared(row, GenericField.Model),
            ChargePeriodStart = start,
            ChargePeriodEnd = end,
            Requests = requests,
            InputTokens = input,
            CachedReadTokens = cachedRead,
            CacheWriteTokens = cacheWrite,
            OutputTokens = output,
            ReasoningTokens = reasoning,
            Cost = cost,
            CostMeasure = cost is null ? null : CostMeasures.SourceEstimate,
            Currency = currency,
            Tags = Tags(row),
            Team = Shared(row, GenericField.Team),
            SubAccountId = Shared(row, GenericField.Project),
            ApiKeyId = Shared(row, GenericField.ApiKey),
            EndUserHash = userHash,
            AgentId = Shared(row, GenericField.Agent),
            AiScope = true,
        };
    }

    private string FormatHint => _mapping.TimestampFormat is null ? string.Empty : $" in the format '{_mapping.TimestampFormat}'";

    private bool TryTime(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        if (text.IsEmpty)
        {
            return false;
        }

        switch (_mapping.TimestampFormat)
        {
            case null:
                return FastTimestamps.TryParseUtc(text, out utc);
            case "unix":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                       && Values.TryFromUnixSeconds(seconds, out utc);
            case "unix_ms":
                // Range of DateTimeOffset.FromUnixTimeMilliseconds.
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
                    || ms is < -62135596800000 or > 253402300799999)
                {
                    return false;
                }

                utc = DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
                return true;
            default:
                if (DateTimeOffset.TryParseExact(text, _mapping.TimestampFormat, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
                {
                    utc = DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Utc);
                    return true;
                }

                return false;
        }
    }
}
