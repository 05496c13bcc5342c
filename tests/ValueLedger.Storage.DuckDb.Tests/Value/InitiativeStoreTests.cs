using DuckDB.NET.Data;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Tests.Value;

public sealed class InitiativeStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    private static JCurveDeclaration Declaration(decimal depth = 50m) =>
        new("support-copilot", 0, new DateOnly(2026, 1, 1), 100.25m, 2, depth, 4, 100m, 0.1m, "USD", "head-support", At, null, null);

    [Fact]
    public async Task DeclareJCurve_TwoVersions_NumbersThemAndKeepsBoth()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        Assert.Equal(1, await store.DeclareJCurveAsync(Declaration(), CancellationToken.None));
        await store.SignJCurveAsync("support-copilot", 1, "vp-support", At.AddHours(1), CancellationToken.None);
        Assert.Equal(2, await store.DeclareJCurveAsync(Declaration(80m), CancellationToken.None));

        var versions = await store.QueryJCurvesAsync("support-copilot", CancellationToken.None);

        Assert.Equal(2, versions.Count);
        Assert.Equal(Declaration() with { Version = 1, SignedBy = "vp-support", SignedAt = At.AddHours(1) }, versions[0]);
        Assert.Equal(80m, versions[1].TroughDepth);
        Assert.False(versions[1].IsSigned);
        Assert.Empty(await store.QueryJCurvesAsync("other", CancellationToken.None));
        Assert.Equal(2, (await store.QueryJCurvesAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task SignJCurve_TwiceOrMissing_ThrowsAndWritesNothing()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.DeclareJCurveAsync(Declaration(), CancellationToken.None);
        await store.SignJCurveAsync("support-copilot", 1, "vp-support", At, CancellationToken.None);

        var twice = await Assert.ThrowsAsync<ValueRuleException>(() => store.SignJCurveAsync("support-copilot", 1, "root", At, CancellationToken.None));
        var missing = await Assert.ThrowsAsync<ValueRuleException>(() => store.SignJCurveAsync("support-copilot", 7, "root", At, CancellationToken.None));

        Assert.Contains("already signed", twice.Message, StringComparison.Ordinal);
        Assert.Contains("no J-curve version 7", missing.Message, StringComparison.Ordinal);
        Assert.Equal("vp-support", (await store.QueryJCurvesAsync(null, CancellationToken.None))[0].SignedBy);
        Assert.Equal(["jcurve.declare jcurve:support-copilot@1", "jcurve.sign jcurve:support-copilot@1"], await AuditAsync());
    }

    [Fact]
    public async Task ReadinessAndTransitions_RoundTripOldestFirstWithAudit()
    {
        await using (var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None))
        {
            var first = new ReadinessEntry("support-copilot", ReadinessControl.SopsAndRunbooks, ReadinessState.InProgress, null, null, "head-support", At);
            var second = first with { State = ReadinessState.Waived, Reason = "no SOP for a read-only bot", Actor = "cfo" };
            await store.SetReadinessAsync(first, CancellationToken.None);
            await store.SetReadinessAsync(second, CancellationToken.None);
            var transition = new StageTransition("support-copilot", InitiativeStage.Experiment, InitiativeStage.Pilot, "head-support", At, null);
            await store.RecordTransitionAsync(transition, CancellationToken.None);
            await store.RecordTransitionAsync(transition with { From = InitiativeStage.Pilot, To = InitiativeStage.Retired, Reason = "laggard" }, CancellationToken.None);

            Assert.Equal([first, second], await store.QueryReadinessAsync("support-copilot", CancellationToken.None));
            var transitions = await store.QueryTransitionsAsync(null, CancellationToken.None);
            Assert.Equal([InitiativeStage.Pilot, InitiativeStage.Retired], transitions.Select(t => t.To));
            Assert.Equal("laggard", transitions[1].Reason);
        }

        Assert.Equal(
            ["readiness.set initiative:support-copilot", "readiness.set initiative:support-copilot", "initiative.transition initiative:support-copilot", "initiative.transition initiative:support-copilot"],
            await AuditAsync());
    }

    private async Task<List<string>> AuditAsync()
    {
        await using var connection = new DuckDBConnection($"Data Source={temp.PathOf()}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT action || ' ' || subject FROM audit_log ORDER BY seq";
        await using var rows = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await rows.ReadAsync())
        {
            result.Add(rows.GetString(0));
        }

        return result;
    }
}
