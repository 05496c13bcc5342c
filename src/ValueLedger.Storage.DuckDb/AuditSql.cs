using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Appends to <c>audit_log</c> inside the caller's transaction (so a change and its audit entry land together).</summary>
internal static class AuditSql
{
    public static Task AppendAsync(DuckDBConnection connection, DateTimeOffset at, string actor, string action, string subject, string? details, string? reason, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            connection,
            "INSERT INTO audit_log SELECT coalesce(max(seq), 0) + 1, $at, $actor, $action, $subject, $details, $reason FROM audit_log",
            cancellationToken,
            ("at", at.UtcDateTime),
            ("actor", actor),
            ("action", action),
            ("subject", subject),
            ("details", details),
            ("reason", reason));
}
