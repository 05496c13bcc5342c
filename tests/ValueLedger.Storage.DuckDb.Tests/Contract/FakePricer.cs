using ValueLedger.Core.Ledger;
using ValueLedger.Core.Pricing;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>Prices by model: a fixed price per input and per output token, in USD.</summary>
public sealed class FakePricer(IReadOnlyDictionary<string, (decimal Input, decimal Output)> prices) : IPricer
{
    public int Calls { get; private set; }

    public PriceQuote? Price(SpendRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Calls++;
        if (record.Model is null || !prices.TryGetValue(record.Model, out var price))
        {
            return null;
        }

        var cost = ((record.InputTokens ?? 0) * price.Input) + ((record.OutputTokens ?? 0) * price.Output);
        return new PriceQuote(cost, "USD", $"{record.Provider}/{record.Model}");
    }
}
