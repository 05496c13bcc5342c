namespace ValueLedger.Web.Pages;

/// <summary>One currency's figures of a month: exact decimal text (null = undefined, shown n/a), never summed across currencies.</summary>
public sealed record MoneyLine(string Currency, string Cost, string? CostPerSuccessfulOutcome, string NetValue);
