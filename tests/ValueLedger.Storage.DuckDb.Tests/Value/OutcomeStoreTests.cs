using DuckDB.NET.Data;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Tests.Value;

public sealed class OutcomeStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 15, 0, TimeSpan.Zero);

    private readonly TempLedger temp = new();

    private static OutcomeClaim Claim(string initiative = "support", decimal? value = 123.456789m, long? corrects = null) =>
        new(initiative, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10), 40, 3, value, "USD", "https://evidence/1", corrects);

    [Fact]
    public async Task Agree_ThenQuery_RoundTripsWithItsAuditEntry()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var agreement = new AttributionAgreement("support", AttributionMethodKind.DifferenceInDifferences, "ticket resolved", 12.50m, "USD", "cfo", At);

        await store.AgreeAttributionAsync(agreement, "cfo", CancellationToken.None);

        Assert.Equal(agreement, Assert.Single(await store.QueryAgreementsAsync("support", CancellationToken.None)));
        Assert.Empty(await store.QueryAgreementsAsync("other", CancellationToken.None));
        var audit = Assert.Single(await store.QueryAuditAsync(null, null, null, 10, CancellationToken.None));
        Assert.Equal((1L, "cfo", AuditActions.AttributionAgree, "initiative:support", At), (audit.Seq, audit.Actor, audit.Action, audit.Subject, audit.At));
        Assert.Equal("""{"method":"difference-in-differences","metricDefinition":"ticket resolved","valuePerOutcome":"12.5","currency":"USD"}""", audit.Details);
    }

    [Fact]
    public async Task Record_TwoBatches_IdsAreMaxPlusOneAndEveryRecordAudited()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

        var first = await store.RecordOutcomesAsync([Claim(), Claim(value: null)], "owner", At, CancellationToken.None);
        var second = await store.RecordOutcomesAsync([Claim(corrects: 1)], "owner", At, CancellationToken.None);

        Assert.Equal([1L, 2L], first);
        Assert.Equal([3L], second);
        var records = await store.QueryOutcomesAsync(null, CancellationToken.None);
        Assert.Equal(new OutcomeRecord(1, Claim(), "owner", At, OutcomeStatus.Claimed, null, null, null), records[0]);
        Assert.Null(records[1].Claim.Value);
        Assert.Equal(1L, records[2].Claim.Corrects);
        var audit = await store.QueryAuditAsync("outcome:*", null, null, 10, CancellationToken.None);
        Assert.Equal(["outcome:3", "outcome:2", "outcome:1"], audit.Select(a => a.Subject));
        Assert.All(audit, a => Assert.Equal(AuditActions.OutcomeRecord, a.Action));
    }

    [Fact]
    public async Task Review_SecondReview_RefusedAndTheFirstKept()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.RecordOutcomesAsync([Claim()], "owner", At, CancellationToken.None);

        await store.ReviewOutcomeAsync(1, OutcomeStatus.Validated, "cfo", "checked", At.AddDays(1), CancellationToken.None);
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => store.ReviewOutcomeAsync(1, OutcomeStatus.Rejected, "cfo", "oops", At.AddDays(2), CancellationToken.None));

        Assert.Equal("outcome 1 was already validated by cfo; a reviewed record is never changed: record a correction", error.Message);
        var record = Assert.Single(await store.QueryOutcomesAsync("support", CancellationToken.None));
        Assert.Equal((OutcomeStatus.Validated, "cfo", At.AddDays(1), "checked"), (record.Status, record.ReviewedBy, record.ReviewedAt, record.ReviewReason));
        var audit = await store.QueryAuditAsync("outcome:1", null, null, 10, CancellationToken.None);
        Assert.Equal([AuditActions.OutcomeValidate, AuditActions.OutcomeRecord], audit.Select(a => a.Action));
        Assert.Equal("checked", audit[0].Reason);
    }

    [Fact]
    public async Task Review_UnknownOutcome_Refused()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ValueRuleException>(() => store.ReviewOutcomeAsync(7, OutcomeStatus.Validated, "cfo", null, At, CancellationToken.None));

        Assert.Equal("there is no outcome 7", error.Message);
        Assert.Empty(await store.QueryAuditAsync(null, null, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ReviewTable_SecondRowForOneOutcome_RefusedByThePrimaryKey()
    {
        await using (var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None))
        {
            await store.RecordOutcomesAsync([Claim()], "owner", At, CancellationToken.None);
            await store.ReviewOutcomeAsync(1, OutcomeStatus.Rejected, "cfo", "no evidence", At, CancellationToken.None);
        }

        await using var connection = new DuckDBConnection($"DataSource={temp.PathOf()}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO outcome_reviews VALUES (1, 'validated', 'sneaky', TIMESTAMP '2026-03-05 00:00:00', NULL)";
        await Assert.ThrowsAnyAsync<DuckDBException>(() => command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Import_SameSha256Twice_SecondRefusedNamingTheFirstImport()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

        var ids = await store.ImportOutcomesAsync([Claim(), Claim()], "claims.csv", "ab12", "owner", At, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ValueRuleException>(() => store.ImportOutcomesAsync([Claim()], "copy.csv", "ab12", "other", At.AddHours(1), CancellationToken.None));

        Assert.Equal([1L, 2L], ids);
        Assert.Equal("copy.csv: this file (sha256 ab12) was already imported by owner at 2026-03-02T08:15:00Z (2 outcome record(s)); nothing imported", error.Message);
        Assert.Equal(2, (await store.QueryOutcomesAsync(null, CancellationToken.None)).Count);
        var audit = await store.QueryAuditAsync("outcome:1", null, null, 1, CancellationToken.None);
        Assert.Contains("\"file\":\"claims.csv\",\"sha256\":\"ab12\"", audit[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_BadRowInBatch_NothingStored()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var bad = Claim() with { PeriodEnd = new DateOnly(2026, 1, 1) };

        await Assert.ThrowsAnyAsync<DuckDBException>(() => store.RecordOutcomesAsync([Claim(), bad], "owner", At, CancellationToken.None));

        Assert.Empty(await store.QueryOutcomesAsync(null, CancellationToken.None));
        Assert.Empty(await store.QueryAuditAsync(null, null, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Audit_FromToAndLimit_NewestFirstWithinTheHalfOpenPeriod()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        for (var day = 0; day < 4; day++)
        {
            await store.RecordOutcomesAsync([Claim()], "owner", At.AddDays(day), CancellationToken.None);
        }

        var window = await store.QueryAuditAsync(null, new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 5, 8, 15, 0, DateTimeKind.Utc), 10, CancellationToken.None);
        var limited = await store.QueryAuditAsync(null, null, null, 1, CancellationToken.None);

        Assert.Equal([3L, 2L], window.Select(a => a.Seq));
        Assert.Equal(4L, Assert.Single(limited).Seq);
    }

    [Fact]
    public async Task TransitionsReader_RetiredRow_ReadBack()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await using (var connection = store.OpenConnection())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO stage_transitions VALUES ('support', 'pilot', 'retired', 'admin', TIMESTAMP '2026-02-10 12:00:00', 'laggard')";
            await command.ExecuteNonQueryAsync();
        }

        var transitions = await store.QueryTransitionsAsync("support", CancellationToken.None);

        Assert.Equal(new StageTransition("support", InitiativeStage.Pilot, InitiativeStage.Retired, "admin", new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.Zero), "laggard"), Assert.Single(transitions));
    }

    public void Dispose() => temp.Dispose();
}
