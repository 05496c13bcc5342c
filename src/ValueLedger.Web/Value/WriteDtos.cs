namespace ValueLedger.Web.Value;

// Request and response bodies of the value write API. Money is an exact decimal string (e.g. "12.50"), as in every
// response; days YYYY-MM-DD, months YYYY-MM. The actor is never a field: it is the signed-in user or the token's actor.

/// <summary>An outcome claim for [periodStart, periodEnd) (days, UTC, half-open). Without a value, successful × the agreed value per outcome applies.</summary>
internal sealed record RecordOutcomeRequest(
    string Initiative, string PeriodStart, string PeriodEnd, long Successful, long Failed, string? Value, string? Currency, string? Evidence, long? Corrects);

/// <summary>A review's reason: optional to validate, required to reject.</summary>
internal sealed record ReviewRequest(string? Reason);

/// <summary>A J-curve version: month 0, C, T, D, M, V and w (PRODUCT.md "J-curve declaration"); money as exact decimal strings.</summary>
internal sealed record DeclareJCurveRequest(
    string StartMonth, string MonthlyCost, int TroughMonth, string TroughDepth, int MaturityMonth, string TargetMonthlyNet, string Tolerance, string Currency);

/// <summary>A readiness control's new state (missing, in-progress, evidenced with an http(s) link, waived with a reason).</summary>
internal sealed record ReadinessRequest(string State, string? Evidence, string? Reason);

/// <summary>The stage to move to (one step forward, or one back with a reason).</summary>
internal sealed record AdvanceRequest(string To, string? Reason);

/// <summary>Why the initiative is retired (required).</summary>
internal sealed record RetireRequest(string? Reason);

/// <summary>An attribution method agreed by finance: how outcomes are proven, what one is, and what one is worth.</summary>
internal sealed record AgreeMethodRequest(string Initiative, string Method, string MetricDefinition, string ValuePerOutcome, string Currency);

internal sealed record JCurveVersionDto(
    string Initiative, int Version, string StartMonth, string MonthlyCost, int TroughMonth, string TroughDepth, int MaturityMonth, string TargetMonthlyNet,
    string Tolerance, string Currency, bool Signed, string? SignedAt, int? BreakEvenMonth);

internal sealed record ReadinessDto(string Initiative, string Control, string State, string? Evidence, string? Reason, string At);

internal sealed record TransitionDto(string Initiative, string From, string To, string At, string? Reason);

internal sealed record AgreementDto(string Initiative, string Method, string MetricDefinition, string ValuePerOutcome, string Currency, string AgreedAt);

internal sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, int Total);

/// <summary>One audit entry: who (the actor) did what (action) to what (subject), when, why; details are the JSON text the store recorded.</summary>
internal sealed record AuditEntryDto(long Seq, string At, string Actor, string Action, string Subject, string? Reason, string? Details);
