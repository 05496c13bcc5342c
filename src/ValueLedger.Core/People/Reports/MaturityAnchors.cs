namespace ValueLedger.Core.People.Reports;

/// <summary>
/// The crawl / walk / run anchors of every capability, in one place (percentages 0–100; a level is reached at or
/// above its anchor, except where <see cref="Anchor.RunAbove"/> says strictly above). Cost allocation follows FinOps
/// (crawl 50 %, walk 80 %, run above 90 %); the others are this project's choices, set so that "run" means the
/// practice is the norm, "walk" that it is established in a large part of the organisation, "crawl" that it exists.
/// </summary>
public static class MaturityAnchors
{
    /// <summary>Allocation coverage: gross in-scope spend allocated to an initiative ÷ all of it.</summary>
    public static Anchor CostAllocation { get; } = new(50m, 80m, 90m, RunAbove: true);

    /// <summary>Attribution coverage: gross spend of initiatives with a validated outcome in the month ÷ all of it.</summary>
    public static Anchor Attribution { get; } = new(20m, 50m, 80m);

    /// <summary>Share of people on the ladder at regular use or above.</summary>
    public static Anchor Adoption { get; } = new(10m, 30m, 60m);

    /// <summary>Share of the teams' workflows whose SOP is updated to embed AI.</summary>
    public static Anchor WorkflowIntegration { get; } = new(10m, 40m, 75m);

    /// <summary>Share of production initiatives with all five readiness controls evidenced or waived.</summary>
    public static Anchor ProductionReadiness { get; } = new(25m, 75m, 100m);

    /// <summary>Share of business units with spend in the month whose owner acknowledged it (crawl: showback exists at all, i.e. 0 %).</summary>
    public static Anchor ShowbackToChargeback { get; } = new(0m, 50m, 100m);

    /// <summary>Share of pilot and production initiatives with a signed J-curve; run also needs at least one retirement
    /// (a laggard stopped) in the <see cref="RetirementMonths"/> months ending with the month.</summary>
    public static Anchor ValueDiscipline { get; } = new(50m, 100m, 100m);

    /// <summary>How far back value discipline looks for a retirement.</summary>
    public const int RetirementMonths = 12;

    /// <summary>The anchors of one capability (percent).</summary>
    public sealed record Anchor(decimal Crawl, decimal Walk, decimal Run, bool RunAbove = false)
    {
        /// <summary>The level of <paramref name="percent"/> (not started when null).</summary>
        public MaturityLevel Level(decimal? percent)
        {
            if (percent is not { } p)
            {
                return MaturityLevel.NotStarted;
            }

            return (RunAbove ? p > Run : p >= Run) ? MaturityLevel.Run
                : p >= Walk ? MaturityLevel.Walk
                : p >= Crawl ? MaturityLevel.Crawl
                : MaturityLevel.NotStarted;
        }

        /// <summary>What reaches the next level, in words (null at run).</summary>
        public string? Next(MaturityLevel level, string measure) => level switch
        {
            MaturityLevel.Run => null,
            MaturityLevel.Walk => RunAbove ? $"run: {measure} above {Run:0.#} %" : $"run: {measure} at {Run:0.#} % or more",
            MaturityLevel.Crawl => $"walk: {measure} at {Walk:0.#} % or more",
            _ => $"crawl: {measure} at {Crawl:0.#} % or more",
        };
    }
}
