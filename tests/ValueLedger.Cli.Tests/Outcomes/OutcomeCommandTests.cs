using System.Text.Json;

namespace ValueLedger.Cli.Tests.Outcomes;

public sealed class OutcomeCommandTests
{
    [Fact]
    public async Task AgreeRecordValidate_HappyPath_ListedAsCountingWithTheAgreedValue()
    {
        using var ledger = new OutcomeLedger();
        var agreed = await ledger.AgreeAsync();
        ledger.Now = ledger.Now.AddDays(30);

        // A period spanning two months: 40 successful × 12.50 = 500 USD.
        var recorded = await ledger.OkAsync("outcome", "record", "support-copilot", "--from", "2026-01-20", "--to", "2026-02-10", "--successful", "40", "--failed", "3", "--evidence", "https://wiki/x", "--actor", "head-of-ops");
        var validated = await ledger.OkAsync("outcome", "validate", "1", "--actor", "cfo", "--reason", "matches the ticket system");
        var list = await ledger.OkAsync("outcome", "list", "--format", "json");

        Assert.StartsWith("agreed: support-copilot proves outcomes by controlled-experiment, 12.5 USD per successful outcome; approved by cfo at 2026-01-15T09:00:00Z; claims count for periods starting on or after 2026-01-16", agreed.Stdout, StringComparison.Ordinal);
        Assert.Equal("1", recorded.Stdout.Trim());
        Assert.Equal("outcome 1 validated by cfo", validated.Stdout.Trim());
        using var json = JsonDocument.Parse(list.Stdout);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(1, row.GetProperty("id").GetInt64());
        Assert.Equal("500", row.GetProperty("value").GetString());
        Assert.Equal(("USD", "agreement", "validated", "yes"), (row.GetProperty("currency").GetString(), row.GetProperty("valueSource").GetString(), row.GetProperty("status").GetString(), row.GetProperty("counts").GetString()));
        Assert.Equal(("2026-01-20", "2026-02-10", 40, 3), (row.GetProperty("periodStart").GetString(), row.GetProperty("periodEnd").GetString(), row.GetProperty("successful").GetInt32(), row.GetProperty("failed").GetInt32()));
        Assert.Equal(("head-of-ops", "cfo", "matches the ticket system"), (row.GetProperty("recordedBy").GetString(), row.GetProperty("reviewedBy").GetString(), row.GetProperty("reviewReason").GetString()));
    }

    [Fact]
    public async Task Validate_ActorWithoutFinanceRole_RefusedExit1AndStillAClaim()
    {
        using var ledger = new OutcomeLedger();
        await ledger.AgreeAsync();
        await ledger.OkAsync("outcome", "record", "support-copilot", "--from", "2026-02", "--to", "2026-03", "--successful", "5", "--actor", "head-of-ops");

        var result = await ledger.RunAsync("outcome", "validate", "1", "--actor", "head-of-ops");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'head-of-ops' may not validate outcome 1: that needs the finance role, and 'head-of-ops' holds only bu-owner", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(",claimed,no,", (await ledger.OkAsync("outcome", "list", "--format", "csv")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agree_ActorWithoutFinanceRole_Refused()
    {
        using var ledger = new OutcomeLedger();

        var result = await ledger.RunAsync("method", "agree", "support-copilot", "--method", "self-reported", "--metric", "x", "--value-per-outcome", "1", "--currency", "USD", "--actor", "auditor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'auditor' may not agree an attribution method for 'support-copilot': that needs the finance role, and 'auditor' holds only viewer", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewTwice_ValidatedClaimCannotBeChanged_CorrectionIsANewRecordThatSupersedesIt()
    {
        using var ledger = new OutcomeLedger();
        await ledger.AgreeAsync();
        await ledger.OkAsync("outcome", "record", "support-copilot", "--from", "2026-02-01", "--to", "2026-03-01", "--successful", "40", "--actor", "head-of-ops");
        await ledger.OkAsync("outcome", "validate", "1", "--actor", "cfo");

        var again = await ledger.RunAsync("outcome", "reject", "1", "--reason", "too high", "--actor", "cfo");
        var correction = await ledger.OkAsync("outcome", "record", "support-copilot", "--from", "2026-02-01", "--to", "2026-03-01", "--successful", "36", "--corrects", "1", "--actor", "head-of-ops");
        await ledger.OkAsync("outcome", "validate", "2", "--actor", "cfo");
        var list = await ledger.OkAsync("outcome", "list", "--status", "validated", "--format", "csv");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("outcome 1 was already validated by cfo at 2026-01-15T09:00:00Z; a reviewed record is never changed: record a correction (outcome record --corrects 1)", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("2", correction.Stdout.Trim());
        var lines = list.Stdout.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("1,support-copilot,2026-02-01,2026-03-01,40,0,500,USD,agreement,validated,no,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,support-copilot,2026-02-01,2026-03-01,36,0,450,USD,agreement,validated,yes,1,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ClaimBeforeAnyAgreement_StaysAClaim()
    {
        using var ledger = new OutcomeLedger();
        await ledger.OkAsync("outcome", "record", "support-copilot", "--from", "2026-01-01", "--to", "2026-02-01", "--successful", "9", "--actor", "head-of-ops");
        ledger.Now = ledger.Now.AddDays(1);
        await ledger.AgreeAsync();

        var result = await ledger.RunAsync("outcome", "validate", "1", "--actor", "cfo");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("outcome 1 cannot be validated: the first attribution method for 'support-copilot' was agreed at 2026-01-16T09:00:00Z, after the claim's period start 2026-01-01; the record stays a claim", result.Stderr, StringComparison.Ordinal);
        var list = await ledger.OkAsync("outcome", "list", "--format", "json");
        using var json = JsonDocument.Parse(list.Stdout);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("claimed", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Record_RetiredInitiative_OnlyPeriodsStartingBeforeTheRetirement()
    {
        using var ledger = new OutcomeLedger();
        await ledger.OkAsync("outcome", "list");
        await ledger.ExecuteSqlAsync("INSERT INTO stage_transitions VALUES ('legacy-bot', 'production', 'retired', 'admin', TIMESTAMP '2026-01-10 12:00:00', 'laggard')");

        var before = await ledger.RunAsync("outcome", "record", "legacy-bot", "--from", "2025-12", "--to", "2026-01", "--successful", "3", "--actor", "head-of-ops");
        var after = await ledger.RunAsync("outcome", "record", "legacy-bot", "--from", "2026-01-11", "--to", "2026-02-01", "--successful", "3", "--actor", "head-of-ops");

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("'legacy-bot' was retired at 2026-01-10T12:00:00Z; it accepts claims only for periods starting before then", after.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outcome", "record", "support-copilot", "--from", "2026-02-01", "--successful", "1")]
    [InlineData("outcome", "reject", "1")]
    [InlineData("method", "agree", "support-copilot", "--method", "gut-feeling", "--metric", "x", "--value-per-outcome", "1", "--currency", "USD")]
    [InlineData("method", "agree", "support-copilot", "--method", "self-reported", "--metric", "x", "--value-per-outcome", "1,5", "--currency", "USD")]
    [InlineData("outcome", "list", "--status", "approved")]
    [InlineData("audit", "--limit", "0")]
    public async Task Usage_BadOrMissingOption_Exit2(params string[] args)
    {
        using var ledger = new OutcomeLedger();

        var result = await ledger.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
    }

    [Fact]
    public async Task Record_UndeclaredInitiativeOrBadPeriod_RefusedExit1()
    {
        using var ledger = new OutcomeLedger();

        var unknown = await ledger.RunAsync("outcome", "record", "nope", "--from", "2026-02-01", "--to", "2026-03-01", "--successful", "1");
        var backwards = await ledger.RunAsync("outcome", "record", "support-copilot", "--from", "2026-03-01", "--to", "2026-02-01", "--successful", "1");

        Assert.Equal((1, 1), (unknown.ExitCode, backwards.ExitCode));
        Assert.Contains("'nope' is not a declared initiative; declared: support-copilot, legacy-bot", unknown.Stderr, StringComparison.Ordinal);
        Assert.Contains("the period end 2026-02-01 must be after its start 2026-03-01", backwards.Stderr, StringComparison.Ordinal);
    }
}
