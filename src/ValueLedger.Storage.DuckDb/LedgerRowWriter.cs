using System.Text;
using DuckDB.NET.Native;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Writes one <see cref="SpendRecord"/> as a <c>spend_records</c> row of one import: the import's
/// <c>source_id</c>, the record's <c>seq</c>, the import's <c>format</c>, <c>kind</c>, then
/// <see cref="LedgerColumns.Record"/> in order. Text is encoded into one reused UTF-8 buffer and
/// tags into one reused JSON buffer: no allocation per row except the normalised tag keys.
/// </summary>
internal sealed class LedgerRowWriter(long sourceId, string format) : IDisposable
{
    /// <summary>Amounts must stay below this (DECIMAL(38,18) holds 20 integer digits).</summary>
    public const decimal MoneyLimit = 100_000_000_000_000_000_000m;

    private const int MoneyScale = 18;

    private static readonly byte[] CostKind = "cost"u8.ToArray();
    private static readonly byte[] UsageKind = "usage"u8.ToArray();

    private readonly byte[] formatText = Encoding.UTF8.GetBytes(format);
    private readonly TagJson tagJson = new();
    private byte[] text = new byte[1024];

    /// <summary>The columns of <c>spend_records</c> as written, in order.</summary>
    public static IReadOnlyList<(string Name, DuckDBType Type)> Columns { get; } =
    [
        ("source_id", DuckDBType.BigInt),
        ("seq", DuckDBType.BigInt),
        ("format", DuckDBType.Varchar),
        ("kind", DuckDBType.Varchar),
        .. LedgerColumns.Record.Select(c => (c.Name, TypeOf(c.Type))),
    ];

    public void Write(ChunkWriter row, SpendRecord record, long seq)
    {
        row.Int64(sourceId);
        row.Int64(seq);
        row.Text(formatText);
        row.Text(record.Kind == RecordKind.CostOfRecord ? CostKind : UsageKind);
        Text(row, record.RecordKey);
        row.Int64(record.SourceLine);
        Text(row, record.Provider);
        Text(row, record.BillingAccountId);
        Text(row, record.BillingAccountName);
        Text(row, record.SubAccountId);
        Text(row, record.SubAccountName);
        Text(row, record.ServiceName);
        Text(row, record.ServiceCategory);
        Text(row, record.ChargeCategory);
        Text(row, record.ChargeClass);
        Text(row, record.ChargeDescription);
        Text(row, record.ResourceId);
        Text(row, record.ResourceName);
        Text(row, record.RegionId);
        Text(row, record.SkuId);
        row.Money(Money(record.PricingQuantity));
        Text(row, record.PricingUnit);
        Text(row, record.Model);
        Text(row, record.ServiceTier);
        row.Timestamp(record.ChargePeriodStart);
        row.Timestamp(record.ChargePeriodEnd);
        row.Timestamp(record.BillingPeriodStart);
        row.Timestamp(record.BillingPeriodEnd);
        row.Int64(record.Requests);
        row.Int64(record.InputTokens);
        row.Int64(record.CachedReadTokens);
        row.Int64(record.CacheWriteTokens);
        row.Int64(record.OutputTokens);
        row.Int64(record.ReasoningTokens);
        row.Money(Money(record.BilledCost));
        row.Money(Money(record.EffectiveCost));
        row.Money(Money(record.ListCost));
        row.Money(Money(record.Cost));
        Text(row, record.CostMeasure);
        Text(row, record.PriceId);
        Text(row, record.Currency);
        if (record.Tags is { Count: > 0 } tags)
        {
            row.Text(tagJson.Original(tags));
            if (TagJson.KeysNormalised(tags))
            {
                // tags_norm reads tags then (see LedgerColumns).
                row.Null();
            }
            else
            {
                row.Text(tagJson.Normalised(tags));
            }
        }
        else
        {
            row.Null();
            row.Null();
        }

        Text(row, record.ApiKeyId);
        Text(row, record.Team);
        Text(row, record.EndUserHash);
        Text(row, record.AgentId);
        row.Boolean(record.Succeeded);
        row.Boolean(record.AiScope);
        row.EndRow();
    }

    /// <summary>
    /// Checks what the table cannot: required text present, amounts within DECIMAL(38,18).
    /// Called on the caller's thread so that the error points at the record being appended.
    /// </summary>
    public static void Validate(SpendRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.RecordKey is null || record.Provider is null || record.Currency is null)
        {
            throw new ArgumentException($"record at line {record.SourceLine} lacks its record key, provider or currency", nameof(record));
        }

        CheckRange(record.PricingQuantity, nameof(record.PricingQuantity), record);
        CheckRange(record.BilledCost, nameof(record.BilledCost), record);
        CheckRange(record.EffectiveCost, nameof(record.EffectiveCost), record);
        CheckRange(record.ListCost, nameof(record.ListCost), record);
        CheckRange(record.Cost, nameof(record.Cost), record);
    }

    /// <summary>An amount as stored: rounded half-even to 18 decimal places where it has more.</summary>
    public static decimal? Money(decimal? value) =>
        value is decimal amount && amount.Scale > MoneyScale ? decimal.Round(amount, MoneyScale, MidpointRounding.ToEven) : value;

    public void Dispose() => tagJson.Dispose();

    private static DuckDBType TypeOf(string sqlType) => sqlType.Split(' ')[0] switch
    {
        "VARCHAR" => DuckDBType.Varchar,
        "BIGINT" => DuckDBType.BigInt,
        "BOOLEAN" => DuckDBType.Boolean,
        "TIMESTAMP" => DuckDBType.Timestamp,
        LedgerColumns.Money => DuckDBType.Decimal,
        var other => throw new InvalidOperationException($"no row writer for SQL type {other}"),
    };

    private static void CheckRange(decimal? value, string name, SpendRecord record)
    {
        if (value is decimal amount && (amount >= MoneyLimit || amount <= -MoneyLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(record), $"{name} {amount} at line {record.SourceLine} is beyond what the ledger holds (|x| < 10^20)");
        }
    }

    private void Text(ChunkWriter row, string? value)
    {
        if (value is null)
        {
            row.Null();
            return;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > text.Length)
        {
            text = new byte[Math.Max(needed, text.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, text);
        row.Text(text.AsSpan(0, length));
    }
}
