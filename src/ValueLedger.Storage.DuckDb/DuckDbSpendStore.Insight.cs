using System.Data.Common;
using System.Runtime.CompilerServices;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Storage.DuckDb.Insight;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Read-only questions over stored allocations (see <see cref="InsightSql"/>); all set-based, the export streamed.</summary>
public sealed partial class DuckDbSpendStore : IAllocationInsightStore
{
    public async Task<LineExplanation?> ExplainLineAsync(LineId id, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        (string, object?)[] key = [("source", id.SourceId), ("seq", id.Seq)];
        InsightLine line;
        await using (var command = Sql.Command(reader, InsightSql.Line, key))
        {
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            line = new InsightLine(
                new LineId(rows.GetInt64(0), rows.GetInt64(1)), rows.GetString(2), rows.GetString(3), Text(rows, 4), Text(rows, 5),
                Text(rows, 6), Text(rows, 7), Text(rows, 8), Text(rows, 9), Text(rows, 10), Sql.Utc(rows.GetDateTime(11)),
                Sql.Utc(rows.GetDateTime(12)), Money(rows, 13), Text(rows, 14), rows.GetString(15), rows.GetString(16),
                rows.IsDBNull(17) ? null : rows.GetInt64(17));
        }

        var shares = new List<AllocationShare>();
        await using (var command = Sql.Command(reader, InsightSql.LineShares, key))
        {
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                shares.Add(ReadShare(rows, 0));
            }
        }

        return new LineExplanation(line, shares);
    }

    public async Task<BuExplanation> ExplainBusinessUnitAsync(string? bu, string? initiative, DateTime from, DateTime to, int top, CancellationToken cancellationToken)
    {
        if (bu is null && initiative is null)
        {
            throw new ArgumentException("name a business unit, an initiative or both", nameof(bu));
        }

        var conditions = new List<string>();
        var parameters = new List<(string, object?)> { ("from", from), ("to", to) };
        if (bu is not null)
        {
            conditions.Add("a.bu = $bu");
            parameters.Add(("bu", bu));
        }

        if (initiative is not null)
        {
            conditions.Add("a.initiative = $initiative");
            parameters.Add(("initiative", initiative));
        }

        var condition = string.Join(" AND ", conditions);
        await using var reader = OpenConnection();
        var breakdown = new List<BuBreakdownRow>();
        await using (var command = Sql.Command(reader, InsightSql.BuBreakdown.Replace("{0}", condition, StringComparison.Ordinal), [.. parameters]))
        {
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                breakdown.Add(new BuBreakdownRow(
                    rows.GetString(0), rows.GetString(1), rows.GetString(2), Text(rows, 3), Text(rows, 4), rows.GetBoolean(5), rows.GetDecimal(6), rows.GetInt64(7)));
            }
        }

        var lines = new List<BuTopLine>();
        await using (var command = Sql.Command(reader, InsightSql.BuTopLines.Replace("{0}", condition, StringComparison.Ordinal), [.. parameters, ("top", (long)top)]))
        {
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                lines.Add(new BuTopLine(
                    new LineId(rows.GetInt64(0), rows.GetInt64(1)), rows.GetString(2), rows.GetString(3), Text(rows, 4), Text(rows, 5), Text(rows, 6),
                    rows.GetDecimal(7), rows.GetString(8), rows.GetString(9), Text(rows, 10)));
            }
        }

        return new BuExplanation(breakdown, lines);
    }

    public async Task<UnallocatedReport> QueryUnallocatedAsync(DateTime from, DateTime to, int top, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        var totals = new List<UnallocatedTotal>();
        await using (var command = Sql.Command(reader, InsightSql.UnallocatedTotals, ("from", from), ("to", to)))
        {
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                totals.Add(new UnallocatedTotal(rows.GetString(0), rows.GetDecimal(1), rows.GetDecimal(2), rows.GetInt64(3), rows.GetDecimal(4)));
            }
        }

        var gross = totals.ToDictionary(t => t.Currency, t => t.Gross, StringComparer.Ordinal);
        var candidates = new List<UnallocatedCandidate>();
        await using (var command = Sql.Command(reader, InsightSql.UnallocatedCandidates, ("from", from), ("to", to), ("top", (long)top)))
        {
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rank = 0;
            string? group = null;
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (key, value, currency, amount) = (rows.GetString(0), rows.GetString(1), rows.GetString(2), rows.GetDecimal(3));
                var next = key + "\n" + currency;
                rank = string.Equals(next, group, StringComparison.Ordinal) ? rank + 1 : 1;
                group = next;
                var total = gross.GetValueOrDefault(currency);
                candidates.Add(new UnallocatedCandidate(
                    key, value, currency, amount, rows.GetInt64(4), total > 0 ? amount / total : 0m, rank, new LineId(rows.GetInt64(5), rows.GetInt64(6))));
            }
        }

        return new UnallocatedReport(totals, RankKeys(candidates));
    }

    public async Task<IReadOnlyList<PeriodCoverageRow>> QueryCoverageAsync(DateTime from, DateTime to, CoverageGrouping grouping, CancellationToken cancellationToken)
    {
        var sql = InsightSql.Coverage
            .Replace("{0}", grouping.HasFlag(CoverageGrouping.Month) ? "date_trunc('month', charge_period_start)" : "NULL::TIMESTAMP", StringComparison.Ordinal)
            .Replace("{1}", grouping.HasFlag(CoverageGrouping.Bu) ? "bu" : "NULL::VARCHAR", StringComparison.Ordinal);
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, sql, ("from", from), ("to", to));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<PeriodCoverageRow>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new PeriodCoverageRow(
                rows.IsDBNull(0) ? null : Sql.Utc(rows.GetDateTime(0)), Text(rows, 1), rows.GetString(2),
                rows.GetDecimal(3), rows.GetDecimal(4), rows.GetDecimal(5), rows.GetDecimal(6)));
        }

        return result;
    }

    public async IAsyncEnumerable<AllocatedLineShare> ReadAllocatedSharesAsync(DateTime from, DateTime to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, InsightSql.Export, ("from", from), ("to", to));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        for (long read = 0; await rows.ReadAsync(cancellationToken).ConfigureAwait(false); read++)
        {
            if ((read & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return new AllocatedLineShare(
                new LineId(rows.GetInt64(0), rows.GetInt64(1)), rows.GetString(2), Text(rows, 3), Text(rows, 4), Text(rows, 5), Text(rows, 6),
                Text(rows, 7), Text(rows, 8), Text(rows, 9), Text(rows, 10), Text(rows, 11), Text(rows, 12), Text(rows, 13), Text(rows, 14),
                Sql.Utc(rows.GetDateTime(15)), Sql.Utc(rows.GetDateTime(16)), Time(rows, 17), Time(rows, 18),
                Money(rows, 19), Money(rows, 20), Money(rows, 21), Text(rows, 22), ReadShare(rows, InsightSql.ExportLineColumns));
        }
    }

    /// <summary>Keys in the order that fixes most first: per currency, by their largest value's amount.</summary>
    private static List<UnallocatedCandidate> RankKeys(List<UnallocatedCandidate> candidates)
    {
        var best = candidates.Where(c => c.Rank == 1).ToDictionary(c => (c.Currency, c.Key), c => c.Gross);
        return [.. candidates
            .OrderBy(c => c.Currency, StringComparer.Ordinal)
            .ThenByDescending(c => best.GetValueOrDefault((c.Currency, c.Key)))
            .ThenBy(c => KeyOrder(c.Key))
            .ThenBy(c => c.Rank)];
    }

    private static int KeyOrder(string key)
    {
        for (var i = 0; i < UnallocatedKeys.All.Count; i++)
        {
            if (string.Equals(UnallocatedKeys.All[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return UnallocatedKeys.All.Count;
    }

    private static AllocationShare ReadShare(DbDataReader rows, int first) => new(
        rows.GetString(first), Text(rows, first + 1), Text(rows, first + 2), rows.GetDecimal(first + 3), rows.GetString(first + 4),
        rows.GetString(first + 5), Text(rows, first + 6), Text(rows, first + 7), rows.IsDBNull(first + 8) ? null : rows.GetInt32(first + 8),
        rows.GetBoolean(first + 9), Text(rows, first + 10), Text(rows, first + 11));

    private static string? Text(DbDataReader rows, int i) => rows.IsDBNull(i) ? null : rows.GetString(i);

    private static decimal? Money(DbDataReader rows, int i) => rows.IsDBNull(i) ? null : rows.GetDecimal(i);

    private static DateTime? Time(DbDataReader rows, int i) => rows.IsDBNull(i) ? null : Sql.Utc(rows.GetDateTime(i));
}
