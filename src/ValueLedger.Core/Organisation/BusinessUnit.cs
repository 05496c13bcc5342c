namespace ValueLedger.Core.Organisation;

/// <summary>
/// A business unit that AI spend is shown (or charged) back to. Chargeback takes effect only after the
/// owner's acknowledgement, which the ledger records later; here it is the declared wish.
/// </summary>
public sealed record BusinessUnit(string Id, string Name, string? Owner, BillingMode Mode, SourceLocation Location);
