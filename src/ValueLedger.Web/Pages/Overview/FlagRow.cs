namespace ValueLedger.Web.Pages.Overview;

/// <summary>A gaming flag raised on a business unit's scoreboard line.</summary>
public sealed record FlagRow(string Unit, string Kind, string Explanation);
