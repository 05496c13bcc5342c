using ValueLedger.Core.Storage;

namespace ValueLedger.Core.Reconciliation;

/// <summary>Decides the <see cref="ReconciliationStatus"/> of a reconciliation row. Pure.</summary>
public static class ReconciliationRules
{
    /// <summary>
    /// A row with cost lines and no telemetry, or telemetry and no cost lines, is flagged whatever the
    /// amounts: missing coverage is worth knowing even when it is small. A row with both is over the
    /// threshold when |variance| exceeds both the relative threshold of |cost of record| and the
    /// minimum variance; with no cost of record (credits cancelling, or nothing charged) any variance
    /// above the minimum counts, as the relative variance is unbounded.
    /// </summary>
    public static ReconciliationStatus Decide(ReconciliationRow row, VarianceThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(threshold);
        if (row.CostLines > 0 && row.TelemetryRecords == 0)
        {
            return ReconciliationStatus.BilledWithoutTelemetry;
        }

        if (row.CostLines == 0 && row.TelemetryRecords > 0)
        {
            return ReconciliationStatus.TelemetryWithoutBill;
        }

        var variance = Math.Abs(row.Variance);
        if (variance <= threshold.MinimumVariance)
        {
            return ReconciliationStatus.Matched;
        }

        var basis = Math.Abs(row.CostOfRecord);
        return basis == 0m || variance > threshold.Relative * basis
            ? ReconciliationStatus.OverThreshold
            : ReconciliationStatus.Matched;
    }

    /// <summary>Everything but <see cref="ReconciliationStatus.Matched"/> is a flag.</summary>
    public static bool IsFlagged(ReconciliationStatus status) => status != ReconciliationStatus.Matched;
}
