namespace ValueLedger.Core.Reconciliation;

/// <summary>How one reconciliation row (provider, account, month, currency) stands.</summary>
public enum ReconciliationStatus
{
    /// <summary>Bill and telemetry both present and within the variance threshold.</summary>
    Matched = 1,

    /// <summary>Bill and telemetry both present, but they differ by more than the threshold.</summary>
    OverThreshold,

    /// <summary>Cost lines but no usage telemetry: usage that nobody instruments.</summary>
    BilledWithoutTelemetry,

    /// <summary>Usage telemetry but no cost lines: a bill not imported, or spend outside any bill.</summary>
    TelemetryWithoutBill,
}
