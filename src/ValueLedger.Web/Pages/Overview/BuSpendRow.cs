namespace ValueLedger.Web.Pages.Overview;

/// <summary>Net allocated cost of one business unit (null id = Unallocated) in one currency in the latest month.</summary>
public sealed record BuSpendRow(string? Bu, string Name, string Currency, decimal NetCost);
