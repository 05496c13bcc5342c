namespace ValueLedger.Core.Storage;

/// <summary>
/// Cost of record against estimated telemetry cost for one provider, account and month (UTC) in one
/// currency. <see cref="Account"/> is null where the telemetry does not name an account: then the
/// row compares the provider's whole bill for the month.
/// </summary>
public sealed record ReconciliationRow(
    string Provider,
    string? Account,
    string Month,
    string Currency,
    decimal CostOfRecord,
    decimal TelemetryEstimate,
    long CostLines,
    long TelemetryRecords,
    long UnpricedTelemetryRecords)
{
    /// <summary>Cost of record minus the telemetry estimate.</summary>
    public decimal Variance => CostOfRecord - TelemetryEstimate;

    /// <summary>Variance as a fraction of cost of record; null when there is no cost of record.</summary>
    public decimal? VarianceRatio => CostOfRecord == 0m ? null : Variance / CostOfRecord;
}
