using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;

namespace ValueLedger.Cli.Tests;

/// <summary>The demo's adoption ladder as the reports compute it: the small team suppressed, a visible perception gap.</summary>
public sealed class DemoPeopleAdoptionTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    [Theory]
    [InlineData(200_000)]
    [InlineData(3_000)]
    public async Task Adoption_October2026_LegalOpsBelowThresholdOtherTeamsShown(long rows)
    {
        var report = await (await DemoPeopleWorld.SeedAsync(rows)).Reports().AdoptionAsync(October, 12, CancellationToken.None);

        var legalOps = Assert.Single(report.Teams, t => t.Team == "legal-ops");
        Assert.Equal(CellState.BelowThreshold, legalOps.Members.State);
        Assert.All(legalOps.AtRung, c => Assert.NotEqual(CellState.Value, c.State));
        Assert.Equal(CellState.BelowThreshold, legalOps.RegularUseShare.State);
        // Complementary suppression hides a few more cells so legal-ops' cannot be recovered by subtraction; most stay shown.
        Assert.InRange(report.Teams.Count(t => t.Members.Shown >= 10), 13, 15);
        Assert.InRange(report.Teams.Count(t => t.RegularUseShare.State == CellState.Value), 10, 15);
        Assert.Equal(CellState.Value, report.Organisation.Members.State);
        Assert.Equal(CellState.BelowThreshold, report.Quality.InSeveralTeams.State); // three people in two teams
    }

    [Fact]
    public async Task Adoption_October2026_PerceptionGapAndEngineeringAheadOfSales()
    {
        var report = await (await DemoPeopleWorld.SeedAsync()).Reports().AdoptionAsync(October, 12, CancellationToken.None);
        decimal Share(string team) => report.Teams.Single(t => t.Team == team).RegularUseShare.Shown!.Value;

        Assert.InRange(report.PerceptionGap.Believed.Shown!.Value, 65m, 78m);
        Assert.InRange(report.PerceptionGap.Measured.Shown!.Value, 20m, 45m);
        Assert.True(report.PerceptionGap.GapPoints > 25m);
        Assert.True(Share("eng-web") > Share("sales-amer") + 25m);
        Assert.Equal(0m, Share("marketing-growth"));
        var april = report.Trend.Single(m => m.Month == new DateOnly(2026, 4, 1));
        Assert.True(report.Trend[^1].RegularUseShare.Shown > april.RegularUseShare.Shown + 15m); // rising
        Assert.True(report.Organisation.AtRung[(int)AdoptionRung.MeasuredOutcome].Shown > 0); // validated outcomes reach the top rung
        Assert.Equal(CellState.Value, report.Quality.ActiveWithoutTeam.State);
    }
}
