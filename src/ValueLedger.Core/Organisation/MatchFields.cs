namespace ValueLedger.Core.Organisation;

/// <summary>The record fields a rule can match on (the YAML keys under <c>match</c>).</summary>
public static class MatchFields
{
    public const string Tag = "tag";
    public const string BillingAccount = "billing_account";
    public const string SubAccount = "sub_account";
    public const string ApiKey = "api_key";
    public const string Team = "team";
    public const string Agent = "agent";
    public const string Provider = "provider";
    public const string Service = "service";
    public const string Model = "model";

    /// <summary>All fields except <see cref="Tag"/>; <c>project</c> is accepted as an alias of <see cref="SubAccount"/> by the loader.</summary>
    public static IReadOnlyList<string> Scalar { get; } = [BillingAccount, SubAccount, ApiKey, Team, Agent, Provider, Service, Model];
}
