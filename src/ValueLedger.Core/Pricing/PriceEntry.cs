namespace ValueLedger.Core.Pricing;

/// <summary>
/// The list price of a model family at one provider (or several that sell it at the same price,
/// e.g. OpenAI models on <c>openai</c> and <c>azure</c>) from a date on. An entry applies from
/// <see cref="EffectiveFrom"/> until the next entry for the same provider and pattern.
/// </summary>
public sealed record PriceEntry
{
    /// <summary>Canonical provider ids (see <c>ProviderNames</c>) this price applies to; at least one.</summary>
    public required IReadOnlyList<string> Providers { get; init; }

    /// <summary>
    /// An exact model name (<c>gpt-4o</c>) or a glob where <c>*</c> stands for any run of characters
    /// (<c>gpt-4o-20*</c>). Compared with the normalised model name (see <see cref="ModelNames"/>).
    /// </summary>
    public required string ModelPattern { get; init; }

    /// <summary>First UTC day this price is in force (inclusive).</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The standard per-token prices.</summary>
    public required TokenPrices Prices { get; init; }

    /// <summary>ISO 4217 code of the prices.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Conditional prices, tried in order: the first whose conditions hold replaces <see cref="Prices"/>.</summary>
    public IReadOnlyList<PriceTier> Tiers { get; init; } = [];
}
