namespace ValueLedger.Web.Pages.Overview;

/// <summary>Allocation coverage of the latest month in one currency (to initiatives ÷ gross in scope) and its FinOps maturity, as <c>valueledger coverage</c> judges it.</summary>
public sealed record MaturityRow(string Currency, decimal GrossInScope, decimal GrossAllocatedToInitiative, decimal? Coverage, string Maturity);
