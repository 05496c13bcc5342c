using ValueLedger.Core.People;
using ValueLedger.Core.Value;
using ValueLedger.Storage.DuckDb.Tests.Contract;
using static ValueLedger.Storage.DuckDb.Tests.People.PeopleStoreTests;

namespace ValueLedger.Storage.DuckDb.Tests.People;

public sealed class PeopleRegisterAndKeyTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SaveResistance_SameIdTwice_KeepsTheLatestAndAuditsBoth()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var entry = OperatingModelRegisters.Seeds[0] with { Owner = "cto", UpdatedAt = At, UpdatedBy = "admin" };
        await store.SaveResistanceAsync(entry, CancellationToken.None);
        await store.SaveResistanceAsync(entry with { Status = ResistanceStatus.InProgress, UpdatedAt = At.AddDays(1) }, CancellationToken.None);

        var saved = Assert.Single(await store.ListResistancesAsync(CancellationToken.None));
        Assert.Equal(entry with { Status = ResistanceStatus.InProgress, UpdatedAt = At.AddDays(1) }, saved);
        Assert.Equal(2, (await store.QueryAuditAsync("resistance:" + entry.Id, null, null, 10, CancellationToken.None)).Count(e => e.Action == AuditActions.RegisterResistance));
    }

    [Fact]
    public async Task SaveRoleChange_Saved_ListedAndAuditedWithoutTheCount()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var change = new RoleChange("claims-handler", "Claims handler", "operations", RoleChangeKind.Changed, 3, "triage training", 40, At, "hr");
        await store.SaveRoleChangeAsync(change, CancellationToken.None);

        Assert.Equal(change, Assert.Single(await store.ListRoleChangesAsync(CancellationToken.None)));
        var audit = Assert.Single(await store.QueryAuditAsync("role:claims-handler", null, null, 10, CancellationToken.None));
        Assert.Equal(AuditActions.RegisterRole, audit.Action);
        Assert.DoesNotContain("3", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetKeyFingerprint_FirstSameOther_RecordsKeepsThrows()
    {
        var path = temp.PathOf();
        await using (var store = await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None))
        {
            Assert.Null(await store.GetKeyFingerprintAsync(CancellationToken.None));
            await store.SetKeyFingerprintAsync("aaaa", CancellationToken.None);
            await store.SetKeyFingerprintAsync("aaaa", CancellationToken.None);
            await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetKeyFingerprintAsync("bbbb", CancellationToken.None));
        }

        await using var reopened = await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None);
        Assert.Equal("aaaa", await reopened.GetKeyFingerprintAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RekeyPersonHashes_PeopleAndTelemetry_RewritesEveryHashInOneGo()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.SetKeyFingerprintAsync("old", CancellationToken.None);
        await store.ImportPeopleAsync(File("p.csv", "p"), new PeopleFacts
        {
            Memberships = [new("h1", "payments", March, null, "roster")],
            Seats = [new("h1", "copilot", March, null)],
            Learning = [new("h2", LearningKind.Training, "t", March)],
            ActiveDays = [new("h1", March, "copilot")],
            SurveyResponses = [new("payments", SurveyMeasure.Trust, March, 50m, "h3")],
        }, CancellationToken.None);
        var sept = SpendRecordBuilder.September;
        await EndUserRecords.ImportAsync(store, "otlp.json", [EndUserRecords.Usage(sept, "h1"), EndUserRecords.Usage(sept, "h4"), EndUserRecords.Usage(sept, null)]);

        var rewritten = await store.RekeyPersonHashesAsync(h => "new-" + h, "new", "admin", At, CancellationToken.None);

        Assert.Equal(4, rewritten);
        Assert.Equal("new", await store.GetKeyFingerprintAsync(CancellationToken.None));
        var facts = await store.LoadPeopleFactsAsync(March, April, CancellationToken.None);
        Assert.Equal("new-h1", Assert.Single(facts.Memberships).Person);
        Assert.Equal("new-h1", Assert.Single(facts.Seats).Person);
        Assert.Equal("new-h2", Assert.Single(facts.Learning).Person);
        Assert.Equal("new-h1", Assert.Single(facts.ActiveDays).Person);
        Assert.Equal("new-h3", Assert.Single(facts.SurveyResponses).Respondent);
        var september = DateOnly.FromDateTime(sept);
        var telemetry = await store.LoadPeopleFactsAsync(september, september.AddDays(1), CancellationToken.None);
        Assert.Equal(["new-h1", "new-h4"], telemetry.ActiveDays.Select(a => a.Person));
        var audit = Assert.Single(await store.QueryAuditAsync("ledger", null, null, 10, CancellationToken.None));
        Assert.Equal(AuditActions.SecretRotate, audit.Action);
    }

    [Fact]
    public async Task RekeyPersonHashes_FunctionThrows_ChangesNothing()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.SetKeyFingerprintAsync("old", CancellationToken.None);
        await store.ImportPeopleAsync(File("p.csv", "p"), new PeopleFacts { Seats = [new("h1", "copilot", March, null)] }, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RekeyPersonHashesAsync(_ => throw new InvalidOperationException("boom"), "new", "admin", At, CancellationToken.None));

        Assert.Equal("old", await store.GetKeyFingerprintAsync(CancellationToken.None));
        Assert.Equal("h1", Assert.Single((await store.LoadPeopleFactsAsync(March, April, CancellationToken.None)).Seats).Person);
    }
}
