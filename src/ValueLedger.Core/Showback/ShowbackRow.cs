namespace ValueLedger.Core.Showback;

/// <summary>
/// Allocated cost of one month (UTC, <see cref="Month"/> = the first instant of the month) summed over
/// the allocation rows that share every key. <see cref="Bu"/> null = Unallocated; <see cref="Initiative"/>
/// null = the unit without an initiative. <see cref="Amount"/> is net (credits negative);
/// <see cref="Gross"/> sums only the shares of lines with a positive cost (for ratios). Both in <see cref="Currency"/>.
/// <see cref="LineKind"/> is <c>cost</c> (a bill's line) or <c>usage</c> (estimated telemetry no bill covers);
/// <see cref="Method"/>, <see cref="RuleKind"/>, <see cref="Fallback"/> and <see cref="Reason"/> are the stored
/// allocation columns (Core <c>AllocationMethods</c>, <c>AllocationReasons</c>).
/// </summary>
public sealed record ShowbackRow(
    DateTime Month,
    string? Bu,
    string? Initiative,
    string Provider,
    string? Model,
    string Method,
    string? RuleKind,
    bool Fallback,
    string? Reason,
    string LineKind,
    string Currency,
    decimal Amount,
    decimal Gross);
