namespace ValueLedger.Core.Allocation;

/// <summary>FinOps allocation-coverage maturity levels.</summary>
public static class AllocationCoverage
{
    public const string PreCrawl = "pre-crawl";
    public const string Crawl = "crawl";
    public const string Walk = "walk";
    public const string Run = "run";

    /// <summary>Said when there is no cost to cover (coverage null).</summary>
    public const string NotApplicable = "n/a";

    /// <summary>
    /// The level for a coverage ratio (0..1): run above 90 %, walk from 80 %, crawl from 50 %, else
    /// pre-crawl; <see cref="NotApplicable"/> when <paramref name="coverage"/> is null.
    /// </summary>
    public static string Maturity(decimal? coverage) => coverage switch
    {
        null => NotApplicable,
        > 0.9m => Run,
        >= 0.8m => Walk,
        >= 0.5m => Crawl,
        _ => PreCrawl,
    };
}
