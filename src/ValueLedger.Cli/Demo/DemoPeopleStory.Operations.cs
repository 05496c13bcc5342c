using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>Review, capacity and the operating-model registers of the people story.</summary>
internal static partial class DemoPeopleStory
{
    /// <summary>
    /// support-copilot: over-reliance early (agents override 2 % of drafts while 9 % are wrong), calibrated by
    /// spring (6 % against 5 %); code-review-bot: under-reliance throughout (engineers dismiss a third of its findings,
    /// a tenth are wrong); invoice-extraction and agent-platform calibrated; contract-review reviewed by legal-ops'
    /// four people: below the threshold. Review minutes per output fall everywhere; saved hours are mostly not
    /// captured at first, support and finance convert more of them as the year goes on.
    /// </summary>
    public static IReadOnlyList<DemoReviewPlan> Reviews { get; } =
    [
        new("support-copilot", ["support-emea", "support-amer", "support-tier2"], 0, 6000, (2, 6), (9, 5), (1.4, 0.5), 3, (0.20, 0.50), (0.05, 0.15)),
        new("code-review-bot", ["eng-web", "eng-mobile", "eng-data"], 2, 2500, (38, 30), (11, 9), (3.2, 2.0), 6, (0.30, 0.30), (0, 0)),
        new("invoice-extraction", ["finance-ap"], 0, 1800, (4, 3), (4, 3), (0.9, 0.3), 3, (0.30, 0.30), (0.30, 0.50)),
        new("agent-platform", ["platform-sre", "platform-tools"], 3, 1200, (8, 6), (7, 6), (2.0, 1.2), 10, (0.50, 0.55), (0, 0.05)),
        new("contract-review", ["legal-ops"], 2, 60, (20, 15), (15, 12), (45, 30), 60, (0.40, 0.40), (0, 0)),
    ];

    /// <summary>
    /// The role-redesign register, both halves: augmentation and new roles, and honestly the roles that change or go.
    /// People affected are for the default demo (scaled like the teams, never below the threshold), except the
    /// displaced invoice keyers: three people, shown as below the threshold. Support's changed and displaced roles
    /// give complementary suppression partners inside customer-support, so most other rows and every unit total stay shown.
    /// </summary>
    public static IReadOnlyList<RoleChange> RoleChanges(long rows)
    {
        int Scaled(int n) => Math.Max(5, (int)Math.Round(n * SizeFactor(rows)));
        return
        [
            new("support-agent", "Support agent", "customer-support", RoleChangeKind.Augmented, Scaled(66),
                "Copilot coaching and escalation-judgement training for every agent", 70, At(2026, 3, 2), "head-of-support"),
            new("support-team-lead", "Support team lead", "customer-support", RoleChangeKind.Changed, Scaled(6),
                "Coaching agents on when to override the copilot; QA sampling of drafted replies", 45, At(2026, 4, 6), "head-of-support"),
            new("tier1-chat-contractor", "Tier-1 chat agent (outsourced)", "customer-support", RoleChangeKind.Displaced, Scaled(7),
                "Contract not renewed for 2027; tier-2 roles with training offered to all", 50, At(2026, 7, 13), "head-of-support"),
            new("code-reviewer", "Code reviewer", "engineering", RoleChangeKind.Augmented, Scaled(60),
                "Reviewing with the bot: triage its findings, report false positives", 40, At(2026, 9, 7), "cto"),
            new("ap-clerk", "Accounts-payable clerk", "finance", RoleChangeKind.Changed, Scaled(12),
                "From keying invoices to exception handling and supplier-data quality", 55, At(2026, 2, 16), "cfo"),
            new("invoice-keyer", "Invoice keyer (contract)", "finance", RoleChangeKind.Displaced, 3,
                "Offered accounts-payable exception-handling roles with training", 66, At(2026, 4, 20), "cfo"),
            new("copywriter", "Copywriter", "marketing", RoleChangeKind.Changed, Scaled(8),
                "Editing and fact-checking AI drafts; brand-voice prompt library", 30, At(2026, 6, 8), "cmo"),
            new("ai-workflow-designer", "AI workflow designer", "platform", RoleChangeKind.Created, Scaled(6),
                "Hired externally and reskilled from internal tools: agent design and evaluation", 80, At(2026, 5, 11), "head-of-platform"),
        ];
    }

    /// <summary>Engineering's surveillance fear, being worked on since the works council briefing.</summary>
    public static ResistanceEntry EditedResistance
    {
        get
        {
            var seed = OperatingModelRegisters.Seeds.First(s => s.Id == "engineering-surveillance");
            return seed with
            {
                Counter = seed.Counter + " Briefed the works council (2026-03): team-level figures only, groups under five suppressed, no per-person view.",
                Owner = "cto",
                Status = ResistanceStatus.InProgress,
                UpdatedAt = At(2026, 3, 12),
                UpdatedBy = "cto",
            };
        }
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);
}
