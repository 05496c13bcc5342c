using ValueLedger.Core.Ledger;

namespace ValueLedger.Web.Otlp;

/// <summary>One accepted <c>POST /v1/traces</c>: who sent it (the API token's actor, for the audit log) and its records.</summary>
internal sealed record OtlpQueuedRequest(string Actor, IReadOnlyList<SpendRecord> Records);
