using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Core.Tests.Insight;

public sealed class UnallocatedFixTests
{
    [Theory]
    [InlineData(UnallocatedKeys.SubAccount, "proj_x", "0.41", "add a rule matching sub_account: proj_x (covers 41 % of unallocated USD)")]
    [InlineData(UnallocatedKeys.ApiKey, "key_9", "0.005", "add a rule matching api_key: key_9 (covers 1 % of unallocated USD)")]
    [InlineData(UnallocatedKeys.ProviderModel, "azure/gpt-4o", "1", "add a rule matching provider: azure and model: gpt-4o (covers 100 % of unallocated USD)")]
    [InlineData(UnallocatedKeys.ProviderModel, "openai", "0.5", "add a rule matching provider: openai (covers 50 % of unallocated USD)")]
    [InlineData(UnallocatedKeys.Resource, "res-1", "0.2", "tag resource res-1 with its owner and add a rule matching that tag (covers 20 % of unallocated USD)")]
    [InlineData(UnallocatedKeys.Reason, AllocationReasons.NoTelemetry, "0.3", "a telemetry split found no usage telemetry: import the usage for these lines' provider and period, or declare a fallback (covers 30 % of unallocated USD)")]
    [InlineData(UnallocatedKeys.Reason, UnallocatedKeys.NotAllocatedYet, "1", "never allocated: run valueledger allocate for the period (covers 100 % of unallocated USD)")]
    public void Suggest_KeyAndShare_SaysWhatToDo(string key, string value, string share, string expected) =>
        Assert.Equal(expected, UnallocatedFix.Suggest(new UnallocatedCandidate(key, value, "USD", 1m, 1, decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture), 1, new LineId(1, 2))));
}
