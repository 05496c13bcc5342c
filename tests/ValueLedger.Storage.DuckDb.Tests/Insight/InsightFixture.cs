using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Storage.DuckDb.Tests.Insight;

/// <summary>
/// Test helpers for allocation insight: finds a line's id by its record key and writes allocation rows
/// directly, for rows the engine of this slice does not produce yet (telemetry shares, fallbacks,
/// usage lines, policies).
/// </summary>
internal static class InsightFixture
{
    public static async Task<LineId> LineIdAsync(DuckDbSpendStore store, string recordKey)
    {
        await using var connection = store.OpenConnection();
        await using var command = Sql.Command(connection, "SELECT source_id, seq FROM spend_records WHERE record_key = $key", ("key", recordKey));
        await using var rows = await command.ExecuteReaderAsync();
        Assert.True(await rows.ReadAsync(), $"no line {recordKey}");
        return new LineId(rows.GetInt64(0), rows.GetInt64(1));
    }

    /// <summary>Replaces the line's allocation rows by <paramref name="shares"/> (run 99, the line's charge period start).</summary>
    public static async Task SetSharesAsync(DuckDbSpendStore store, LineId line, params AllocationShare[] shares)
    {
        await using var connection = store.OpenConnection();
        (string, object?)[] key = [("source", line.SourceId), ("seq", line.Seq)];
        await Sql.ExecuteAsync(connection, "DELETE FROM allocations WHERE source_id = $source AND seq = $seq", CancellationToken.None, key);
        foreach (var s in shares)
        {
            await Sql.ExecuteAsync(
                connection,
                """
                INSERT INTO allocations
                SELECT 99, source_id, seq, $line_kind::VARCHAR, charge_period_start, $bu::VARCHAR, $initiative::VARCHAR,
                       $amount::DECIMAL(38,18), $currency::VARCHAR, $method::VARCHAR, $rule_kind::VARCHAR, $rule_id::VARCHAR,
                       $rule_version::INTEGER, $fallback::BOOLEAN, $reason::VARCHAR, $details::VARCHAR
                FROM spend_records WHERE source_id = $source AND seq = $seq
                """,
                CancellationToken.None,
                [.. key, ("line_kind", s.LineKind), ("bu", s.Bu), ("initiative", s.Initiative), ("amount", s.Amount), ("currency", s.Currency),
                 ("method", s.Method), ("rule_kind", s.RuleKind), ("rule_id", s.RuleId), ("rule_version", s.RuleVersion), ("fallback", s.Fallback),
                 ("reason", s.Reason), ("details", s.Details)]);
        }
    }

    public static AllocationShare Share(
        string? bu,
        decimal amount,
        string method = "direct",
        string? initiative = null,
        string lineKind = "cost",
        string? ruleKind = "rule",
        string? ruleId = "r",
        bool fallback = false,
        string? reason = null,
        string? details = null,
        string currency = "USD") =>
        new(lineKind, bu, initiative, amount, currency, method, method == "unallocated" && ruleId is null ? null : ruleKind, ruleId, ruleId is null ? null : 1, fallback, reason, details);
}
