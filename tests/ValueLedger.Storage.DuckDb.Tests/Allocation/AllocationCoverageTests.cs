using ValueLedger.Core.Allocation;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

public sealed class AllocationCoverageTests
{
    [Theory]
    [InlineData(null, "n/a")]
    [InlineData("0", "pre-crawl")]
    [InlineData("0.4999", "pre-crawl")]
    [InlineData("0.5", "crawl")]
    [InlineData("0.7999", "crawl")]
    [InlineData("0.8", "walk")]
    [InlineData("0.9", "walk")]
    [InlineData("0.9001", "run")]
    [InlineData("1", "run")]
    public void Maturity_Coverage_IsFinOpsLevel(string? coverage, string expected)
    {
        decimal? ratio = coverage is null ? null : decimal.Parse(coverage, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, AllocationCoverage.Maturity(ratio));
    }
}
