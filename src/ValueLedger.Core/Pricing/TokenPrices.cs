namespace ValueLedger.Core.Pricing;

/// <summary>
/// Per-token list prices, in the currency of the <see cref="PriceEntry"/> that holds them (USD unless
/// stated). The four token kinds are those of <c>SpendRecord</c>: uncached input, cache reads,
/// cache writes and output (reasoning tokens are part of output and priced as output).
/// </summary>
public sealed record TokenPrices
{
    /// <param name="input">Price of one uncached input (prompt) token.</param>
    /// <param name="output">Price of one output token, reasoning included.</param>
    /// <param name="cachedRead">Price of one token read from a prompt cache; defaults to <paramref name="input"/>.</param>
    /// <param name="cacheWrite">Price of one token written to a prompt cache; defaults to <paramref name="input"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A price is negative.</exception>
    public TokenPrices(decimal input, decimal output, decimal? cachedRead = null, decimal? cacheWrite = null)
    {
        Input = NotNegative(input, nameof(input));
        Output = NotNegative(output, nameof(output));
        CachedRead = NotNegative(cachedRead ?? input, nameof(cachedRead));
        CacheWrite = NotNegative(cacheWrite ?? input, nameof(cacheWrite));
    }

    /// <summary>Per uncached input token.</summary>
    public decimal Input { get; }

    /// <summary>Per token read from a prompt cache.</summary>
    public decimal CachedRead { get; }

    /// <summary>Per token written to a prompt cache.</summary>
    public decimal CacheWrite { get; }

    /// <summary>Per output token.</summary>
    public decimal Output { get; }

    private static decimal NotNegative(decimal price, string name) =>
        price >= 0 ? price : throw new ArgumentOutOfRangeException(name, price, "A price cannot be negative.");
}
