namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// The demo ledger under an organisation whose names carry markup and a spreadsheet formula: customer support's
/// unit name holds a script tag, its initiative's name an attribute break-out, the sales unit's name a formula, and
/// one of support's outcome records a script tag as evidence, and one usage row a formula as a tag value. Pages must escape them, CSV must neutralise the
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

        // One usage row in the demo's last day whose tag value is a formula (spend by tag, CSV exports).
        var day = await LastDayAsync();
        var csv = Path.Combine(Folder, "hostile-usage.csv");
        await File.WriteAllTextAsync(csv, $"ts,model,requests,input,output,cost,team,feature\n{day}T10:00:00Z,gpt-4o,1,100,50,0.25,customer-support,\"=HYPERLINK(\"\"http://x\"\")\"\n");
        var mapping = Path.Combine(Folder, "hostile-mapping.yaml");
        await File.WriteAllTextAsync(mapping, "provider: openai\nperiod: hour\ncolumns: { timestamp: ts, model: model, requests: requests, input_tokens: input, output_tokens: output, cost: cost, team: team }\ntags: [feature]\n");
        var import = await CliAsync("import", csv, "--mapping", mapping, "--db", Db);
        Assert.True(import.Exit == 0, import.Stdout + import.Stderr);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM spend_records WHERE tags LIKE '%HYPERLINK%'"));
    }

    private async Task<string> LastDayAsync() => (string)(await ScalarAsync("SELECT strftime(max(charge_period_start), '%Y-%m-%d') FROM spend_records"))!;

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Db}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static string Replace(string yaml, string from, string to)
    {
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }
}
