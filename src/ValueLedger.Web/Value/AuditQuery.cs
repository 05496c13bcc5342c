namespace ValueLedger.Web.Value;

/// <summary>An audit log query: subject (exact, or a prefix ending in <c>*</c>), [From, To) as UTC midnights, page from 1.</summary>
internal sealed record AuditQuery(string? Subject, DateTime? From, DateTime? To, int Page, int PageSize);
