using ValueLedger.Cli.Demo;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Importers.Organisation;
using static ValueLedger.Cli.Tests.DemoValueJCurveMath;

namespace ValueLedger.Cli.Tests;

/// <summary>The demo value story, seeded into in-memory stores and checked against the demo's measured monthly cost.</summary>
public sealed class DemoValueSeederTests
{
    private static readonly DateTimeOffset AfterTheYear = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SupportCopilot_DemoYear_PastBreakEvenByMid2026AndProductionReady()
    {
        var (outcomes, initiatives, _) = await SeedAsync();
        var curve = Assert.Single(initiatives.JCurves, j => j.Initiative == "support-copilot");

        Assert.Equal(new DateOnly(2025, 11, 1), curve.StartMonth);
        Assert.Equal(6, BreakEvenMonth(curve));
        Assert.True(ActualCumulative(outcomes, curve, 3) < -19m); // the dip, 2026-02
        Assert.True(ActualCumulative(outcomes, curve, 6) > 0m); // 2026-05
        Assert.Equal(10.33m, ActualCumulative(outcomes, curve, 6));
        Assert.All(Enumerable.Range(6, 6), t => Assert.True(ActualCumulative(outcomes, curve, t) > 0m));
        var latest = initiatives.Readiness.Where(r => r.Initiative == "support-copilot").GroupBy(r => r.Control).Select(g => g.Last()).ToList();
        Assert.Equal(5, latest.Count);
        Assert.All(latest, r => Assert.True(
            (r.State == ReadinessState.Evidenced && r.EvidenceLink!.StartsWith("https://", StringComparison.Ordinal))
            || (r.State == ReadinessState.Waived && r.Reason is { Length: > 20 } && r.Actor == "admin")));
        Assert.Single(latest, r => r.State == ReadinessState.Waived);
    }

    [Fact]
    public async Task SalesEmailDrafts_October2026_InExpectedDip()
    {
        var (outcomes, initiatives, _) = await SeedAsync();
        var curve = Assert.Single(initiatives.JCurves, j => j.Initiative == "sales-email-drafts");
        var t = 5; // 2026-10, from the 2026-05 start

        Assert.Equal(new DateOnly(2026, 5, 1), curve.StartMonth);
        Assert.Equal(3, curve.TroughMonth);
        Assert.Equal(10, BreakEvenMonth(curve));
        Assert.Equal(-72.5m, Math.Round(Cumulative(curve, t), 2));
        var actual = ActualCumulative(outcomes, curve, t);
        Assert.Equal(-61.06m, actual);
        Assert.True(Math.Abs(actual - Cumulative(curve, t)) < BandHalfWidth(curve, t)); // within the band, before break-even
        Assert.True(actual < 0m);
    }

    [Fact]
    public async Task ContentStudio_October2026_LaggardWithFlatValidatedOutcomes()
    {
        var (outcomes, initiatives, _) = await SeedAsync();
        var curve = Assert.Single(initiatives.JCurves, j => j.Initiative == "content-studio");
        var t = 11; // 2026-10

        Assert.True(BreakEvenMonth(curve) + 3 < t);
        var actual = ActualCumulative(outcomes, curve, t);
        Assert.Equal(-234.10m, actual);
        Assert.True(actual < Cumulative(curve, t) - BandHalfWidth(curve, t + 1)); // below even the wider band
        var validated = outcomes.Records.Where(r => r.Claim.Initiative == "content-studio" && r.Status == OutcomeStatus.Validated).ToList();
        Assert.Equal(10, validated.Count);
        Assert.All(validated, r => Assert.Equal(2, r.Claim.Successful)); // flat while marketing's tokens soar
    }

    [Fact]
    public async Task MeetingSummaries_June2026_RetiredAsLaggardWithReason()
    {
        var (outcomes, initiatives, org) = await SeedAsync();
        var retirement = Assert.Single(initiatives.Transitions);
        var curve = Assert.Single(initiatives.JCurves, j => j.Initiative == "meeting-summaries");

        Assert.Equal(("meeting-summaries", InitiativeStage.Pilot, InitiativeStage.Retired, "cto"), (retirement.Initiative, retirement.From, retirement.To, retirement.Actor));
        Assert.Equal(new DateOnly(2026, 6, 15), DateOnly.FromDateTime(retirement.At.UtcDateTime));
        Assert.Contains("Laggard", retirement.Reason, StringComparison.Ordinal);
        Assert.True(BreakEvenMonth(curve) + 3 < 7); // 2026-06 is month 7
        Assert.DoesNotContain(outcomes.Records, r => r.Claim.Initiative == "meeting-summaries" && r.Status == OutcomeStatus.Validated);
        Assert.DoesNotContain(org.AllocationRules, r => r.Targets.Any(target => target.Initiative == "meeting-summaries"));
        Assert.DoesNotContain(outcomes.Records, r => r.Claim.Initiative == "meeting-summaries" && r.RecordedAt > retirement.At);
    }

    [Fact]
    public async Task ContractReview_DemoYear_HalfOfReviewedClaimsRejectedWithReasons()
    {
        var (outcomes, _, _) = await SeedAsync();
        var legal = outcomes.Records.Where(r => r.Claim.Initiative == "contract-review").ToList();

        Assert.Equal(12, legal.Count);
        Assert.Equal(5, legal.Count(r => r.Status == OutcomeStatus.Rejected));
        // October is validated too, so legal's headline month on the scoreboard is attributed.
        Assert.Equal(6, legal.Count(r => r.Status == OutcomeStatus.Validated));
        Assert.All(legal.Where(r => r.Status == OutcomeStatus.Rejected), r => Assert.True(r.ReviewReason is { Length: > 20 } && r.ReviewedBy == "cfo"));
        var beforeAgreement = Assert.Single(legal, r => r.Claim.PeriodStart == new DateOnly(2025, 11, 1));
        Assert.Equal(OutcomeStatus.Claimed, beforeAgreement.Status); // agreed 2025-11-28: an earlier claim stays a claim
    }

    [Fact]
    public async Task Seed_DemoYear_ClaimsAwaitFinanceAndEveryRuleHolds()
    {
        var (outcomes, initiatives, org) = await SeedAsync();

        Assert.Equal(["code-review-bot", "code-review-bot", "contract-review"],
            outcomes.Records.Where(r => r.Status == OutcomeStatus.Claimed).Select(r => r.Claim.Initiative).Order(StringComparer.Ordinal));
        Assert.All(outcomes.Agreements, a => Assert.Equal(("cfo", "USD"), (a.Approver, a.Currency)));
        Assert.All(outcomes.Records, r =>
        {
            var agreement = outcomes.Agreements.Single(a => a.Initiative == r.Claim.Initiative);
            var start = new DateTimeOffset(r.Claim.PeriodStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            Assert.True(r.Status == OutcomeStatus.Claimed || start >= agreement.AgreedAt); // agreed before outcomes count
            Assert.Equal(org.FindBusinessUnit(org.FindInitiative(r.Claim.Initiative)!.OwnerBu)!.Owner, r.RecordedBy);
            Assert.Equal(("USD", (decimal?)null), (r.Claim.Currency, r.Claim.Value));
            Assert.Equal(r.Claim.PeriodStart.AddMonths(1), r.Claim.PeriodEnd);
            Assert.True(r.RecordedAt > start.AddMonths(1));
        });
        Assert.All(initiatives.JCurves, j => Assert.Equal((1, org.FindInitiative(j.Initiative)!.Sponsor, "USD"), (j.Version, j.SignedBy, j.Currency)));
        Assert.Equal(outcomes.Writes.OrderBy(w => w.At).Select(w => w.What), outcomes.Writes.Select(w => w.What)); // chronological
    }

    [Fact]
    public async Task Seed_TenTimesTheRows_TenTimesTheCountsAndCurveMoney()
    {
        var (big, bigCurves, _) = await SeedAsync(rows: 2_000_000);
        var (normal, curves, _) = await SeedAsync();

        Assert.Equal(normal.Records.Sum(r => r.Claim.Successful) * 10, big.Records.Sum(r => r.Claim.Successful));
        Assert.Equal(curves.JCurves.Select(j => j.MonthlyCost * 10), bigCurves.JCurves.Select(j => j.MonthlyCost));
        Assert.Equal(normal.Agreements.Select(a => a.ValuePerOutcome), big.Agreements.Select(a => a.ValuePerOutcome));
    }

    [Fact]
    public async Task Seed_TenthOfTheRows_CumulativeCountsWithinOneOutcome()
    {
        var (small, _, _) = await SeedAsync(rows: 20_000);
        var (normal, _, _) = await SeedAsync();

        foreach (var initiative in normal.Records.Select(r => r.Claim.Initiative).Distinct())
        {
            var expected = normal.Records.Where(r => r.Claim.Initiative == initiative).Sum(r => r.Claim.Successful) / 10m;
            var actual = small.Records.Where(r => r.Claim.Initiative == initiative).Sum(r => r.Claim.Successful);
            Assert.True(Math.Abs(actual - expected) < 1m, $"{initiative}: {actual} vs {expected}");
        }

        Assert.DoesNotContain(small.Records, r => r.Claim.Successful == 0 && r.Claim.Failed == 0);
    }

    [Fact]
    public async Task Seed_ClockInMarch2026_NothingLaterWritten()
    {
        var now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var (outcomes, initiatives, _) = await SeedAsync(now: now);

        Assert.Empty(initiatives.Transitions);
        Assert.DoesNotContain(outcomes.Agreements, a => a.Initiative is "sales-email-drafts" or "code-review-bot");
        Assert.All(outcomes.Writes, w => Assert.True(w.At <= now));
        Assert.Contains(outcomes.Records, r => r.Claim.PeriodStart == new DateOnly(2026, 1, 1));
    }

    [Fact]
    public async Task Seed_Twice_SecondTimeWritesNothing()
    {
        var outcomes = new DemoValueFakeOutcomeStore();
        var initiatives = new DemoValueFakeInitiativeStore();
        var org = LoadDemoOrganisation();
        var first = await DemoValueSeeder.SeedAsync(outcomes, initiatives, org, new DemoValueFixedTime(AfterTheYear), CancellationToken.None);
        var records = outcomes.Records.Count;

        var second = await DemoValueSeeder.SeedAsync(outcomes, initiatives, org, new DemoValueFixedTime(AfterTheYear), CancellationToken.None);

        Assert.True(first > 100);
        Assert.Equal(0, second);
        Assert.Equal(records, outcomes.Records.Count);
    }

    [Fact]
    public void DemoOrganisation_WithRetiredInitiative_ChecksWithoutErrors()
    {
        var directory = Directory.CreateTempSubdirectory("vl-demovalue-");
        try
        {
            var result = OrganisationLoader.Load(DemoOrganisationFile.Write(directory.FullName));
            Assert.DoesNotContain(result.AllProblems(), p => p.Severity == ProblemSeverity.Error);
            Assert.Equal(InitiativeStage.Pilot, result.Organisation.FindInitiative("meeting-summaries")!.Stage);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Validated value − measured allocated cost, summed from the curve's start month to month <paramref name="t"/> of the curve.</summary>
    private static decimal ActualCumulative(DemoValueFakeOutcomeStore outcomes, JCurveDeclaration curve, int t)
    {
        var agreement = outcomes.Agreements.Single(a => a.Initiative == curve.Initiative);
        var cost = DemoValueMeasuredCost.ByInitiative[curve.Initiative];
        var first = DemoValueMeasuredCost.MonthIndex(curve.StartMonth);
        var value = outcomes.Records
            .Where(r => r.Claim.Initiative == curve.Initiative && r.Status == OutcomeStatus.Validated)
            .Where(r => r.Claim.PeriodStart >= curve.StartMonth && r.Claim.PeriodStart < curve.StartMonth.AddMonths(t + 1))
            .Sum(r => r.Claim.Successful * agreement.ValuePerOutcome);
        return value - cost.Skip(first).Take(t + 1).Sum();
    }

    private static async Task<(DemoValueFakeOutcomeStore Outcomes, DemoValueFakeInitiativeStore Initiatives, Organisation Org)> SeedAsync(long rows = 200_000, DateTimeOffset? now = null)
    {
        var outcomes = new DemoValueFakeOutcomeStore();
        var initiatives = new DemoValueFakeInitiativeStore();
        var org = LoadDemoOrganisation();
        await DemoValueSeeder.SeedAsync(outcomes, initiatives, org, new DemoValueFixedTime(now ?? AfterTheYear), rows, CancellationToken.None);
        return (outcomes, initiatives, org);
    }

    private static Organisation LoadDemoOrganisation()
    {
        var directory = Directory.CreateTempSubdirectory("vl-demovalue-");
        try
        {
            return OrganisationLoader.Load(DemoOrganisationFile.Write(directory.FullName)).Organisation;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
