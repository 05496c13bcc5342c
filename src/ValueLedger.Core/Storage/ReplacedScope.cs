namespace ValueLedger.Core.Storage;

/// <summary>A (provider, billing account, billing period) that an import replaced.</summary>
/// <param name="Provider">Canonical provider id.</param>
/// <param name="BillingAccountId">The billing account.</param>
/// <param name="BillingPeriodStart">Inclusive start, UTC.</param>
/// <param name="BillingPeriodEnd">Exclusive end, UTC.</param>
/// <param name="RowsRemoved">Rows of earlier imports removed.</param>
/// <param name="PreviousSources">File names of the imports whose rows were replaced.</param>
public sealed record ReplacedScope(
    string Provider,
    string? BillingAccountId,
    DateTime BillingPeriodStart,
    DateTime BillingPeriodEnd,
    long RowsRemoved,
    IReadOnlyList<string> PreviousSources);
