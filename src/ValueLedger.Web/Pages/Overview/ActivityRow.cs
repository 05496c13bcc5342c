namespace ValueLedger.Web.Pages.Overview;

/// <summary>A unit's activity of the latest month: shown, never scored.</summary>
public sealed record ActivityRow(string Unit, long Requests, long Tokens, long TelemetryRecords);
