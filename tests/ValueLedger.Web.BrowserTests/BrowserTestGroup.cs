namespace ValueLedger.Web.BrowserTests;

/// <summary>All browser tests share one demo ledger, one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
