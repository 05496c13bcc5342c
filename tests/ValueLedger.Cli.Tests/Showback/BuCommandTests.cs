using System.Text.Json;

namespace ValueLedger.Cli.Tests.Showback;

public sealed class BuCommandTests
{
    [Fact]
    public async Task Acknowledge_DeclaredOwnerOfChargebackUnit_NowInChargebackAndStatementBillable()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("bu", "acknowledge", "finance", "--owner", "cfo", "--org", ledger.Organisation, "--note", "agreed in the Q4 review");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("finance is now in chargeback: acknowledged by cfo at 2026-11-28T10:00:00Z", result.Stdout.Trim());
        var showback = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "json", "--bu", "finance");
        using var json = JsonDocument.Parse(showback.Stdout);
        var finance = Assert.Single(json.RootElement.GetProperty("statements").EnumerateArray());
        Assert.Equal("billable", finance.GetProperty("status").GetString());
        Assert.Equal("cfo", finance.GetProperty("acknowledgedBy").GetString());
        Assert.Equal(JsonValueKind.Null, finance.GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task Acknowledge_ShowbackUnit_RecordedButStaysInShowback()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("bu", "acknowledge", "legal", "--owner", "general-counsel", "--org", ledger.Organisation);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("acknowledged; legal stays in showback because organisation.yaml declares mode: showback", result.Stdout.Trim());
        var list = await ledger.RunAsync("bu", "list", "--org", ledger.Organisation, "--format", "csv");
        Assert.Contains("legal,<script>alert(1)</script> & Co,general-counsel,showback,general-counsel,2026-11-28T10:00:00Z,showback,", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_SomeoneElseThanTheDeclaredOwner_RefusedAndNothingRecorded()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("bu", "acknowledge", "finance", "--owner", "intern", "--org", ledger.Organisation);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'intern' is not the declared owner of finance (the organisation declares 'cfo')", result.Stderr, StringComparison.Ordinal);
        var list = await ledger.RunAsync("bu", "list", "--org", ledger.Organisation, "--format", "json");
        using var json = JsonDocument.Parse(list.Stdout);
        var finance = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "finance");
        Assert.Equal(JsonValueKind.Null, finance.GetProperty("acknowledgedBy").ValueKind);
        Assert.Equal("showback", finance.GetProperty("effectiveMode").GetString());
        Assert.Equal("chargeback", finance.GetProperty("declaredMode").GetString());
    }

    [Fact]
    public async Task Acknowledge_UndeclaredUnit_RefusedListingTheDeclaredOnes()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("bu", "acknowledge", "marketing", "--owner", "cmo", "--org", ledger.Organisation);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'marketing' is not a declared business unit; declared: finance, legal", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Table_ShowsDeclaredAcknowledgedAndEffectiveMode()
    {
        using var ledger = await ShowbackLedger.CreateAsync();
        Assert.Equal(0, (await ledger.RunAsync("bu", "acknowledge", "finance", "--owner", "cfo", "--org", ledger.Organisation)).ExitCode);

        var result = await ledger.RunAsync("bu", "list", "--org", ledger.Organisation);

        Assert.True(result.ExitCode == 0, result.ToString());
        var finance = result.Stdout.Split('\n').Single(l => l.Contains("Finance", StringComparison.Ordinal));
        Assert.Matches(@"finance\s*│\s*Finance\s*│\s*cfo\s*│\s*chargeback\s*│\s*cfo\s*│\s*2026-11-28T10:00:00Z\s*│\s*chargeback", finance);
    }
}
