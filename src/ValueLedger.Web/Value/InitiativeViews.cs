using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Lifecycle;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Web.Charts;
using ValueLedger.Web.Pages;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Value;

/// <summary>Loads what the initiatives pages show, with the Core calculations the CLI uses (InitiativeTrend, J-curve, gates).</summary>
internal static class InitiativeViews
{
    /// <summary>How many months the value-by-month table covers, ending with the current month (as <c>initiative show</c>).</summary>
    public const int TrendMonths = 12;

    public static async Task<IReadOnlyList<InitiativeListRow>> ListAsync(LedgerAccess ledger, CurrentUser user, CancellationToken cancellationToken)
    {
        var data = await LedgerData.LoadAsync(ledger, cancellationToken).ConfigureAwait(false);
        var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
        var rows = new List<InitiativeListRow>();
        foreach (var initiative in service.Initiatives.Where(user.CanSeeInitiative))
        {
            var state = await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
            var trend = Trend(ledger, initiative.Id, data);
            var latestMonth = trend.Count == 0 ? (DateTime?)null : trend[^1].Month;
            var latest = trend.Where(r => r.Month == latestMonth).ToList();
            var figures = JCurveFigures.Pick(state) is { } declaration ? JCurveFigures.Build(declaration, Today(ledger), data.Records, data.Agreements, data.Months) : null;
            rows.Add(new InitiativeListRow(
                initiative.Id, initiative.Name, KebabCase.Of(state.Stage), initiative.OwnerBu, initiative.Sponsor, latestMonth is { } m ? Money.Month(m) : null,
                [.. latest.Select(Line)], latest.Count == 0 ? null : latest[0].ValidatedSuccessful, figures?.Laggard ?? false,
                figures?.LatestStatus is { } status ? JCurveMath.Label(status) : null, state.SignedJCurve is not null));
        }

        return rows;
    }

    public static async Task<InitiativeDetailModel> DetailAsync(LedgerAccess ledger, CurrentUser user, Initiative initiative, CancellationToken cancellationToken)
    {
        var data = await LedgerData.LoadAsync(ledger, cancellationToken).ConfigureAwait(false);
        var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
        var state = await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var transitions = await store.QueryTransitionsAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var figures = JCurveFigures.Pick(state) is { } declaration ? JCurveFigures.Build(declaration, Today(ledger), data.Records, data.Agreements, data.Months) : null;
        var next = LifecycleGates.NextStage(state.Stage);
        var counting = Core.Value.Outcomes.OutcomeRules.CountingRecords(data.Records).Select(r => r.Id).ToHashSet();
        var outcomes = data.Records.Where(r => r.Claim.Initiative == initiative.Id).OrderByDescending(r => r.Id)
            .Select(r => OutcomesEndpoints.Row(r, initiative.Name, data.Agreements, counting.Contains(r.Id))).ToList();
        return new InitiativeDetailModel(
            initiative, state, next, next is { } n ? LifecycleGates.UnmetConditions(state, n) : [], Previous(state.Stage),
            figures, figures is null ? null : Chart(figures), Trend(ledger, initiative.Id, data), [.. transitions.OrderByDescending(t => t.At)], outcomes,
            ValueServices.Manages(ledger, user, initiative), ValueServices.MaySetReadiness(ledger, user, initiative), user.IsAdmin || user.IsFinance, ValueServices.MaySign(user, initiative),
            ValueServices.MayDeclare(ledger, user, initiative), ValueServices.MayRecord(ledger, user, initiative));
    }

    private static LineChartModel Chart(JCurveFigures f)
    {
        var d = f.Declaration;
        return new LineChartModel(
            $"J-curve of {d.Initiative}, version {d.Version} ({d.Currency})",
            $"Declared expected cumulative net value with its tolerance band, and the actual cumulative net value (validated value minus allocated cost) from {Money.Month(d.StartMonth.ToDateTime(TimeOnly.MinValue))}.",
            [.. f.Points.Select(p => Money.Month(p.MonthStart.ToDateTime(TimeOnly.MinValue)))],
            [new ChartSeries("Declared (expected cumulative)", [.. f.Points.Select(p => (decimal?)p.ExpectedCumulative)], Dashed: true), new ChartSeries("Actual cumulative net value", f.Actuals)],
            d.Currency)
        {
            Band = new ChartBand("Tolerance band", [.. f.Points.Select(p => (decimal?)p.BandLow)], [.. f.Points.Select(p => (decimal?)p.BandHigh)]),
        };
    }

    private static MoneyLine Line(InitiativeTrendRow r) => new(
        r.Currency, Money.Exact(r.NetCost), r.CostPerSuccessfulOutcome is { } c ? Money.Exact(Math.Round(c, 6)) : null, Money.Exact(r.NetValue));

    private static IReadOnlyList<InitiativeTrendRow> Trend(LedgerAccess ledger, string initiative, LedgerData data)
    {
        var now = ledger.Time.GetUtcNow().UtcDateTime;
        var to = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        var from = to.AddMonths(-TrendMonths);
        var mine = data.Records.Where(r => r.Claim.Initiative == initiative).ToList();
        return InitiativeTrend.Monthly(initiative, from, to, data.Months, CountingOutcomes.ByMonth(mine, data.Agreements));
    }

    private static InitiativeStage? Previous(InitiativeStage stage) => stage switch
    {
        InitiativeStage.Experiment => InitiativeStage.Idea,
        InitiativeStage.Pilot => InitiativeStage.Experiment,
        InitiativeStage.Production => InitiativeStage.Pilot,
        _ => null,
    };

    private static DateOnly Today(LedgerAccess ledger) => DateOnly.FromDateTime(ledger.Time.GetUtcNow().UtcDateTime);

    /// <summary>Every outcome record, agreement and allocated initiative-month of the ledger, read once per page.</summary>
    private sealed record LedgerData(IReadOnlyList<OutcomeRecord> Records, IReadOnlyList<AttributionAgreement> Agreements, IReadOnlyList<InitiativeMonth> Months)
    {
        public static async Task<LedgerData> LoadAsync(LedgerAccess ledger, CancellationToken cancellationToken)
        {
            var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
            var records = await store.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
            var agreements = await store.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false);
            var months = await store.QueryInitiativeMonthsAsync(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2200, 1, 1, 0, 0, 0, DateTimeKind.Utc), cancellationToken).ConfigureAwait(false);
            return new LedgerData(records, agreements, months);
        }
    }
}
