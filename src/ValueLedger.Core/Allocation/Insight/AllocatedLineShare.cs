namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// One allocation row with the FOCUS columns the ledger holds for its line, for the allocated export.
/// <see cref="LineCost"/> is the line's cost (the figure the shares sum to); <see cref="BilledCost"/> and
/// <see cref="EffectiveCost"/> are the line's own FOCUS figures (null for telemetry). <see cref="Tags"/>
/// is the line's tags as stored (a JSON object, original keys). Times are UTC.
/// </summary>
public sealed record AllocatedLineShare(
    LineId Id,
    string Provider,
    string? BillingAccountId,
    string? BillingAccountName,
    string? SubAccountId,
    string? SubAccountName,
    string? ServiceName,
    string? ServiceCategory,
    string? ChargeCategory,
    string? ChargeDescription,
    string? ResourceId,
    string? ResourceName,
    string? RegionId,
    string? SkuId,
    DateTime ChargePeriodStart,
    DateTime ChargePeriodEnd,
    DateTime? BillingPeriodStart,
    DateTime? BillingPeriodEnd,
    decimal? LineCost,
    decimal? BilledCost,
    decimal? EffectiveCost,
    string? Tags,
    AllocationShare Share);
