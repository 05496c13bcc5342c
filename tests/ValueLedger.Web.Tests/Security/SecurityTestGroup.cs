namespace ValueLedger.Web.Tests.Security;

/// <summary>The security tests share one demo ledger (building one takes seconds); they run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SecurityTestGroup : ICollectionFixture<DemoLedgerFixture>
{
    public const string Name = "security";
}
