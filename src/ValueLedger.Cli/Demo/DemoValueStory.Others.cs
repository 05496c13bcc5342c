using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Demo;

/// <summary>The rest of the story: steady value, claims awaiting finance, rejected claims, a retirement, readiness.</summary>
internal static partial class DemoValueStory
{
    /// <summary>When meeting-summaries is retired (by its BU owner) and why.</summary>
    public static readonly DateTimeOffset RetiredAt = At(2026, 6, 15);

    public const string RetiredInitiative = "meeting-summaries";

    public const string RetirementReason =
        "Laggard: no validated outcome by 2026-04 (expected break-even 2026-01 + 3 months grace); the video-call tool's built-in summaries now do the same.";

    /// <summary>The initiative in production whose five readiness controls are evidenced or waived.</summary>
    public const string ProductionInitiative = "support-copilot";

    /// <summary>Steady value well above its cost (4–11 USD a month), no declaration: every month validated.</summary>
    private static DemoValuePlan InvoiceExtraction => new(
        "invoice-extraction",
        AttributionMethodKind.BaselineComparison,
        "An invoice extracted and posted to the ledger with no manual keying; worth 3 minutes of accounts-payable time (1 USD) against the manual baseline.",
        1.00m,
        At(2025, 10, 10),
        null,
        Monthly(new DateOnly(2025, 11, 1), OutcomeStatus.Validated, (8, 1), (10, 1), (11, 1), (13, 2), (14, 2), (15, 2), (16, 2), (17, 2), (18, 2), (19, 2), (21, 3), (22, 3)));

    /// <summary>Agreed late (2026-08-25): its first two monthly claims await finance.</summary>
    private static DemoValuePlan CodeReviewBot => new(
        "code-review-bot",
        AttributionMethodKind.DifferenceInDifferences,
        "A pull request merged with no reviewer-requested rework on a finding the bot raised, teams with the bot against teams without; worth 4 USD of reviewer time.",
        4.00m,
        At(2026, 8, 25),
        null,
        Monthly(new DateOnly(2026, 9, 1), OutcomeStatus.Claimed, (6, 2), (7, 2)));

    /// <summary>
    /// Rejected claims: of eleven reviewed monthly claims finance rejects five (inflated counts, activity as
    /// evidence, no baseline); the 2025-11 claim predates the agreement (2025-11-28) so it stays a claim.
    /// 2026-10 is validated, so legal's (large) cost is attributed in the scoreboard's headline month.
    /// </summary>
    private static DemoValuePlan ContractReview => new(
        "contract-review",
        AttributionMethodKind.BaselineComparison,
        "A contract whose first-pass review the assistant drafted and counsel accepted, against the 2025 review-hours baseline; worth 0.2 counsel hours at 200 USD.",
        40.00m,
        At(2025, 11, 28),
        null,
        [
            new(new DateOnly(2025, 11, 1), 4, 1, OutcomeStatus.Claimed),
            new(new DateOnly(2025, 12, 1), 5, 1, OutcomeStatus.Validated),
            new(new DateOnly(2026, 1, 1), 15, 0, OutcomeStatus.Rejected, "The count includes contracts counsel re-reviewed in full; only accepted first passes count."),
            new(new DateOnly(2026, 2, 1), 6, 2, OutcomeStatus.Validated),
            new(new DateOnly(2026, 3, 1), 18, 0, OutcomeStatus.Rejected, "No baseline comparison attached; the agreed metric compares review hours with the 2025 baseline."),
            new(new DateOnly(2026, 4, 1), 16, 1, OutcomeStatus.Rejected, "Counts NDAs reviewed from the template, which took no counsel time before the pilot either."),
            new(new DateOnly(2026, 5, 1), 7, 2, OutcomeStatus.Validated),
            new(new DateOnly(2026, 6, 1), 20, 0, OutcomeStatus.Rejected, "The evidence is a usage export (prompts sent), not accepted reviews: activity, not an outcome."),
            new(new DateOnly(2026, 7, 1), 7, 1, OutcomeStatus.Validated),
            new(new DateOnly(2026, 8, 1), 22, 0, OutcomeStatus.Rejected, "Double-counts June's contracts re-opened in August; resubmit August's new contracts only."),
            new(new DateOnly(2026, 9, 1), 8, 2, OutcomeStatus.Validated),
            new(new DateOnly(2026, 10, 1), 9, 2, OutcomeStatus.Validated),
        ]);

    /// <summary>
    /// Retired in 2026-06: declared from 2025-11 with C 5, trough −5 at month 1, +10 a month from month 2
    /// (expected break-even: month 2, 2026-01); every claim rejected, so no validated outcome at all.
    /// No allocation rule points at it (no cost).
    /// </summary>
    private static DemoValuePlan MeetingSummaries => new(
        RetiredInitiative,
        AttributionMethodKind.SelfReported,
        "A meeting summary sent to the attendees without edits; worth 2 minutes of note-taking (1 USD).",
        1.00m,
        At(2025, 10, 25),
        new DemoValueJCurve(new DateOnly(2025, 11, 1), 5m, 1, 5m, 2, 10m, 0.2m, At(2025, 10, 21), At(2025, 10, 24)),
        [
            new(new DateOnly(2025, 12, 1), 30, 4, OutcomeStatus.Rejected, "Self-reported counts without the send log the agreement asks for."),
            new(new DateOnly(2026, 1, 1), 35, 5, OutcomeStatus.Rejected, "Counts summaries sent, not summaries sent without edits; edits were not logged."),
            new(new DateOnly(2026, 2, 1), 40, 5, OutcomeStatus.Rejected, "Counts summaries sent, not summaries sent without edits; edits were not logged."),
        ]);

    /// <summary>support-copilot's readiness before production: four controls evidenced by its BU owner, one waived by the admin.</summary>
    public static IReadOnlyList<(ReadinessControl Control, ReadinessState State, string Text, DateTimeOffset At)> Readiness { get; } =
    [
        (ReadinessControl.RoleBasedTraining, ReadinessState.Evidenced, "https://wiki.northwind.example/support/copilot-training", At(2025, 10, 6)),
        (ReadinessControl.SopsAndRunbooks, ReadinessState.Evidenced, "https://wiki.northwind.example/support/copilot-runbook", At(2025, 10, 8)),
        (ReadinessControl.UsageMonitoring, ReadinessState.Evidenced, "https://dashboards.northwind.example/support-copilot", At(2025, 10, 9)),
        (ReadinessControl.HumanAuthority, ReadinessState.Evidenced, "https://wiki.northwind.example/support/copilot-escalation", At(2025, 10, 10)),
        (ReadinessControl.ExceptionManagement, ReadinessState.Waived, "Exceptions go through the existing tier-2 support escalation queue; no separate AI exception process is needed.", At(2025, 10, 13)),
    ];
}
