namespace ValueLedger.Core.Value.Outcomes;

/// <summary>An outcome record's value: an amount of money in one ISO 4217 currency (never added across currencies).</summary>
public readonly record struct OutcomeValue(decimal Amount, string Currency);
