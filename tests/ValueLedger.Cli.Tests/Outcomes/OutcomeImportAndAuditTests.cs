using System.Text.Json;

namespace ValueLedger.Cli.Tests.Outcomes;

public sealed class OutcomeImportAndAuditTests
{
    private const string Header = "initiative,period_start,period_end,successful,failed,value,currency,evidence,corrects\n";

    [Fact]
    public async Task Import_GoodFile_AllRowsThenTheSameFileAgainRefused()
    {
        using var ledger = new OutcomeLedger();
        var file = ledger.File("claims.csv");
        await File.WriteAllTextAsync(file, Header + "support-copilot,2026-02-01,2026-03-01,10,1,,,,\nlegacy-bot,2026-02-01,2026-03-01,4,0,99.5,eur,https://x,\n");

        var first = await ledger.OkAsync("outcome", "import", file, "--actor", "head-of-ops");
        var second = await ledger.RunAsync("outcome", "import", file, "--actor", "head-of-ops");

        Assert.Equal("imported 2 outcome claim(s) from claims.csv: ids 1–2; they count once validated", first.Stdout.Trim());
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("claims.csv: this file (sha256 ", second.Stderr, StringComparison.Ordinal);
        Assert.Contains(") was already imported by head-of-ops at 2026-01-15T09:00:00Z (2 outcome record(s)); nothing imported", second.Stderr, StringComparison.Ordinal);
        var list = await ledger.OkAsync("outcome", "list", "--initiative", "legacy-bot", "--format", "csv");
        Assert.Contains("2,legacy-bot,2026-02-01,2026-03-01,4,0,99.5,EUR,stated,claimed,no,,https://x,head-of-ops,", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadRows_NothingImportedAndEveryErrorNamesLineAndColumn()
    {
        using var ledger = new OutcomeLedger();
        var file = ledger.File("bad.csv");
        await File.WriteAllTextAsync(file, Header + "support-copilot,2026-02-01,2026-03-01,10,1,,,,\nsupport-copilot,2026-02-31,2026-03-01,1,0,,,,\nsupport-copilot,2026-02-01,2026-03-01,1,0,5,,,\n");

        var result = await ledger.RunAsync("outcome", "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv: nothing imported;", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3, column period_start: period_start is not a date YYYY-MM-DD", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("bad.csv:4, column currency: currency is empty; a stated value needs its currency", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("id,initiative", (await ledger.OkAsync("outcome", "list", "--format", "csv")).Stdout, StringComparison.Ordinal);
        Assert.Equal(2, (await ledger.OkAsync("outcome", "list", "--format", "csv")).Stdout.Split('\n').Length);
    }

    [Fact]
    public async Task Import_RuleProblems_NothingImportedWithLineAndColumn()
    {
        using var ledger = new OutcomeLedger();
        var file = ledger.File("claims.csv");
        await File.WriteAllTextAsync(file, Header + "support-copilot,2026-02-01,2026-03-01,10,1,,,,\nunknown-thing,2026-02-01,2026-03-01,1,0,,,,\nsupport-copilot,2026-02-01,2026-03-01,1,0,,,,7\n");

        var result = await ledger.RunAsync("outcome", "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3, column initiative: 'unknown-thing' is not a declared initiative", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 4, column corrects: 'corrects' names outcome 7, which does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, (await ledger.OkAsync("outcome", "list", "--format", "csv")).Stdout.Split('\n').Length);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData(Header, "the file has a header but no rows")]
    [InlineData("team,month,count\nx,1,2\n", "unknown column 'team'")]
    public async Task Import_WholeFileProblem_Refused(string text, string reason)
    {
        using var ledger = new OutcomeLedger();
        var file = ledger.File("claims.csv");
        await File.WriteAllTextAsync(file, text);

        var result = await ledger.RunAsync("outcome", "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_Exit1()
    {
        using var ledger = new OutcomeLedger();

        var result = await ledger.RunAsync("outcome", "import", ledger.File("nope.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot read", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_AfterAgreeRecordReject_EveryChangeNewestFirstWithWhoAndWhy()
    {
        using var ledger = new OutcomeLedger();
        await ledger.AgreeAsync();
        ledger.Now = ledger.Now.AddHours(1);
        await ledger.OkAsync("outcome", "record", "support-copilot", "--from", "2026-02-01", "--to", "2026-03-01", "--successful", "5", "--actor", "head-of-ops");
        ledger.Now = ledger.Now.AddHours(1);
        await ledger.OkAsync("outcome", "reject", "1", "--reason", "no evidence attached", "--actor", "cfo");

        var all = await ledger.OkAsync("audit", "--format", "json");
        var one = await ledger.OkAsync("audit", "--subject", "outcome:1", "--limit", "1", "--format", "csv");
        var table = await ledger.OkAsync("audit", "--from", "2026-01-15", "--to", "2026-01-16");

        using var json = JsonDocument.Parse(all.Stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["outcome.reject", "outcome.record", "attribution.agree"], rows.Select(r => r.GetProperty("action").GetString()));
        Assert.Equal([3, 2, 1], rows.Select(r => r.GetProperty("seq").GetInt32()));
        Assert.Equal(("cfo", "outcome:1", "no evidence attached", "2026-01-15T11:00:00Z"), (rows[0].GetProperty("actor").GetString(), rows[0].GetProperty("subject").GetString(), rows[0].GetProperty("reason").GetString(), rows[0].GetProperty("at").GetString()));
        Assert.Equal("initiative:support-copilot", rows[2].GetProperty("subject").GetString());
        Assert.Equal(2, one.Stdout.Trim().Split('\n').Length);
        Assert.Contains("outcome.reject", one.Stdout, StringComparison.Ordinal);
        Assert.Contains("attribution.agree", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MethodList_TwoAgreements_OldestFirstExactValues()
    {
        using var ledger = new OutcomeLedger();
        await ledger.AgreeAsync();
        ledger.Now = ledger.Now.AddDays(31);
        await ledger.OkAsync("method", "agree", "legacy-bot", "--method", "finance-estimate", "--metric", "hours saved", "--value-per-outcome", "0.125", "--currency", "eur", "--actor", "cfo");

        var csv = await ledger.OkAsync("method", "list", "--format", "csv");
        var only = await ledger.OkAsync("method", "list", "--initiative", "legacy-bot", "--format", "json");

        Assert.Equal(
            "initiative,method,metric,valuePerOutcome,currency,approver,agreedAt\n"
            + "support-copilot,controlled-experiment,ticket resolved without a human,12.5,USD,cfo,2026-01-15T09:00:00Z\n"
            + "legacy-bot,finance-estimate,hours saved,0.125,EUR,cfo,2026-02-15T09:00:00Z",
            csv.Stdout.Trim().ReplaceLineEndings("\n"));
        using var json = JsonDocument.Parse(only.Stdout);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("0.125", row.GetProperty("valuePerOutcome").GetString());
    }
}
