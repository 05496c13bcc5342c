using DuckDB.NET.Data;
using ValueLedger.Core.Allocation;

namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// Stages one allocation run in TEMP tables of the writer's connection, statement by statement and all
/// set-based: the rules, the lines and the rule deciding each, the telemetry basis of the splits, and
/// each line's effective method (<c>alloc_assigned</c>), from which <see cref="AllocationShareSql.InsertAllocations"/>
/// writes the rows. Staging only reads the ledger.
/// </summary>
internal static class AllocationStaging
{
    public static async Task StageAsync(DuckDBConnection connection, Core.Organisation.Organisation organisation, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        (string, object?)[] period = [("from", from), ("to", to)];
        await AllocationRuleTable.WriteAsync(connection, organisation, cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationMatchSql.Source, cancellationToken, period).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationMatchSql.LineSignatures, cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationMatchSql.Match("alloc_line_sigs", "alloc_line_match", "TRUE"), cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationMatchSql.Lines, cancellationToken).ConfigureAwait(false);

        var (bucket, basisFrom, basisTo) = await SplitSpanAsync(connection, cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationSplitSql.TelemetryGroups(AllocationSplitSql.Bucket(bucket)), cancellationToken, ("basis_from", basisFrom), ("basis_to", basisTo)).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationMatchSql.Match("alloc_tel_groups", "alloc_tel_match", AllocationSplitSql.AttributingRules), cancellationToken).ConfigureAwait(false);
        foreach (var statement in new[] { AllocationSplitSql.Telemetry, AllocationSplitSql.SplitKeys, AllocationSplitSql.Basis(bucket), AllocationSplitSql.KeyStatus, AllocationShareSql.Assigned })
        {
            await Sql.ExecuteAsync(connection, statement, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Parameters <c>act_from</c>, <c>act_to</c>: the whole UTC calendar months the period [from, to) touches
    /// (activity is kept per month; see <see cref="AllocationActivitySql"/>).
    /// </summary>
    public static (string, object?)[] ActivityMonths(DateTime from, DateTime to)
    {
        var first = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var last = new DateTime(to.Year, to.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return [("act_from", first), ("act_to", last < to ? last.AddMonths(1) : last)];
    }

    /// <summary>Stages the usage telemetry of the activity months and the rule attributing each signature (after <see cref="StageAsync"/>: it needs the rule tables).</summary>
    public static async Task StageActivityAsync(DuckDBConnection connection, Core.Organisation.Organisation organisation, (string, object?)[] months, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, AllocationActivitySql.Groups(organisation), cancellationToken, months).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, AllocationActivitySql.Match, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lines staged: all, and those that are usage telemetry no bill covers.</summary>
    public static async Task<(long All, long Usage)> CountLinesAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, AllocationSql.CountLines);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await rows.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (rows.GetInt64(0), rows.GetInt64(1));
    }

    public static async Task<IReadOnlyList<AllocationNotice>> NoticesAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var notices = new List<AllocationNotice>();
        await using var command = Sql.Command(connection, AllocationSql.Notices);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            notices.Add(new AllocationNotice(
                rows.GetString(0), rows.GetString(1), rows.GetString(2), rows.IsDBNull(3) ? null : rows.GetString(3),
                Sql.Utc(rows.GetDateTime(4)), rows.GetString(5), rows.GetInt64(6), rows.GetDecimal(7)));
        }

        return notices;
    }

    /// <summary>
    /// The bucket unit fitting every split line's charge period (<c>day</c>, <c>hour</c>, or null for exact
    /// instants) and the span of telemetry the splits need (empty when there is no split line).
    /// </summary>
    private static async Task<(string? Unit, DateTime From, DateTime To)> SplitSpanAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, AllocationSplitSql.SplitLines);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await rows.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (rows.GetInt64(0) == 0)
        {
            return ("day", DateTime.UnixEpoch, DateTime.UnixEpoch);
        }

        var unit = rows.GetBoolean(1) ? "day" : rows.GetBoolean(2) ? "hour" : null;
        return (unit, rows.GetDateTime(3), rows.GetDateTime(4));
    }
}
