using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Pricing;

/// <summary>Estimates the cost of a usage-telemetry record from its token counts.</summary>
public interface IPricer
{
    /// <summary>The estimate, or null when no price is known for the record's provider and model.</summary>
    PriceQuote? Price(SpendRecord record);
}

/// <summary>An estimated cost and the price-book entry that produced it.</summary>
/// <param name="Cost">Exact product of token counts and per-token prices, not rounded.</param>
/// <param name="Currency">ISO 4217 code of the price.</param>
/// <param name="PriceId">Identifies the entry and tier used, e.g. <c>openai/gpt-4o@2024-08-06</c>.</param>
public readonly record struct PriceQuote(decimal Cost, string Currency, string PriceId);
