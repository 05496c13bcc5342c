namespace ValueLedger.Core.Value;

/// <summary>Reads the append-only audit log (entries are written by the stores, with the change they record).</summary>
public interface IAuditLog
{
    /// <summary>Entries newest first: of one subject (e.g. <c>outcome:12</c>) or subject prefix ending in <c>*</c> when given, in [from, to) when given, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAuditAsync(string? subject, DateTime? from, DateTime? to, int limit, CancellationToken cancellationToken);
}
