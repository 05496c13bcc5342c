namespace ValueLedger.Core.Value.Metrics;

/// <summary>
/// One month of one initiative in one currency: allocated net cost (all business units), validated successful
/// outcomes of the month (counts have no currency: the same on every currency's row), validated value in this
/// currency, and the metrics over them — each null when undefined (no outcome, no cost), never 0 or infinity.
/// </summary>
public sealed record InitiativeTrendRow(
    DateTime Month,
    string Currency,
    decimal NetCost,
    decimal ValidatedSuccessful,
    decimal ValueRealised,
    decimal? CostPerSuccessfulOutcome,
    decimal? CostPerSuccessfulOutcomeChange,
    decimal NetValue,
    decimal? Roi);
