using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Storage.DuckDb.Allocation;

namespace ValueLedger.Storage.DuckDb;

/// <summary>The allocation engine's storage: set-based allocation runs and coverage (see <see cref="AllocationSql"/>).</summary>
public sealed partial class DuckDbSpendStore : IAllocationStore
{
    /// <summary>
    /// Stages the run in TEMP tables (<see cref="AllocationStaging"/>), then in one transaction deletes the
    /// period's allocations, records the run and inserts its rows with one INSERT .. SELECT; in the same
    /// transaction it replaces the attributed activity of the period's months (<see cref="AllocationActivitySql"/>).
    /// </summary>
    public async Task<AllocationRunResult> AllocateAsync(Core.Organisation.Organisation organisation, DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return await WriteExclusivelyAsync(
            async () =>
            {
                await using var writer = OpenConnection();
                await AllocationStaging.StageAsync(writer, organisation, from, to, cancellationToken).ConfigureAwait(false);
                var (lines, usageLines) = await AllocationStaging.CountLinesAsync(writer, cancellationToken).ConfigureAwait(false);
                var notices = await AllocationStaging.NoticesAsync(writer, cancellationToken).ConfigureAwait(false);
                var activityMonths = AllocationStaging.ActivityMonths(from, to);
                await AllocationStaging.StageActivityAsync(writer, organisation, activityMonths, cancellationToken).ConfigureAwait(false);
                (string, object?)[] period = [("from", from), ("to", to)];
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var run = await Sql.ScalarAsync<long>(writer, AllocationSql.NextRunId, cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(writer, AllocationSql.DeletePeriod, cancellationToken, period).ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    writer,
                    AllocationSql.InsertRun,
                    cancellationToken,
                    [.. period, ("run", run), ("now", options.TimeProvider.GetUtcNow().UtcDateTime), ("lines", lines)]).ConfigureAwait(false);
                await Sql.ExecuteAsync(writer, AllocationShareSql.InsertAllocations, cancellationToken, ("run", run)).ConfigureAwait(false);
                await Sql.ExecuteAsync(writer, AllocationActivitySql.DeleteMonths, cancellationToken, activityMonths).ConfigureAwait(false);
                await Sql.ExecuteAsync(writer, AllocationActivitySql.Insert, cancellationToken, [.. activityMonths, ("run", run)]).ConfigureAwait(false);

                var outcomes = new List<AllocationOutcomeTotal>();
                await using (var command = Sql.Command(writer, AllocationSql.RunOutcomes, ("run", run)))
                {
                    await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        outcomes.Add(new AllocationOutcomeTotal(rows.GetString(0), rows.GetString(1), rows.GetDecimal(2), rows.GetInt64(3)));
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new AllocationRunResult(run, lines, outcomes) { UsageLinesConsidered = usageLines, Notices = notices };
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same figures as <c>coverage</c> (estimated usage telemetry included), so <c>allocate</c> and <c>coverage</c> agree.</summary>
    public async Task<IReadOnlyList<AllocationCoverageRow>> QueryAllocationCoverageAsync(DateTime from, DateTime to, bool groupByBu, CancellationToken cancellationToken)
    {
        var rows = await QueryCoverageAsync(from, to, groupByBu ? CoverageGrouping.Bu : CoverageGrouping.None, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new AllocationCoverageRow(r.Bu, r.Currency, r.GrossInScope, r.GrossAllocatedToInitiative, r.Coverage))];
    }

    public async Task<(DateTime From, DateTime To)?> QueryAllocatableMonthsAsync(CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, AllocationSql.Months);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await rows.ReadAsync(cancellationToken).ConfigureAwait(false) || rows.IsDBNull(0))
        {
            return null;
        }

        return (Sql.Utc(rows.GetDateTime(0)), Sql.Utc(rows.GetDateTime(1)));
    }

    public async Task<IReadOnlyList<AllocationTotal>> QueryAllocationsAsync(DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, AllocationSql.Totals, ("from", from), ("to", to));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<AllocationTotal>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new AllocationTotal(rows.IsDBNull(0) ? null : rows.GetString(0), rows.IsDBNull(1) ? null : rows.GetString(1), rows.GetString(2), rows.GetDecimal(3)));
        }

        return result;
    }
}
