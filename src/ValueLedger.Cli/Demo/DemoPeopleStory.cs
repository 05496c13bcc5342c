using System.Globalization;
using ValueLedger.Cli.Commands;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// The demo's people story (issue 6) over 2025-11 .. 2026-10, consistent with the value story (DemoValueStory):
/// pilots in eng-web, support-tier2 and finance-ap (seats from 2025-10, before the demo year) are regular from
/// 2025-12; engineering and support get seats first and reach regular use soonest; sales gets seats only with its pilot
/// (2026-04 onwards); legal is behind (nobody there uses it regularly yet) and its legal-ops team (4 people) is below
/// the privacy threshold everywhere.
/// Executives believe about 70 % of people use AI regularly while about a third do (the perception gap); manager
/// readiness (~55) is where conviction breaks. Identities are fake (<c>user1000@northwind.example</c> onwards, apart
/// from the ledger's telemetry end users <c>user0000</c>..<c>user0151</c>) and hashed like every other identifier.
/// </summary>
internal static partial class DemoPeopleStory
{
    /// <summary>Seat tools: GitHub Copilot for the engineers, Microsoft 365 Copilot for everyone else.</summary>
    public const string GitHubCopilot = "github-copilot";

    public const string M365Copilot = "m365-copilot";

    /// <summary>Who the demo's people imports are recorded as.</summary>
    public const string Actor = "admin";

    /// <summary>First person number (user1000@northwind.example): clear of the telemetry end users.</summary>
    public const int FirstPerson = 1000;

    /// <summary>Copilot users in no team (seats bought centrally, never mapped to a team).</summary>
    public const int UsersWithoutTeam = 6;

    /// <summary>People who belong to two teams: the first eng-web members also join platform-tools in 2026-03.</summary>
    public const int InTwoTeams = 3;

    public const string SecondTeamOfTwo = "platform-tools";

    public const int SecondTeamFromMonth = 4;

    /// <summary>Briefed and trained while waiting for a seat: six people of support-emea (none of them ever gets one).</summary>
    public const int TrainedWithoutSeat = 6;

    /// <summary>
    /// Groups who stay on one lower rung all year, whatever the demo's size, so the organisation's funnel has every
    /// rung filled and its totals survive complementary suppression (a rung no team but legal-ops could be on would
    /// be hidden to protect legal-ops, and the regular-use share with it): contractors with no seat (none), pilot
    /// seats never opened nor briefed (access), briefed but never used (awareness), trained waiting for a seat
    /// (training).
    /// </summary>
    public static IReadOnlyList<(string Team, int People, DemoFixedGroup Group)> FixedGroups { get; } =
    [
        ("support-amer", 5, DemoFixedGroup.NoSeat),
        ("eng-web", 5, DemoFixedGroup.SeatNeverOpened),
        ("support-emea", 5, DemoFixedGroup.BriefedNeverUsed),
        ("support-emea", TrainedWithoutSeat, DemoFixedGroup.TrainedWithoutSeat),
    ];

    public static IReadOnlyList<DemoTeamProfile> Teams { get; } =
    [
        new("support-emea", 36, M365Copilot, 0, 3, 0.50, 0.35, 0.80, 1, 5, ["ticket-reply", "escalation-handover"]),
        new("support-amer", 30, M365Copilot, 1, 4, 0.42, 0.38, 0.75, 2, 6, ["ticket-reply", "escalation-handover"]),
        new("support-tier2", 12, M365Copilot, -1, 1, 0.55, 0.35, 0.85, 1, 4, ["escalation-diagnosis", "knowledge-base-update"]),
        new("sales-emea", 18, M365Copilot, 5, 8, 0.22, 0.45, 0.55, 7, null, ["first-touch-email", "account-research"]),
        new("sales-amer", 22, M365Copilot, 5, 9, 0.16, 0.45, 0.50, 8, null, ["first-touch-email", "account-research"]),
        new("eng-web", 40, GitHubCopilot, -1, 1, 0.65, 0.28, 0.85, 0, 1, ["pull-request-review", "incident-postmortem"]),
        new("eng-mobile", 24, GitHubCopilot, 0, 2, 0.55, 0.35, 0.80, 1, 5, ["pull-request-review", "release-notes"]),
        new("eng-data", 16, GitHubCopilot, 1, 3, 0.50, 0.35, 0.75, 2, 7, ["pull-request-review", "pipeline-runbook"]),
        new("marketing-content", 14, M365Copilot, 1, 4, 0.30, 0.50, 0.60, 3, null, ["campaign-brief", "asset-production"]),
        new("marketing-growth", 10, M365Copilot, 2, 5, 0.25, 0.50, 0.55, 4, null, ["campaign-brief", "landing-page-test"]),
        new("platform-sre", 12, GitHubCopilot, 0, 2, 0.50, 0.40, 0.80, 2, 6, ["incident-triage", "runbook-maintenance"]),
        new("platform-tools", 10, GitHubCopilot, 0, 2, 0.55, 0.35, 0.80, 2, 5, ["helpdesk-agent", "runbook-maintenance"]),
        new("finance-ap", 14, M365Copilot, -1, 2, 0.40, 0.40, 0.70, 0, 1, ["invoice-posting", "supplier-queries"]),
        new("finance-fpa", 9, M365Copilot, 3, 6, 0.22, 0.45, 0.55, 5, null, ["month-end-close", "forecast-commentary"]),
        new("legal-counsel", 10, M365Copilot, 3, 8, 0.00, 0.70, 0.40, 6, null, ["contract-first-pass", "nda-triage"]),
        new("legal-ops", 4, M365Copilot, 3, 6, 0.00, 0.75, 0.50, 5, 10, ["contract-first-pass", "matter-intake"]),
    ];

    /// <summary>Team sizes relative to the default demo: √(rows / 200,000), between 0.4 and 1.5 (a 10M-row benchmark
    /// has teams of no more than 60).</summary>
    public static double SizeFactor(long rows) => Math.Clamp(Math.Sqrt((double)rows / DemoCommand.DefaultRows), 0.4, 1.5);

    /// <summary>A team's people in a demo of <paramref name="rows"/> rows: at least 10 (two groups of five, so a small
    /// demo still shows its teams), except legal-ops, which keeps its 4.</summary>
    public static int SizeOf(DemoTeamProfile team, long rows) =>
        team.BaseSize < 10 && team.Team == "legal-ops" ? team.BaseSize : Math.Max(10, (int)Math.Round(team.BaseSize * SizeFactor(rows)));

    /// <summary>The first day of demo month <paramref name="month"/> (0 = 2025-11).</summary>
    public static DateOnly Month(int month) => DateOnly.FromDateTime(DemoOrganisation.Start).AddMonths(month);

    /// <summary>The fake identity of person number <paramref name="number"/>.</summary>
    public static string Identity(int number) => string.Create(CultureInfo.InvariantCulture, $"user{number:D4}@northwind.example");
}
