using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>What the DuckDB store writes, and what survives a process stopping mid-import.</summary>
public sealed class DuckDbImportTests : IDisposable
{
    private static readonly DateTimeOffset StartedAt = new(2024, 10, 2, 8, 0, 0, TimeSpan.Zero);
    /// <summary>More rows than a DuckDB row group (122,880): an insert writes full ones to the file before the commit.</summary>
    private const int MoreThanARowGroup = 130_000;

    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Crash_LedgerFilesCopiedMidImport_OpenWithPreviousLedgerOnly()
    {
        var path = temp.PathOf();
        await using var store = await OpenAsync(path);
        await CommitAsync(store, "a.csv", [Usage(key: "a", cost: 1m)]);
        await using var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None);
        for (var i = 0; i < MoreThanARowGroup; i++)
        {
            session.Append(Usage(key: $"b{i}", cost: 1m));
        }

        // What a process killed now leaves on disk: the ledger file (with the full row groups of the
        // import written to it, unreferenced) and its write-ahead log.
        var snapshot = temp.PathOf("snapshot.duckdb");
        File.Copy(path, snapshot);
        if (File.Exists(path + ".wal"))
        {
            File.Copy(path + ".wal", snapshot + ".wal");
        }

        await using var recovered = await OpenAsync(snapshot);
        var total = Assert.Single(await recovered.QuerySpendAsync(new SpendQuery([], null, null, SpendScope.All), CancellationToken.None));
        Assert.Equal(1m, total.Cost);
        Assert.Equal(1, total.TelemetryRecords);
        Assert.Single(await recovered.ListSourcesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_AfterMoreThanARowGroup_LedgerUnchangedAndNextImportLands()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await CommitAsync(store, "a.csv", [Usage(key: "a", cost: 1m)]);

        await using (var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None))
        {
            for (var i = 0; i < MoreThanARowGroup; i++)
            {
                session.Append(Usage(key: $"b{i}", cost: 1m));
            }
        }

        await CommitAsync(store, "c.csv", [Usage(key: "c", cost: 2m)]);
        var total = Assert.Single(await store.QuerySpendAsync(new SpendQuery([], null, null, SpendScope.All), CancellationToken.None));
        Assert.Equal(3m, total.Cost);
        Assert.Equal(2, total.TelemetryRecords);
        Assert.Equal([1L, 2L], (await store.ListSourcesAsync(CancellationToken.None)).Select(s => s.Id));
    }

    [Fact]
    public async Task Commit_OverlapsHeldKeysBeyondARowGroup_SkipsThemAndCountsEach()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await CommitAsync(store, "a.csv", Enumerable.Range(0, 1000).Select(i => Usage(key: $"k{i}", cost: 1m)));

        await using var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None);
        for (var i = 0; i < MoreThanARowGroup; i++)
        {
            session.Append(Usage(key: $"k{i}", cost: 1m));
        }

        var result = await session.CommitAsync(new ImportStatistics(MoreThanARowGroup, 0, null), CancellationToken.None);

        Assert.Equal(MoreThanARowGroup - 1000, result.RowsInserted);
        Assert.Equal(1000, result.RowsSkippedAsDuplicate);
        Assert.Equal(MoreThanARowGroup, Assert.Single(await store.QuerySpendAsync(new SpendQuery([], null, null, SpendScope.All), CancellationToken.None)).Cost);
    }

    [Fact]
    public async Task RecordAttempt_WhileSessionOpen_TakesTheIdAfterTheSessions()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await CommitAsync(store, "a.csv", [Usage(key: "a")]);
        await using var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None);
        session.Append(Usage(key: "b"));

        await store.RecordAttemptAsync(Manifest("c.csv"), ImportOutcome.Failed, new ImportStatistics(1, 1, "bad"), CancellationToken.None);
        var result = await session.CommitAsync(new ImportStatistics(1, 0, null), CancellationToken.None);

        Assert.Equal(2, result.SourceId);
        Assert.Equal(
            ["1 a.csv Imported", "2 b.csv Imported", "3 c.csv Failed"],
            (await store.ListSourcesAsync(CancellationToken.None)).Select(s => $"{s.Id} {s.FileName} {s.Outcome}"));
    }

    [Fact]
    public async Task Commit_Records_StoredColumnByColumn()
    {
        await using var store = await OpenAsync(temp.PathOf());
        var usage = Usage(key: "req-1", cost: 0.5m, tags: [new Tag(" Org", "alpha"), new Tag("ORG", "beta"), new Tag("n", null)]);
        await CommitAsync(store, "usage.ndjson", [usage, Cost(10m, key: "line-1")], format: "litellm");
        await using var connection = store.OpenConnection();

        Assert.Equal(
            "1|0|litellm|usage|req-1|openai|{\" Org\":\"alpha\",\"ORG\":\"beta\",\"n\":null}|{\"org\":\"alpha\",\"n\":null}|2024-09-10 12:00:00|true",
            await LedgerFileTests.ScalarAsync(connection, """
                SELECT concat_ws('|', source_id, seq, format, kind, record_key, provider, tags, tags_norm, charge_period_start, ai_scope)
                FROM spend_records WHERE kind = 'usage'
                """));
        Assert.Equal(
            "cost|acct-1|2024-09-01 00:00:00|2024-10-01 00:00:00|10.000000000000000000|EffectiveCost",
            await LedgerFileTests.ScalarAsync(connection, """
                SELECT concat_ws('|', kind, billing_account_id, billing_period_start, billing_period_end, effective_cost, cost_measure)
                FROM spend_records WHERE kind = 'cost'
                """));
    }

    [Fact]
    public async Task Commit_TagKeysAlreadyNormalised_TagsNormReadsTagsWithoutStoringThemTwice()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await CommitAsync(store, "usage.ndjson", [Usage(key: "req-1", tags: [new Tag("org", "alpha"), new Tag("env", null)])]);
        await using var connection = store.OpenConnection();

        Assert.Equal(
            "{\"org\":\"alpha\",\"env\":null}|{\"org\":\"alpha\",\"env\":null}|true",
            await LedgerFileTests.ScalarAsync(connection, "SELECT concat_ws('|', tags, tags_norm, tags_norm_override IS NULL) FROM spend_records"));
    }

    [Fact]
    public async Task Append_AmountBeyondDecimal38_18_ThrowsNamingField()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await using var session = await store.BeginImportAsync(Manifest("a.csv"), CancellationToken.None);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => session.Append(Usage(cost: 100_000_000_000_000_000_000m)));

        Assert.Contains("Cost", error.Message);
    }

    [Fact]
    public async Task Commit_AmountWithMoreThan18Decimals_RoundedHalfEven()
    {
        await using var store = await OpenAsync(temp.PathOf());

        await CommitAsync(store, "a.csv", [Usage(cost: 0.0000000000000000015m), Usage(cost: 0.0000000000000000025m)]);

        var total = Assert.Single(await store.QuerySpendAsync(new SpendQuery([], null, null, SpendScope.Ai), CancellationToken.None));
        Assert.Equal(0.000000000000000004m, total.Cost);
    }

    [Fact]
    public async Task Commit_TenMegabyteField_StoredWhole()
    {
        await using var store = await OpenAsync(temp.PathOf());
        var huge = new string('x', 10 * 1024 * 1024);
        var line = Cost(1m);

        await CommitAsync(store, "a.csv", [new SpendRecord
        {
            Kind = line.Kind,
            RecordKey = line.RecordKey,
            Provider = line.Provider,
            ChargeDescription = huge,
            ChargePeriodStart = line.ChargePeriodStart,
            ChargePeriodEnd = line.ChargePeriodEnd,
            Cost = 1m,
            Currency = "USD",
            AiScope = true,
        }]);

        await using var connection = store.OpenConnection();
        Assert.Equal((long)huge.Length, await LedgerFileTests.ScalarAsync(connection, "SELECT length(charge_description)::BIGINT FROM spend_records"));
    }

    [Fact]
    public async Task Commit_Cancelled_ThrowsAndLedgerUnchanged()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await CommitAsync(store, "a.csv", [Usage(key: "a", cost: 1m)]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await using (var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None))
        {
            session.Append(Usage(key: "b", cost: 2m));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CommitAsync(new ImportStatistics(1, 0, null), cancelled.Token));
        }

        Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
        Assert.Equal(1m, Assert.Single(await store.QuerySpendAsync(new SpendQuery([], null, null, SpendScope.Ai), CancellationToken.None)).Cost);
    }

    [Fact]
    public async Task Reprice_Progress_ReportsRecordsRead()
    {
        await using var store = await OpenAsync(temp.PathOf());
        await CommitAsync(store, "a.csv", [Usage(cost: null), Usage(cost: null), Usage(cost: 1m)]);
        var reported = new List<long>();

        await store.RepriceAsync(new Contract.FakePricer(new Dictionary<string, (decimal, decimal)>()), null, null, new SynchronousProgress(reported), CancellationToken.None);

        Assert.Equal([2L], reported);
    }

    [Fact]
    public async Task FinishedAt_ComesFromTheConfiguredClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options with { TimeProvider = clock }, CancellationToken.None);

        await CommitAsync(store, "a.csv", [Usage()]);

        Assert.Equal(clock.Now, Assert.Single(await store.ListSourcesAsync(CancellationToken.None)).FinishedAt);
    }

    private static Task<DuckDbSpendStore> OpenAsync(string path) => DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None);

    private static ImportManifest Manifest(string fileName, string format = "test-usage") =>
        new(fileName, fileName.PadLeft(64, '0'), 10, format, ReplacementPolicy.SkipDuplicateKeys, StartedAt);

    private static async Task CommitAsync(DuckDbSpendStore store, string fileName, IEnumerable<SpendRecord> records, string format = "test-usage")
    {
        await using var session = await store.BeginImportAsync(Manifest(fileName, format), CancellationToken.None);
        foreach (var record in records)
        {
            session.Append(record);
        }

        var result = await session.CommitAsync(new ImportStatistics(0, 0, null), CancellationToken.None);
        Assert.True(result.Succeeded, result.Conflict);
    }

    private sealed class SynchronousProgress(List<long> reported) : IProgress<long>
    {
        public void Report(long value) => reported.Add(value);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now => now;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
