using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Importers.Organisation;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Cli.Tests;

/// <summary>`valueledger demo` end to end: the people story lands in the DuckDB ledger and the adoption ladder reads it.</summary>
public sealed class DemoPeopleLedgerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Demo_SmallLedger_PeopleStoryStoredAndLegalOpsBelowThreshold()
    {
        var result = await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "3000", "--data", _temp.File("data"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("People story: ", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("@northwind.example", result.Stdout, StringComparison.Ordinal);

        var org = OrganisationLoader.Load(_temp.File("data/organisation.yaml")).Organisation;
        await using var store = await DuckDbSpendStore.OpenAsync(_temp.Db, new DuckDbStoreOptions { MemoryLimit = "256MB", Threads = 2 }, CancellationToken.None);
        var imports = await store.ListPeopleImportsAsync(CancellationToken.None);
        var report = await new PeopleReports(org, store, store, store, store, store).AdoptionAsync(new DateOnly(2026, 10, 1), 12, CancellationToken.None);

        Assert.Equal(10, imports.Count);
        Assert.All(imports, i => Assert.Equal("demo", i.Format));
        Assert.Equal(CellState.BelowThreshold, report.Teams.Single(t => t.Team == "legal-ops").Members.State);
        Assert.True(report.Organisation.Members.Shown >= 100);
        Assert.True(report.Teams.Count(t => t.RegularUseShare.State == CellState.Value) >= 8,
            string.Join("\n", report.Teams.Select(t => $"{t.Team} {t.Members} {string.Join(" ", t.AtRung)} {t.RegularUseShare}")));
        Assert.True(report.PerceptionGap.GapPoints > 20m, report.PerceptionGap.ToString());
    }
}
