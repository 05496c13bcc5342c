namespace ValueLedger.Web.Pages.Spend;

/// <summary>The total of one currency (currencies are never added together).</summary>
public sealed record SpendTotalRow(string Currency, string Cost, string EstimatedUncovered);
