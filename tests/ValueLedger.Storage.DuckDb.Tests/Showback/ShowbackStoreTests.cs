using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Showback;

public sealed class ShowbackStoreTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    private static Core.Organisation.Organisation TwoUnits() => Organisation(
        Rule("team-a", AllocationMethod.Direct, [Target("a", "init-a")], priority: 10, conditions: TagIs("team", "a")),
        Rule("shared", AllocationMethod.Weights, [Target("a", weight: 0.5m), Target("b", weight: 0.5m)], priority: 20, conditions: Field(MatchFields.SubAccount, "shared")));

    [Fact]
    public async Task QueryShowback_DirectWeightsCreditAndUnmatched_GroupsNetAndGrossPerKey()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(
            store,
            Cost(10m, tags: [new Tag("team", "a")]),
            Cost(-2m, tags: [new Tag("team", "a")]),
            Cost(6m, subAccount: "shared"),
            Cost(3m));
        await store.AllocateAsync(TwoUnits(), From, To, CancellationToken.None);

        var rows = await store.QueryShowbackAsync(From, To, CancellationToken.None);

        // The credit nets into a's direct amount (10 - 2 = 8) but not into its gross (10).
        Assert.Equal(
            [
                "2024-09|a|init-a|azure|direct|rule|False|-|cost|USD|8|10",
                "2024-09|a|-|azure|weights|rule|False|-|cost|USD|3|3",
                "2024-09|b|-|azure|weights|rule|False|-|cost|USD|3|3",
                "2024-09|-|-|azure|unallocated|-|False|no-matching-rule|cost|USD|3|3",
            ],
            rows.Select(Text));
    }

    [Fact]
    public async Task QueryShowback_UsageAndFallbackRowsOfTheEngine_ReadWithLineKindReasonAndModel()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Usage(cost: 0.25m, model: "gpt-4o-mini"));
        await using (var connection = store.OpenConnection())
        {
            // Rows as the telemetry engine writes them (schema 4): an estimated usage share and a fallback share.
            await Sql.ExecuteAsync(
                connection,
                """
                INSERT INTO allocations
                SELECT 1, source_id, seq, 'usage', charge_period_start, 'a', NULL, 0.15, 'USD', 'telemetry', 'rule', 'shared', 1, false, NULL, '{"basis_cost":"1"}' FROM spend_records
                UNION ALL
                SELECT 1, source_id, seq, 'usage', charge_period_start, 'b', NULL, 0.10, 'USD', 'even', 'rule', 'shared', 1, true, 'no-telemetry', NULL FROM spend_records
                """,
                CancellationToken.None);
        }

        var rows = await store.QueryShowbackAsync(From, To, CancellationToken.None);

        Assert.Equal(
            ["2024-09|a|-|openai|telemetry|rule|False|-|usage|USD|0.15|0.15", "2024-09|b|-|openai|even|rule|True|no-telemetry|usage|USD|0.1|0.1"],
            rows.Select(Text));
        Assert.All(rows, r => Assert.Equal("gpt-4o-mini", r.Model));
    }

    [Fact]
    public async Task QueryShowback_TwoMonths_GroupsByMonth()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(1m, tags: [new Tag("team", "a")]), Cost(2m, tags: [new Tag("team", "a")], day: October.AddDays(3)));
        await store.AllocateAsync(TwoUnits(), From, November, CancellationToken.None);

        var rows = await store.QueryShowbackAsync(From, November, CancellationToken.None);

        Assert.Equal([(From, 1m), (October, 2m)], rows.Select(r => (r.Month, r.Amount)));
        Assert.Equal(October, await store.QueryLatestAllocatedMonthAsync(CancellationToken.None));
    }

    [Fact]
    public async Task QueryShowback_LineRemovedAfterAllocation_ItsRowsNoLongerCount()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, tags: [new Tag("team", "a")]), Cost(3m));
        await store.AllocateAsync(TwoUnits(), From, To, CancellationToken.None);
        await using (var connection = store.OpenConnection())
        {
            await Sql.ExecuteAsync(connection, "DELETE FROM spend_records WHERE cost = 10", CancellationToken.None);
        }

        var rows = await store.QueryShowbackAsync(From, To, CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Null(row.Bu);
        Assert.Equal(3m, row.Amount);
    }

    [Fact]
    public async Task QueryNotAllocated_LinesImportedAfterTheRun_CountedPerCurrency()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, tags: [new Tag("team", "a")]));
        await store.AllocateAsync(TwoUnits(), From, To, CancellationToken.None);
        await ImportBillAsync(store, Cost(4m), Cost(1.5m), Cost(5m, currency: "EUR"), Cost(7m, aiScope: false));

        var missing = await store.QueryNotAllocatedAsync(From, To, CancellationToken.None);

        Assert.Equal([new NotAllocatedLines("EUR", 1, 5m), new NotAllocatedLines("USD", 2, 5.5m)], missing);
    }

    [Fact]
    public async Task QueryNotAllocated_UncoveredTelemetryImportedAfterTheRun_CountedButCoveredTelemetryNot()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, tags: [new Tag("team", "a")]));
        await store.AllocateAsync(TwoUnits(), From, To, CancellationToken.None);
        // The bill is azure: azure telemetry is covered by it (never allocated itself); mistral telemetry no bill covers.
        await ImportBillAsync(store, TeamUsage(0.5m, "a", provider: "azure"), TeamUsage(0.25m, "a", model: "mistral-large", provider: "mistral"));

        var missing = await store.QueryNotAllocatedAsync(From, To, CancellationToken.None);

        Assert.Equal([new NotAllocatedLines("USD", 1, 0.25m)], missing);
    }

    [Fact]
    public async Task QueryLatestAllocatedMonth_NothingAllocated_IsNull()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(1m));

        Assert.Null(await store.QueryLatestAllocatedMonthAsync(CancellationToken.None));
        Assert.Empty(await store.QueryShowbackAsync(From, To, CancellationToken.None));
    }

    [Fact]
    public async Task Acknowledgements_RecordedTwice_HistoryKeptAndLatestCounts()
    {
        await using var store = await OpenAsync(temp);
        var first = new BuAcknowledgement("finance", "cfo", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), "first");
        var other = new BuAcknowledgement("legal", "general-counsel", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), null);
        var second = new BuAcknowledgement("finance", "acting-cfo", new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), null);
        await store.RecordAcknowledgementAsync(first, CancellationToken.None);
        await store.RecordAcknowledgementAsync(other, CancellationToken.None);
        await store.RecordAcknowledgementAsync(second, CancellationToken.None);

        var history = await store.QueryAcknowledgementsAsync(CancellationToken.None);

        Assert.Equal([first, other, second], history);
        var latest = BuAcknowledgement.LatestPerBu(history);
        Assert.Equal("acting-cfo", latest["finance"].Owner);
        Assert.Equal(2, latest.Count);
    }

    private static string Text(ShowbackRow r) => string.Join(
        '|',
        r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        r.Bu ?? "-",
        r.Initiative ?? "-",
        r.Provider,
        r.Method,
        r.RuleKind ?? "-",
        r.Fallback,
        r.Reason ?? "-",
        r.LineKind,
        r.Currency,
        (r.Amount / 1.0000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture),
        (r.Gross / 1.0000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
