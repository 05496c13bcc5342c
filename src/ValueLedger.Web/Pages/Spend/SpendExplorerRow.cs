namespace ValueLedger.Web.Pages.Spend;

/// <summary>One group in one currency: exact money strings (cost = of record + estimated with no bill).</summary>
public sealed record SpendExplorerRow(IReadOnlyList<string?> Keys, string Currency, string Cost, string CostOfRecord, string EstimatedUncovered, long CostLines, long TelemetryRecords);
