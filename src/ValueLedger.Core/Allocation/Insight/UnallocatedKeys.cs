namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// The line keys Unallocated cost is ranked by: a rule matching one of these values would allocate
/// the cost (or, for <see cref="Reason"/>, the reason says what to do). Only keys the line itself holds;
/// person identifiers (end-user hashes) are never a key.
/// </summary>
public static class UnallocatedKeys
{
    public const string BillingAccount = "billing_account";
    public const string SubAccount = "sub_account";
    public const string Resource = "resource";
    public const string ApiKey = "api_key";
    public const string Service = "service";

    /// <summary>Provider and model, written <c>provider/model</c>.</summary>
    public const string ProviderModel = "provider_model";

    /// <summary>The row's reason (<see cref="AllocationReasons"/>), or <see cref="NotAllocatedYet"/>.</summary>
    public const string Reason = "reason";

    /// <summary>The reason of a cost line that has no allocation row at all (the period was never allocated).</summary>
    public const string NotAllocatedYet = "not-allocated-yet";

    /// <summary>The keys in the order they are computed.</summary>
    public static IReadOnlyList<string> All { get; } = [BillingAccount, SubAccount, Resource, ApiKey, Service, ProviderModel, Reason];
}
