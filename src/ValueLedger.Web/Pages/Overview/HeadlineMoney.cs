namespace ValueLedger.Web.Pages.Overview;

/// <summary>The headline of the latest month in one currency: attribution coverage (fraction), value realised, net value (money), ROI (fraction; null when cost ≤ 0).</summary>
public sealed record HeadlineMoney(string Currency, decimal? Coverage, decimal NetCost, decimal ValueRealised, decimal NetValue, decimal? Roi);
