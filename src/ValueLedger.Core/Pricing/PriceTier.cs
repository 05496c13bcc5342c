namespace ValueLedger.Core.Pricing;

/// <summary>
/// Prices that replace an entry's own when every stated condition holds: a long prompt
/// (e.g. above 200k input tokens per request) and/or a service tier (<c>batch</c>, <c>priority</c>,
/// <c>flex</c>). A tier states at least one condition.
/// </summary>
public sealed record PriceTier
{
    /// <summary>Short name, appended to the price id as <c>#name</c> when the tier applies.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Applies only when a request's input exceeds this many tokens (strictly more). Input per request
    /// is (uncached input + cache reads + cache writes) / requests, requests taken as 1 when unknown.
    /// </summary>
    public long? InputTokensAbove { get; init; }

    /// <summary>Applies only to records of this service tier (compared case-insensitively).</summary>
    public string? ServiceTier { get; init; }

    /// <summary>The prices charged when the tier applies.</summary>
    public required TokenPrices Prices { get; init; }

    /// <summary>Whether both conditions (those stated) hold.</summary>
    /// <param name="inputTokensPerRequest">
    /// Average input tokens per request, all input kinds added; null when the record does not say how many requests it
    /// holds (an Anthropic usage bucket): then a tier conditioned on request size never applies,
    /// because a day's tokens are not one request's.
    /// </param>
    /// <param name="serviceTier">The record's service tier, or null when unknown.</param>
    public bool AppliesTo(decimal? inputTokensPerRequest, string? serviceTier) =>
        (InputTokensAbove is not { } threshold || inputTokensPerRequest > threshold)
        && (ServiceTier is null
            || string.Equals(ServiceTier.Trim(), serviceTier?.Trim(), StringComparison.OrdinalIgnoreCase));
}
