namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// The demo ledger under an organisation whose names carry markup and a spreadsheet formula: customer support's
/// unit name holds a script tag, its initiative's name an attribute break-out, the sales unit's name a formula, and
/// one of support's outcome records a script tag as evidence. Pages must escape them, CSV must neutralise the
/// formula, JSON must carry them unchanged.
/// </summary>
public sealed class HostileLedgerFixture : DemoLedgerFixture
{
    public const string Script = "<script>alert(1)</script>";
    public const string BreakOut = "\"><img src=x onerror=alert(1)>";
    public const string Formula = "=HYPERLINK(\"http://x\")";
    public const string Initiative = "support-copilot";
    public const string Unit = "customer-support";

    protected override async Task CustomiseAsync()
    {
        var yaml = await File.ReadAllTextAsync(Org);
        yaml = Replace(yaml, "{ id: customer-support, name: Customer Support,", $"{{ id: customer-support, name: '{Script}',");
        yaml = Replace(yaml, "{ id: sales, name: Sales,", $"{{ id: sales, name: '{Formula}',");
        yaml = Replace(yaml, "{ id: support-copilot, name: Support copilot,", $"{{ id: support-copilot, name: '{BreakOut}',");
        await File.WriteAllTextAsync(Org, yaml);
        var record = await CliAsync(
            "outcome", "record", Initiative, "--from", "2026-01-01", "--to", "2026-02-01", "--successful", "3",
            "--evidence", Script, "--db", Db, "--org", Org, "--actor", "head-of-support");
        Assert.True(record.Exit == 0, record.Stderr);
    }

    private static string Replace(string yaml, string from, string to)
    {
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }
}
