using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;
using ValueLedger.Web.People;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Tests.People;

/// <summary>What each user may see of an adoption or conviction report: a bu-owner gets their units' teams, never the organisation.</summary>
public sealed class AdoptionViewTests
{
    private static readonly DateOnly Month = new(2026, 5, 1);
    private static readonly CurrentUser Admin = new("admin", [AccessRoles.Admin], null, viaToken: true);
    private static readonly CurrentUser Owner = new("head-of-support", [AccessRoles.BuOwner], new HashSet<string> { "customer-support" }, viaToken: true);

    [Fact]
    public void AdoptionView_Admin_AllTeamsAndOrganisationParts()
    {
        var view = AdoptionView.For(Report(), Admin, null);

        Assert.Equal(["support-emea", "sales-emea"], view.Teams.Select(t => t.Team));
        Assert.Equal(20, view.Organisation!.Members.Shown);
        Assert.NotNull(view.Funnel);
        Assert.NotNull(view.Trend);
        Assert.NotNull(view.Quality);
        Assert.Equal(8, view.Rungs.Count);
    }

    [Fact]
    public void AdoptionView_BuOwner_OwnTeamsOnlyNoOrganisationFigures()
    {
        var view = AdoptionView.For(Report(), Owner, null);

        Assert.Equal(["support-emea"], view.Teams.Select(t => t.Team));
        Assert.Null(view.Organisation);
        Assert.Null(view.Funnel);
        Assert.Null(view.PerceptionGap);
        Assert.Null(view.Trend);
        Assert.Null(view.Quality);
    }

    [Fact]
    public void AdoptionView_AdminWithUnitFilter_ThatUnitsTeamsWithoutOrganisation()
    {
        var view = AdoptionView.For(Report(), Admin, "sales");

        Assert.Equal(["sales-emea"], view.Teams.Select(t => t.Team));
        Assert.Null(view.Organisation);
    }

    [Fact]
    public void AdoptionView_Csv_SuppressedInWordsAndSharesExact()
    {
        var rows = AdoptionView.For(Report(), Admin, null).CsvRows().ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["support-emea", "Support EMEA", "customer-support", "12", "0", "below threshold", "below threshold", "0", "5", "0", "0", "0", "41.67", "12"], rows[0]);
        Assert.Equal("below threshold", rows[1][3]);
        Assert.Null(rows[1][^1]);
        Assert.Equal("organisation", rows[2][0]);
        Assert.Equal(AdoptionView.CsvHeader.Count, rows[0].Count);
    }

    [Fact]
    public void ConvictionView_BuOwner_OwnUnitRowOnly()
    {
        var report = new ConvictionReport(Month, 5, [Unit("organisation"), Unit("customer-support"), Unit("sales")],
            [new ConvictionTrendPoint("organisation", Month, 40m), new ConvictionTrendPoint("customer-support", Month, 30m), new ConvictionTrendPoint("sales", Month, 20m)]);

        var owner = ConvictionView.For(report, Owner, null);
        var admin = ConvictionView.For(report, Admin, null);

        Assert.Equal(["customer-support"], owner.Units.Select(u => u.OrgUnit));
        Assert.Equal(["customer-support"], owner.Trend.Select(t => t.OrgUnit));
        Assert.Equal(["organisation", "customer-support", "sales"], admin.Units.Select(u => u.OrgUnit));
    }

    private static ConvictionUnit Unit(string id) => new(
        id, id, [new ConvictionScore(ConvictionLevel.ExecutiveConfidence, CellState.Value, 80m, 10, "survey")], null, null, null);

    private static AdoptionReport Report()
    {
        var support = new AdoptionTeamRow(
            "support-emea", "Support EMEA", "customer-support", PeopleCount.Of(12, 5),
            [PeopleCount.Of(0, 5), PeopleCount.BelowThreshold, PeopleCount.BelowThreshold, PeopleCount.Of(0, 5), PeopleCount.Of(5, 5), PeopleCount.Of(0, 5), PeopleCount.Of(0, 5), PeopleCount.Of(0, 5)],
            PeopleMeasure.Of(41.67m, 12, 5));
        var sales = new AdoptionTeamRow(
            "sales-emea", "Sales EMEA", "sales", PeopleCount.BelowThreshold, [.. Enumerable.Repeat(PeopleCount.BelowThreshold, 8)], PeopleMeasure.BelowThreshold);
        var organisation = support with { Team = "organisation", Name = "Organisation", BusinessUnit = string.Empty, Members = PeopleCount.Of(20, 5) };
        return new AdoptionReport(
            Month, 5, new PeopleSettings(), [support, sales], organisation,
            [new AdoptionFunnelStep(AdoptionRung.Access, PeopleCount.Of(20, 5), null)],
            new PerceptionGap(PeopleMeasure.Of(60m, 9, 5), PeopleMeasure.Of(41.67m, 12, 5), 18.33m),
            [new AdoptionMonth(Month, PeopleCount.Of(20, 5), PeopleMeasure.Of(41.67m, 12, 5))],
            new AdoptionDataQuality(PeopleCount.Of(0, 5), PeopleCount.BelowThreshold, PeopleCount.Of(0, 5)));
    }
}
