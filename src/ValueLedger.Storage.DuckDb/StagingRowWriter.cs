using System.Text;
using DuckDB.NET.Data;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Appends one <see cref="SpendRecord"/> as a staging row: <c>seq</c>, <c>kind</c> (1 cost, 2 usage,
/// as <see cref="RecordKind"/>), then <see cref="LedgerColumns.Record"/> in order. Text goes through
/// one reused UTF-8 buffer, which spares the appender its own per-value string marshalling.
/// </summary>
internal sealed class StagingRowWriter : IDisposable
{
    /// <summary>Amounts must stay below this (DECIMAL(38,18) holds 20 integer digits).</summary>
    public const decimal MoneyLimit = 100_000_000_000_000_000_000m;

    private const int MoneyScale = 18;

    private readonly TagJson tagJson = new();
    private byte[] text = new byte[1024];

    public void Write(DuckDBAppender appender, SpendRecord record, long seq)
    {
        var row = appender.CreateRow();
        row.AppendValue((long?)seq);
        row.AppendValue((byte?)(byte)record.Kind);
        Text(row, record.RecordKey);
        row.AppendValue((long?)record.SourceLine);
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
        row.AppendValue(Money(record.PricingQuantity));
        Text(row, record.PricingUnit);
        Text(row, record.Model);
        Text(row, record.ServiceTier);
        row.AppendValue((DateTime?)record.ChargePeriodStart);
        row.AppendValue((DateTime?)record.ChargePeriodEnd);
        row.AppendValue(record.BillingPeriodStart);
        row.AppendValue(record.BillingPeriodEnd);
        row.AppendValue(record.Requests);
        row.AppendValue(record.InputTokens);
        row.AppendValue(record.CachedReadTokens);
        row.AppendValue(record.CacheWriteTokens);
        row.AppendValue(record.OutputTokens);
        row.AppendValue(record.ReasoningTokens);
        row.AppendValue(Money(record.BilledCost));
        row.AppendValue(Money(record.EffectiveCost));
        row.AppendValue(Money(record.ListCost));
        row.AppendValue(Money(record.Cost));
        Text(row, record.CostMeasure);
        Text(row, record.PriceId);
        Text(row, record.Currency);
        if (record.Tags is { Count: > 0 } tags)
        {
            row.AppendValue(tagJson.Original(tags));
            row.AppendValue(tagJson.Normalised(tags));
        }
        else
        {
            row.AppendNullValue();
            row.AppendNullValue();
        }

        Text(row, record.ApiKeyId);
        Text(row, record.Team);
        Text(row, record.EndUserHash);
        Text(row, record.AgentId);
        row.AppendValue(record.Succeeded);
        row.AppendValue((bool?)record.AiScope);
        row.EndRow();
    }

    /// <summary>
    /// Checks what the appender cannot: required text present, amounts within DECIMAL(38,18).
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

    private static void CheckRange(decimal? value, string name, SpendRecord record)
    {
        if (value is decimal amount && (amount >= MoneyLimit || amount <= -MoneyLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(record), $"{name} {amount} at line {record.SourceLine} is beyond what the ledger holds (|x| < 10^20)");
        }
    }

    private void Text(IDuckDBAppenderRow row, string? value)
    {
        if (value is null)
        {
            row.AppendNullValue();
            return;
        }

        if (value.Length == 0)
        {
            row.AppendValue(string.Empty);
            return;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > text.Length)
        {
            text = new byte[Math.Max(needed, text.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, text);
        row.AppendValue(text.AsSpan(0, length));
    }
}
