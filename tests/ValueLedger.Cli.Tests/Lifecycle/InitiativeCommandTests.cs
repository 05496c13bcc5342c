using System.Text.Json;

namespace ValueLedger.Cli.Tests.Lifecycle;

public sealed class InitiativeCommandTests
{

    [Fact]
    public async Task Show_Fresh_StageFromOrganisationAndEveryGateMissing()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("initiative", "show", "support-copilot", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("experiment", root.GetProperty("stage").GetString());
        Assert.Equal("organisation", root.GetProperty("stageSource").GetString());
        Assert.Equal("vp-support", root.GetProperty("sponsor").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("agreement").ValueKind);
        Assert.Equal("pilot", root.GetProperty("gate").GetProperty("nextStage").GetString());
        Assert.Equal(2, root.GetProperty("gate").GetProperty("missing").GetArrayLength());
        Assert.Equal(5, root.GetProperty("readiness").EnumerateArray().Count(r => r.GetProperty("state").GetString() == "missing"));
    }

    [Fact]
    public async Task Show_Table_SaysWhatTheNextStageMisses()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("initiative", "show", "triage-bot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("stage: pilot (from organisation.yaml)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("to move to production: missing readiness control role-based-training evidenced or waived (it is missing)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Json_EveryInitiativeWithStage()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("initiative", "list", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["support-copilot", "triage-bot"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Support <copilot> & co", rows[0].GetProperty("name").GetString());
        Assert.Equal(["experiment", "pilot"], rows.Select(r => r.GetProperty("stage").GetString()));
    }

    [Fact]
    public async Task Advance_WithoutRightsOrGates_Exit1ListingEveryReason()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("initiative", "advance", "support-copilot", "--to", "pilot", "--actor", "vp-support");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("support-copilot cannot move from experiment to pilot", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("only an admin or a bu-owner of support", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing an agreed attribution method", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("missing a signed J-curve declaration", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advance_UnknownStage_Exit1WithChoices()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("initiative", "advance", "support-copilot", "--to", "launch");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'launch' is not a stage; use one of: idea, experiment, pilot, production, retired", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retire_WithoutReason_Exit1()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("initiative", "retire", "support-copilot", "--actor", "vp-support");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("retiring needs a reason (--reason)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadinessSet_WaiveWithoutRole_Exit1()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("readiness", "set", "triage-bot", "usage-monitoring", "waived", "--actor", "vp-support");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("only an admin or finance may waive", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("a waiver needs a reason", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lifecycle_OwnerAndFinance_ReachProductionThenRetire()
    {
        using var ledger = new LifecycleLedger(access: true);
        foreach (var control in new[] { "role-based-training", "sops-and-runbooks", "usage-monitoring", "exception-management" })
        {
            var set = await ledger.RunAsync("readiness", "set", "triage-bot", control, "evidenced", "--evidence", "https://wiki.example/" + control, "--actor", "head-support");
            Assert.True(set.ExitCode == 0, set.ToString());
        }

        var refused = await ledger.RunAsync("initiative", "advance", "triage-bot", "--to", "production", "--actor", "head-support");
        var waived = await ledger.RunAsync("readiness", "set", "triage-bot", "human-authority", "waived", "--reason", "read-only triage", "--actor", "cfo");
        var advanced = await ledger.RunAsync("initiative", "advance", "triage-bot", "--to", "production", "--actor", "head-support");
        var retired = await ledger.RunAsync("initiative", "retire", "triage-bot", "--reason", "replaced by the vendor's triage", "--actor", "root");
        var show = await ledger.RunAsync("initiative", "show", "triage-bot", "--format", "json");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("human-authority evidenced or waived (it is missing)", refused.Stderr, StringComparison.Ordinal);
        Assert.True(waived.ExitCode == 0, waived.ToString());
        Assert.Equal("triage-bot: pilot -> production (by head-support)", advanced.Stdout.Trim());
        Assert.Equal("triage-bot: production -> retired (by root)", retired.Stdout.Trim());
        using var json = JsonDocument.Parse(show.Stdout);
        Assert.Equal("retired", json.RootElement.GetProperty("stage").GetString());
        Assert.Equal("transition", json.RootElement.GetProperty("stageSource").GetString());
    }
}
