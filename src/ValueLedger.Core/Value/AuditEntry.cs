namespace ValueLedger.Core.Value;

/// <summary>
/// One line of the append-only audit log: who (<see cref="Actor"/>) did what (<see cref="Action"/>, e.g.
/// <c>outcome.validate</c>, see <see cref="AuditActions"/>) to what (<see cref="Subject"/>, e.g.
/// <c>outcome:12</c>, <c>initiative:support-copilot</c>), when, with details (JSON text) and the reason given.
/// Written in the same transaction as the change it records.
/// </summary>
public sealed record AuditEntry(long Seq, DateTimeOffset At, string Actor, string Action, string Subject, string? Details, string? Reason);
