using System.Runtime.CompilerServices;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Web.Pages.Overview;

/// <summary>
/// Loads <see cref="OverviewFacts"/> with a handful of aggregated store queries (the ones <see cref="ScoreboardLoader"/>
/// makes, over a wider window, plus two coverage queries) and scores each trend month with the same pure Core code
/// as <c>valueledger scoreboard</c>. The result is cached per open store and keyed on the store's figures generation
/// (not raised by appends such as live OTLP telemetry, which change no allocated figure):
/// every request between two writes gets the same figures without touching the ledger, and concurrent requests
/// after a write share one load.
/// </summary>
internal static class OverviewFactsLoader
{
    private static readonly ConditionalWeakTable<DuckDbSpendStore, Slot> Slots = [];

    public static Task<OverviewFacts> GetAsync(DuckDbSpendStore store, Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var slot = Slots.GetValue(store, _ => new Slot());

        // Read the generation before the figures: a write that ends meanwhile raises it and the next request reloads.
        var generation = store.FiguresGeneration;
        lock (slot)
        {
            if (slot.Loading is { } loading && slot.Generation == generation && !loading.IsFaulted && !loading.IsCanceled)
            {
                return loading.WaitAsync(cancellationToken);
            }

            // Not tied to this request's token: other requests may be waiting on the same load.
            slot.Loading = LoadAsync(store, organisation, CancellationToken.None);
            slot.Generation = generation;
            return slot.Loading.WaitAsync(cancellationToken);
        }
    }

    private static async Task<OverviewFacts> LoadAsync(DuckDbSpendStore store, Organisation organisation, CancellationToken cancellationToken)
    {
        var latest = await store.QueryLatestAllocatedMonthAsync(cancellationToken).ConfigureAwait(false);
        if (latest is not { } period)
        {
            return OverviewFacts.Empty();
        }

        var declarations = await store.QueryJCurvesAsync(null, cancellationToken).ConfigureAwait(false);
        var transitions = await store.QueryTransitionsAsync(null, cancellationToken).ConfigureAwait(false);
        var records = await store.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var agreements = await store.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false);
        var firstTrendMonth = period.AddMonths(-(OverviewFacts.TrendMonths - 1));

        // The oldest trend month's flags look back over their own windows; laggards need cost since each J-curve start.
        var from = declarations.Select(d => d.StartMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .Append(firstTrendMonth.AddMonths(-(IncentiveScoreboard.TrendMonths * 2 - 1)))
            .Append(firstTrendMonth.AddMonths(-(IncentiveScoreboard.RejectedShareMonths - 1))).Min();
        var months = await store.QueryInitiativeMonthsAsync(from, period.AddMonths(1), cancellationToken).ConfigureAwait(false);
        var outcomes = CountingOutcomes.ByMonth(records, agreements);
        var none = new Dictionary<string, int>(StringComparer.Ordinal);
        var trend = months.Select(m => m.Month).Where(m => m >= firstTrendMonth && m <= period).Distinct().Order()
            .Select(m => IncentiveScoreboard.Compute(
                organisation, m, months, outcomes,
                m == period ? LaggardsRetired.Count(organisation, transitions, declarations, records, agreements, months, m) : none))
            .ToList();
        var byBu = await store.QueryCoverageAsync(period, period.AddMonths(1), CoverageGrouping.Bu, cancellationToken).ConfigureAwait(false);
        var overall = await store.QueryCoverageAsync(period, period.AddMonths(1), CoverageGrouping.None, cancellationToken).ConfigureAwait(false);
        var window = months.Where(m => m.Month >= firstTrendMonth).ToList();
        return new OverviewFacts(period, trend, window, [.. outcomes.Where(o => o.Month >= firstTrendMonth && o.Month <= period)], byBu, overall);
    }

    private sealed class Slot
    {
        public long Generation { get; set; }

        public Task<OverviewFacts>? Loading { get; set; }
    }
}
