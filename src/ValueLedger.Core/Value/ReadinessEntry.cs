namespace ValueLedger.Core.Value;

/// <summary>One change of a readiness control (append-only; the latest per initiative and control counts).</summary>
public sealed record ReadinessEntry(
    string Initiative,
    ReadinessControl Control,
    ReadinessState State,
    string? EvidenceLink,
    string? Reason,
    string Actor,
    DateTimeOffset At);
