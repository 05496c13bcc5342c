namespace ValueLedger.Core.Value.Metrics;

/// <summary>
/// Every value metric with its rung on the distinction ladder, unit and definition — the labels reports
/// and the scoreboard show. The functions computing them are <see cref="ValueMetrics"/>.
/// </summary>
public static class MetricCatalogue
{
    public static MetricDefinition AttributionCoverage { get; } = new(
        "attribution-coverage", "Attribution coverage", LadderRung.Outcome, "ratio",
        "Gross in-scope cost allocated to initiatives with at least one validated outcome record overlapping the period, divided by gross in-scope cost in the period (unallocated and BU-only cost included); undefined without cost.",
        Scored: true);

    public static MetricDefinition CostPerSuccessfulOutcome { get; } = new(
        "cost-per-successful-outcome", "Cost per successful outcome", LadderRung.Outcome, "money per outcome",
        "Allocated (net) cost divided by validated successful outcomes; undefined with no validated successful outcome. Falling is good.",
        Scored: true);

    public static MetricDefinition ValueRealised { get; } = new(
        "value-realised", "Value realised", LadderRung.Value, "money",
        "Sum of the value of validated outcomes (stated, else successful x the agreed value per outcome).",
        Scored: false);

    public static MetricDefinition NetValue { get; } = new(
        "net-value", "Net value", LadderRung.Value, "money",
        "Value realised minus allocated (net) cost, in one currency; may be negative.",
        Scored: false);

    public static MetricDefinition Roi { get; } = new(
        "roi", "ROI", LadderRung.Value, "ratio",
        "Net value divided by allocated cost; undefined when the cost is zero or negative.",
        Scored: false);

    public static MetricDefinition SuccessRate { get; } = new(
        "success-rate", "Success rate", LadderRung.Outcome, "ratio",
        "Validated successful outcomes divided by validated successful plus failed outcomes; undefined with no outcome.",
        Scored: false);

    public static MetricDefinition TokensPerValidatedOutcome { get; } = new(
        "tokens-per-validated-outcome", "Tokens per validated outcome", LadderRung.Activity, "tokens per outcome",
        "Tokens (input + cached + cache write + output) of the attributed telemetry divided by validated successful outcomes; undefined with none. Activity: shown, never scored (a gaming signal).",
        Scored: false);

    public static MetricDefinition Requests { get; } = new(
        "requests", "Requests", LadderRung.Activity, "requests", "Requests of the attributed usage telemetry.", Scored: false);

    public static MetricDefinition Tokens { get; } = new(
        "tokens", "Tokens", LadderRung.Activity, "tokens", "Tokens (input + cached + cache write + output) of the attributed usage telemetry.", Scored: false);

    public static MetricDefinition TelemetryRecords { get; } = new(
        "telemetry-records", "Telemetry records", LadderRung.Activity, "records", "Usage telemetry records attributed.", Scored: false);

    public static IReadOnlyList<MetricDefinition> All { get; } =
        [AttributionCoverage, CostPerSuccessfulOutcome, ValueRealised, NetValue, Roi, SuccessRate, TokensPerValidatedOutcome, Requests, Tokens, TelemetryRecords];

    /// <summary>The metric with this id (ordinal), or null.</summary>
    public static MetricDefinition? Find(string id) => All.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
