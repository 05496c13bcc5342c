namespace ValueLedger.Core.Allocation.Insight;

/// <summary>One of a business unit's largest allocation rows, with the line id to drill in with <c>explain LINE_ID</c>.</summary>
public sealed record BuTopLine(
    LineId Id,
    string LineKind,
    string Provider,
    string? ServiceName,
    string? Model,
    string? Initiative,
    decimal Amount,
    string Currency,
    string Method,
    string? RuleId);
