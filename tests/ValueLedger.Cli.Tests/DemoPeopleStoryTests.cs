using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Cli.Tests;

/// <summary>The demo's people story: reliance, review burden, capacity, surveys and registers tell what they should.</summary>
public sealed class DemoPeopleStoryTests
{
    [Fact]
    public async Task SupportCopilot_Reviews_OverRelianceEarlyThenCalibratedWithFallingReviewBurden()
    {
        var reviews = (await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync()).Reviews
            .Where(r => r.Initiative == "support-copilot").OrderBy(r => r.PeriodStart).ToList();

        Assert.Equal(12, reviews.Count);
        Assert.True(reviews[0].Overrides * 3 < reviews[0].AiErrors); // 2 % overridden while 9 % wrong
        Assert.InRange(reviews[^1].Overrides / (double)reviews[^1].AiErrors, 0.9, 1.5); // 6 % against 5 %
        Assert.True(reviews[^1].ReviewMinutes / reviews[^1].Outputs < reviews[0].ReviewMinutes / reviews[0].Outputs / 2);
        Assert.All(reviews, r => Assert.True(r.People >= 5));
    }

    [Fact]
    public async Task CodeReviewBot_Reviews_UnderRelianceEveryMonth()
    {
        var reviews = (await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync()).Reviews.Where(r => r.Initiative == "code-review-bot").ToList();

        Assert.Equal(10, reviews.Count); // from 2026-01
        Assert.All(reviews, r => Assert.True(r.Overrides > 2 * r.AiErrors));
    }

    [Fact]
    public async Task ContractReview_Reviews_ByFewerPeopleThanTheThreshold()
    {
        var reviews = (await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync()).Reviews.Where(r => r.Initiative == "contract-review").ToList();

        Assert.NotEmpty(reviews);
        Assert.All(reviews, r => Assert.InRange(r.People, 1, 4));
    }

    [Fact]
    public async Task Capacity_DemoYear_SplitBetweenRedeployedCostReducedAndNotCaptured()
    {
        var capacity = (await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync()).Capacity;
        var support = capacity.Where(c => c.Initiative == "support-copilot").OrderBy(c => c.PeriodStart).ToList();
        var invoices = capacity.Where(c => c.Initiative == "invoice-extraction").ToList();

        Assert.All(capacity, c => Assert.True(c.HoursRedeployed + c.HoursCostReduced <= c.HoursSaved));
        Assert.True(support[0].HoursNotCaptured > support[0].HoursSaved / 2); // three quarters not captured at first
        Assert.True(support[^1].HoursNotCaptured < support[^1].HoursSaved / 2);
        Assert.True(invoices.Sum(c => c.HoursCostReduced) > invoices.Sum(c => c.HoursRedeployed));
        Assert.Equal(0m, capacity.Where(c => c.Initiative == "code-review-bot").Sum(c => c.HoursCostReduced));
    }

    [Fact]
    public async Task Surveys_DemoYear_ConfidentExecutivesLessReadyManagersAndASingleLegalRespondent()
    {
        var facts = await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync();
        decimal Mean(SurveyMeasure m) => facts.SurveyResponses.Where(r => r.Measure == m).Average(r => r.Score);

        Assert.InRange(Mean(SurveyMeasure.ExecutiveConfidence), 75m, 85m);
        Assert.InRange(Mean(SurveyMeasure.PerceivedRegularUse), 64m, 76m);
        Assert.InRange(Mean(SurveyMeasure.ManagerReadiness), 50m, 60m);
        Assert.All(
            facts.SurveyResponses.Where(r => r.Measure == SurveyMeasure.ExecutiveConfidence && r.OrgUnit == "legal").GroupBy(r => r.Day),
            g => Assert.Single(g));
        Assert.Equal(2 * 7, facts.SurveyAggregates.Count); // manager readiness of two months, seven units
        Assert.All(facts.SurveyAggregates, a => Assert.True(a.Respondents >= 5));
    }

    [Fact]
    public async Task Registers_Demo_RoleChangesOfEveryKindAndOneResistanceInProgress()
    {
        var world = await DemoPeopleWorld.SeedAsync();
        var roles = await world.People.ListRoleChangesAsync(CancellationToken.None);
        var resistances = OperatingModelRegisters.Resistances(await world.People.ListResistancesAsync(CancellationToken.None));

        Assert.Equal(Enum.GetValues<RoleChangeKind>().Order(), roles.Select(r => r.Kind).Distinct().Order());
        Assert.Equal(3, Assert.Single(roles, r => r.Id == "invoice-keyer").PeopleAffected);
        Assert.All(roles.Where(r => r.Id != "invoice-keyer"), r => Assert.True(r.PeopleAffected >= 5));
        var edited = Assert.Single(resistances, r => r.Status == ResistanceStatus.InProgress);
        Assert.Equal(("engineering-surveillance", "cto"), (edited.Id, edited.UpdatedBy));
        Assert.Equal(5, resistances.Count);
    }

    [Fact]
    public async Task RoleRegister_Demo_InvoiceKeyersBelowThresholdAugmentedRolesShown()
    {
        var report = await (await DemoPeopleWorld.SeedAsync()).Reports().RolesAsync(CancellationToken.None);
        CellState State(string id) => report.Rows.Single(r => r.Id == id).PeopleAffected.State;

        Assert.Equal(CellState.BelowThreshold, State("invoice-keyer"));
        Assert.Equal(CellState.Value, State("support-agent"));
        Assert.Equal(CellState.Value, State("code-reviewer"));
        Assert.True(report.Rows.Count(r => r.PeopleAffected.State == CellState.Value) >= 4, string.Join(", ", report.Rows.Select(r => $"{r.Id} {r.PeopleAffected}")));
    }

    [Fact]
    public async Task LegacyMetrics_FirstThreeMonths_AgreeWithPerPersonDays()
    {
        var facts = await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync();
        var day = new DateOnly(2025, 12, 3);
        var organisation = Assert.Single(facts.TeamActivity, a => a.Team.Length == 0 && a.Day == day);

        Assert.True(facts.TeamActivity.All(a => a.Day < new DateOnly(2026, 2, 1)));
        Assert.Contains(facts.TeamActivity, a => a.Team == "eng-web");
        Assert.DoesNotContain(facts.TeamActivity, a => a.Team.StartsWith("support", StringComparison.Ordinal));
        Assert.True(organisation.ActiveUsers > organisation.EngagedUsers);
        Assert.Equal(CellState.Value, Suppression.Count(organisation.ActiveUsers, 5).State);
    }
}
