using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// The demo's value story over 2025-11 .. 2026-10 (issue 4), in USD at the default 200,000-row scale, chosen
/// against the demo's actual allocated cost per initiative and month (docs in DemoValueSeeder):
/// support-copilot passes break-even in 2026-05; sales-email-drafts is in its expected dip at 2026-10;
/// content-studio is a laggard (flat validated outcomes while marketing's tokens soar); meeting-summaries is
/// retired in 2026-06; finance rejects five of contract-review's eleven reviewed claims; code-review-bot's claims await finance.
/// </summary>
internal static partial class DemoValueStory
{
    /// <summary>The finance actor of the demo's access section: approves agreements, reviews claims.</summary>
    public const string Finance = "cfo";

    /// <summary>The demo's administrator: waives a readiness control.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<DemoValuePlan> Plans { get; } =
    [
        SupportCopilot, SalesEmailDrafts, ContentStudio, InvoiceExtraction, CodeReviewBot, ContractReview, MeetingSummaries,
    ];

    /// <summary>
    /// Past break-even by mid-2026: allocated cost 6–17 USD a month; validated value from 2026-01 (6 × 0.50)
    /// rising to 38 USD in 2026-10, so the cumulative net (−19.78 at its lowest, 2026-02) turns positive in
    /// 2026-05 (+10.33). Declared: C 10, trough −10 at month 2, +15 a month from month 6, w 0.25
    /// (expected break-even: month 6, 2026-05).
    /// </summary>
    private static DemoValuePlan SupportCopilot => new(
        "support-copilot",
        AttributionMethodKind.ControlledExperiment,
        "A customer reply drafted by the copilot and sent with no or minor edits, counted in the treatment queue above the control queue's rate; worth 1.5 agent minutes at 0.33 USD a minute.",
        0.50m,
        At(2025, 10, 20),
        new DemoValueJCurve(new DateOnly(2025, 11, 1), 10m, 2, 10m, 6, 15m, 0.25m, At(2025, 10, 15), At(2025, 10, 22)),
        Monthly(new DateOnly(2026, 1, 1), OutcomeStatus.Validated, (6, 4), (16, 8), (28, 10), (44, 12), (56, 14), (60, 15), (64, 16), (68, 16), (72, 17), (76, 18)));

    /// <summary>
    /// In its expected dip at 2026-10: declared from 2026-05 with C 22, trough −25 at month 3 (2026-08), +30 a
    /// month from month 9, w 0.3 (expected break-even: month 10, 2027-03). Expected cumulative at 2026-10
    /// (month 5) −72.50, band ±33; actual: cost 125.56 − validated value 64.50 = −61.06, within the band.
    /// </summary>
    private static DemoValuePlan SalesEmailDrafts => new(
        "sales-email-drafts",
        AttributionMethodKind.BaselineComparison,
        "A prospect reply to an AI-drafted first-touch e-mail above the pre-pilot baseline reply rate; worth 1.50 USD of qualified pipeline at the historical conversion rate.",
        1.50m,
        At(2026, 4, 20),
        new DemoValueJCurve(new DateOnly(2026, 5, 1), 22m, 3, 25m, 9, 30m, 0.3m, At(2026, 4, 14), At(2026, 4, 24)),
        Monthly(new DateOnly(2026, 6, 1), OutcomeStatus.Validated, (2, 1), (5, 2), (8, 3), (12, 4), (16, 5)));

    /// <summary>
    /// The laggard: declared from 2025-11 with C 15, trough −10 at month 1, +25 a month from month 4, w 0.2
    /// (expected break-even: month 3, 2026-02; + 3 months grace = 2026-05). At 2026-10 the expected cumulative
    /// is +205 (band ±33) while the actual is −234.10 (cost 294.10, ten validated months of 2 outcomes × 3 USD):
    /// far below the band. Marketing's tokens grow about 8.6-fold over the year (DemoOrganisation.TokenGrowth)
    /// while these validated outcomes stay flat.
    /// </summary>
    private static DemoValuePlan ContentStudio => new(
        "content-studio",
        AttributionMethodKind.SelfReported,
        "A published marketing asset (post, landing page, campaign e-mail) whose production time fell below the pre-AI baseline, self-reported by the team and sampled by finance; worth 3 USD.",
        3.00m,
        At(2025, 10, 28),
        new DemoValueJCurve(new DateOnly(2025, 11, 1), 15m, 1, 10m, 4, 25m, 0.2m, At(2025, 10, 20), At(2025, 10, 27)),
        Monthly(new DateOnly(2026, 1, 1), OutcomeStatus.Validated, (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1), (2, 1)));

    /// <summary>Midnight UTC of a date: the demo's timestamps.</summary>
    internal static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Consecutive monthly claims from <paramref name="first"/>, all with the same decision.</summary>
    private static DemoValueClaim[] Monthly(DateOnly first, OutcomeStatus decision, params (long Successful, long Failed)[] counts) =>
        [.. counts.Select((c, i) => new DemoValueClaim(first.AddMonths(i), c.Successful, c.Failed, decision))];
}
