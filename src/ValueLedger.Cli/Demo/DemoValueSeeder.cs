using ValueLedger.Cli.Commands;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Seeds the demo's value story (<see cref="DemoValueStory"/>) through the value ports, in time order so
/// the audit log reads as the year happened: attribution agreements (approved by <c>cfo</c>), J-curve
/// declarations signed by each sponsor, support-copilot's readiness controls, monthly outcome claims
/// recorded by the owner BU's owner on the 5th of the next month and reviewed by <c>cfo</c> on the 12th,
/// and meeting-summaries' retirement in 2026-06.
/// <para>
/// Scale: the story's counts and J-curve money are for the default 200,000-row demo, whose cost grows in
/// proportion to its rows; for other row counts they are multiplied by <c>rows / 200,000</c> (counts rounded
/// on the running total, so an initiative's cumulative count is off by less than one outcome; money to the
/// cent). Values per outcome are agreed prices and stay as they are. Below about 20,000 rows the counts get
/// too coarse for the story to hold month by month.
/// </para>
/// <para>
/// Nothing dated after the time provider's now is written (the story as it stood then). Initiatives
/// missing from the organisation are skipped. A ledger that already has an attribution agreement is left as it is.
/// </para>
/// </summary>
internal static class DemoValueSeeder
{
    private const string Currency = "USD";

    /// <summary>Seeds the story at the default 200,000-row scale; returns the number of writes.</summary>
    public static Task<int> SeedAsync(IOutcomeStore outcomes, IInitiativeStore initiatives, Organisation org, TimeProvider time, CancellationToken cancellationToken) =>
        SeedAsync(outcomes, initiatives, org, time, DemoCommand.DefaultRows, cancellationToken);

    /// <summary>Seeds the story scaled to a demo of <paramref name="rows"/> usage rows; returns the number of writes.</summary>
    public static async Task<int> SeedAsync(IOutcomeStore outcomes, IInitiativeStore initiatives, Organisation org, TimeProvider time, long rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(initiatives);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        if ((await outcomes.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var steps = BuildSteps(outcomes, initiatives, org, ScaleOf(rows))
            .Where(s => s.At <= now)
            .OrderBy(s => s.At)
            .ThenBy(s => s.Order)
            .ToList();
        foreach (var step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await step.Write(cancellationToken).ConfigureAwait(false);
        }

        return steps.Count;
    }

    /// <summary>rows / 200,000: the factor applied to the story's counts and J-curve money.</summary>
    public static decimal ScaleOf(long rows) => (decimal)rows / DemoCommand.DefaultRows;

    private static List<DemoValueStep> BuildSteps(IOutcomeStore outcomes, IInitiativeStore initiatives, Organisation org, decimal scale)
    {
        var steps = new List<DemoValueStep>();
        foreach (var plan in DemoValueStory.Plans)
        {
            if (org.FindInitiative(plan.Initiative) is not { } initiative)
            {
                continue;
            }

            var owner = org.FindBusinessUnit(initiative.OwnerBu)?.Owner ?? DemoValueStory.Admin;
            var sponsor = initiative.Sponsor ?? owner;
            var agreement = new AttributionAgreement(plan.Initiative, plan.Method, plan.MetricDefinition, plan.ValuePerOutcome, Currency, DemoValueStory.Finance, plan.AgreedAt);
            Add(steps, plan.AgreedAt, ct => outcomes.AgreeAttributionAsync(agreement, DemoValueStory.Finance, ct));
            if (plan.JCurve is { } curve)
            {
                AddJCurve(steps, initiatives, plan.Initiative, curve, sponsor, scale);
            }

            AddClaims(steps, outcomes, plan, owner, scale);
            if (plan.Initiative == DemoValueStory.ProductionInitiative)
            {
                foreach (var (control, state, text, at) in DemoValueStory.Readiness)
                {
                    var waived = state == ReadinessState.Waived;
                    var entry = new ReadinessEntry(plan.Initiative, control, state, waived ? null : text, waived ? text : null, waived ? DemoValueStory.Admin : owner, at);
                    Add(steps, at, ct => initiatives.SetReadinessAsync(entry, ct));
                }
            }

            if (plan.Initiative == DemoValueStory.RetiredInitiative)
            {
                var transition = new StageTransition(plan.Initiative, initiative.Stage, InitiativeStage.Retired, owner, DemoValueStory.RetiredAt, DemoValueStory.RetirementReason);
                Add(steps, DemoValueStory.RetiredAt, ct => initiatives.RecordTransitionAsync(transition, ct));
            }
        }

        return steps;
    }

    private static void AddJCurve(List<DemoValueStep> steps, IInitiativeStore initiatives, string initiative, DemoValueJCurve curve, string sponsor, decimal scale)
    {
        var declaration = new JCurveDeclaration(
            initiative, 0, curve.StartMonth, Money(curve.MonthlyCost, scale), curve.TroughMonth, Money(curve.TroughDepth, scale),
            curve.MaturityMonth, Money(curve.TargetMonthlyNet, scale), curve.Tolerance, Currency, sponsor, curve.DeclaredAt, null, null);
        var version = 0;
        Add(steps, curve.DeclaredAt, async ct => version = await initiatives.DeclareJCurveAsync(declaration, ct).ConfigureAwait(false));
        Add(steps, curve.SignedAt, ct => initiatives.SignJCurveAsync(initiative, version, sponsor, curve.SignedAt, ct));
    }

    private static void AddClaims(List<DemoValueStep> steps, IOutcomeStore outcomes, DemoValuePlan plan, string owner, decimal scale)
    {
        long successfulSoFar = 0, failedSoFar = 0, scaledSuccessful = 0, scaledFailed = 0;
        foreach (var planned in plan.Claims)
        {
            // Rounding the running totals keeps each initiative's cumulative count within half an outcome of exact.
            successfulSoFar += planned.Successful;
            failedSoFar += planned.Failed;
            var successful = Count(successfulSoFar, scale) - scaledSuccessful;
            var failed = Count(failedSoFar, scale) - scaledFailed;
            scaledSuccessful += successful;
            scaledFailed += failed;
            if (successful == 0 && failed == 0)
            {
                continue;
            }

            var end = planned.Month.AddMonths(1);
            var claim = new OutcomeClaim(plan.Initiative, planned.Month, end, successful, failed, null, Currency, Evidence(plan.Initiative, planned.Month), null);
            var recordedAt = new DateTimeOffset(end.AddDays(4).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var ids = new List<long>();
            Add(steps, recordedAt, async ct => ids.AddRange(await outcomes.RecordOutcomesAsync([claim], owner, recordedAt, ct).ConfigureAwait(false)));
            if (planned.Decision != OutcomeStatus.Claimed)
            {
                var reviewedAt = recordedAt.AddDays(7);
                Add(steps, reviewedAt, ct => outcomes.ReviewOutcomeAsync(ids[0], planned.Decision, DemoValueStory.Finance, planned.Reason, reviewedAt, ct));
            }
        }
    }

    private static string Evidence(string initiative, DateOnly month) =>
        $"https://evidence.northwind.example/{initiative}/{month:yyyy-MM}";

    private static long Count(long count, decimal scale) => (long)Math.Round(count * scale, MidpointRounding.AwayFromZero);

    private static decimal Money(decimal amount, decimal scale) => Math.Round(amount * scale, 2, MidpointRounding.AwayFromZero);

    private static void Add(List<DemoValueStep> steps, DateTimeOffset at, Func<CancellationToken, Task> write) =>
        steps.Add(new DemoValueStep(at, steps.Count, write));
}
