using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Core.Tests.Insight;

public sealed class AllocationShareTextTests
{
    private static AllocationShare Share(string method, string? details = null, bool fallback = false, string? reason = null, string? ruleKind = "rule") =>
        new("cost", method == AllocationMethods.Unallocated ? null : "bu", null, 1m, "USD", method, ruleKind, "r", 1, fallback, reason, details);

    [Theory]
    [InlineData("""{"basis_cost":"30","basis_total":"100","basis_currency":"USD","basis_records":1204,"same_model":false}""", "telemetry split: this BU's usage cost 30.00 of 100.00 USD basis (1,204 records) -> 30 %")]
    [InlineData("""{"basis_cost":1,"basis_total":3,"basis_currency":"EUR","basis_records":3,"same_model":true}""", "telemetry split: this BU's usage cost 1.00 of 3.00 EUR basis (3 records, same model) -> 33.33 %")]
    [InlineData("""{"basis_cost":"1"}""", "telemetry split")]
    [InlineData("not json", "telemetry split")]
    public void Describe_TelemetrySplit_StatesTheBasis(string details, string expected) =>
        Assert.Equal(expected, AllocationShareText.Describe(Share(AllocationMethods.Telemetry, details)));

    [Fact]
    public void Describe_WeightsFallback_SaysWhyTheSplitWasNotUsed() =>
        Assert.Equal(
            "fallback (the telemetry split found no priced usage telemetry of the same provider (and model) in the line's period): weights: 0.25 of the line",
            AllocationShareText.Describe(Share(AllocationMethods.Weights, """{"weight":"0.250000"}""", fallback: true, reason: AllocationReasons.NoTelemetry)));

    [Fact]
    public void Describe_EvenPolicy_NamesThePolicyAndParts() =>
        Assert.Equal("shared-cost policy, even split: 1 of 4 parts", AllocationShareText.Describe(Share(AllocationMethods.Even, """{"parts":4}""", ruleKind: "policy")));

    [Fact]
    public void Describe_Unallocated_GivesTheReasonInWords() =>
        Assert.Equal(
            "unallocated: no allocation rule or shared-cost policy matched the line",
            AllocationShareText.Describe(Share(AllocationMethods.Unallocated, reason: AllocationReasons.NoMatchingRule, ruleKind: null)));
}
