using System.Data.Common;
using System.Text;
using DuckDB.NET.Data;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Pricing;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Recomputing price-book estimates.</summary>
public sealed partial class DuckDbSpendStore
{
    private const int ProgressEvery = 100_000;
    private const int CancellationCheckEvery = 4096;

    /// <summary>
    /// Streams the usage records in <c>[from, to)</c> that were priced from the price book or not
    /// priced at all, prices each again, stages the changes (cost, price id, the quote's currency)
    /// in a TEMP table and applies them in one UPDATE transaction. A record that no longer has a
    /// price loses its estimate (cost, measure and price id become null).
    /// </summary>
    public async Task<RepriceResult> RepriceAsync(IPricer pricer, DateTime? from, DateTime? to, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pricer);
        return await WriteExclusivelyAsync(() => RepriceExclusivelyAsync(pricer, from, to, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private static SpendRecord PricingInput(DbDataReader row) => new()
    {
        Kind = RecordKind.UsageTelemetry,
        RecordKey = row.GetString(2),
        Provider = row.GetString(3),
        Model = NullableText(row, 4),
        ServiceTier = NullableText(row, 5),
        ChargePeriodStart = Sql.Utc(row.GetDateTime(6)),
        ChargePeriodEnd = Sql.Utc(row.GetDateTime(7)),
        Requests = NullableLong(row, 8),
        InputTokens = NullableLong(row, 9),
        CachedReadTokens = NullableLong(row, 10),
        CacheWriteTokens = NullableLong(row, 11),
        OutputTokens = NullableLong(row, 12),
        ReasoningTokens = NullableLong(row, 13),
        Currency = row.GetString(16),
        AiScope = true,
    };

    private static string? NullableText(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static long? NullableLong(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt64(ordinal);

    private async Task<RepriceResult> RepriceExclusivelyAsync(IPricer pricer, DateTime? from, DateTime? to, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var filter = new StringBuilder($"kind = 'usage' AND (cost_measure = '{CostMeasures.PriceBook}' OR cost IS NULL)");
        var parameters = new List<(string Name, object? Value)>();
        SpendQuerySql.AppendPeriod(filter, parameters, "charge_period_start", from, to);

        await using var readConnection = OpenConnection();
        await using var writeConnection = OpenConnection();
        await Sql.ExecuteAsync(
            writeConnection,
            $"CREATE OR REPLACE TEMP TABLE reprice_updates (source_id BIGINT, seq BIGINT, cost {LedgerColumns.Money}, price_id VARCHAR, currency VARCHAR)",
            cancellationToken).ConfigureAwait(false);

        long read = 0, repriced = 0, changed = 0, unpriced = 0;
        var unknown = new Dictionary<(string Provider, string? Model), long>();
        using (var appender = writeConnection.CreateAppender("temp", "main", "reprice_updates"))
        {
            await using var command = Sql.Command(readConnection, $"""
                SELECT source_id, seq, record_key, provider, model, service_tier, charge_period_start, charge_period_end,
                       requests, input_tokens, cached_read_tokens, cache_write_tokens, output_tokens, reasoning_tokens,
                       cost, price_id, currency
                FROM spend_records
                WHERE {filter}
                """, [.. parameters]);
            command.UseStreamingMode = true;
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (++read % CancellationCheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (read % ProgressEvery == 0)
                {
                    progress?.Report(read);
                }

                var record = PricingInput(rows);
                var oldCost = rows.IsDBNull(14) ? (decimal?)null : rows.GetDecimal(14);
                var oldPriceId = NullableText(rows, 15);
                var quote = pricer.Price(record);
                decimal? newCost = null;
                string? newPriceId = null;
                var newCurrency = record.Currency;
                if (quote is { } price)
                {
                    repriced++;
                    newCost = LedgerRowWriter.Money(price.Cost);
                    newPriceId = price.PriceId;
                    newCurrency = price.Currency;
                }
                else
                {
                    unpriced++;
                    var key = (record.Provider, record.Model);
                    unknown[key] = unknown.GetValueOrDefault(key) + 1;
                }

                if (newCost != oldCost || newPriceId != oldPriceId || newCurrency != record.Currency)
                {
                    changed++;
                    appender.CreateRow()
                        .AppendValue(rows.GetInt64(0))
                        .AppendValue(rows.GetInt64(1))
                        .AppendValue(newCost)
                        .AppendValue(newPriceId)
                        .AppendValue(newCurrency)
                        .EndRow();
                }
            }
        }

        progress?.Report(read);
        await ApplyRepriceAsync(writeConnection, cancellationToken).ConfigureAwait(false);
        var unknownModels = unknown
            .OrderBy(u => u.Key.Provider, StringComparer.Ordinal)
            .ThenBy(u => u.Key.Model, StringComparer.Ordinal)
            .Select(u => (u.Key.Provider, u.Key.Model, u.Value))
            .ToList();
        return new RepriceResult(repriced, changed, unpriced, unknownModels);
    }

    private static async Task ApplyRepriceAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, $"""
            UPDATE spend_records
            SET cost = u.cost,
                cost_measure = CASE WHEN u.cost IS NULL THEN NULL ELSE '{CostMeasures.PriceBook}' END,
                price_id = u.price_id,
                currency = coalesce(u.currency, spend_records.currency)
            FROM temp.reprice_updates u
            WHERE spend_records.source_id = u.source_id AND spend_records.seq = u.seq
            """, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, "DROP TABLE temp.reprice_updates", CancellationToken.None).ConfigureAwait(false);
    }
}
