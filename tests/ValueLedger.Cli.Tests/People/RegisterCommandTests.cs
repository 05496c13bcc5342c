using System.Text.Json;

namespace ValueLedger.Cli.Tests.People;

public sealed class RegisterCommandTests
{
    [Fact]
    public async Task RolesSet_Admin_SavedAndSmallCountHidden()
    {
        using var ledger = new PeopleLedger();

        var big = await ledger.RunAsync("roles", "set", "agent", "--role", "Claims agent", "--bu", "ops", "--kind", "augmented", "--people", "12", "--progress", "40", "--actor", "root");
        var small = await ledger.RunAsync("roles", "set", "clerk", "--role", "Clerk", "--bu", "ops", "--kind", "displaced", "--people", "3", "--plan", "move to QA", "--actor", "cfo");
        var list = await ledger.RunAsync("roles", "--format", "json");

        Assert.True(big.ExitCode == 0, big.ToString());
        Assert.True(small.ExitCode == 0, small.ToString());
        Assert.DoesNotContain("3", small.Stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(list.Stdout);
        var roles = doc.RootElement.GetProperty("roles");
        Assert.Equal(["agent", "clerk"], roles.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("below-threshold", roles[1].GetProperty("peopleAffected").GetProperty("state").GetString());
        Assert.Equal("move to QA", roles[1].GetProperty("reskillingPlan").GetString());

        // 15 in ops: the 12 would give the 3 away, so both go.
        Assert.Equal("below-threshold", roles[0].GetProperty("peopleAffected").GetProperty("state").GetString());
        Assert.Equal(15, doc.RootElement.GetProperty("byUnit")[0].GetProperty("total").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task RolesSet_BuOwner_Refused()
    {
        using var ledger = new PeopleLedger();

        var result = await ledger.RunAsync("roles", "set", "agent", "--role", "Agent", "--bu", "ops", "--kind", "augmented", "--people", "12", "--actor", "head-ops");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("needs the admin or finance role; 'head-ops' holds bu-owner", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolesSet_UnknownKind_Refused()
    {
        using var ledger = new PeopleLedger();

        var result = await ledger.RunAsync("roles", "set", "agent", "--role", "Agent", "--bu", "ops", "--kind", "fired", "--people", "12", "--actor", "root");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("augmented, changed, displaced, created", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResistanceSet_EditsSeedAndAddsEntry()
    {
        using var ledger = new PeopleLedger();

        var edit = await ledger.RunAsync("resistance", "set", "finance-soft-benefits", "--group", "Finance", "--resistance", "Soft claims", "--counter", "Agree methods first", "--owner", "cfo", "--status", "in-progress", "--actor", "cfo");
        var add = await ledger.RunAsync("resistance", "set", "legal-liability", "--group", "Legal", "--resistance", "Liability", "--counter", "Human authority control", "--actor", "root");
        var list = await ledger.RunAsync("resistance", "--format", "json");

        Assert.True(edit.ExitCode == 0, edit.ToString());
        Assert.True(add.ExitCode == 0, add.ToString());
        using var doc = JsonDocument.Parse(list.Stdout);
        var entries = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, entries.Count);
        var finance = entries.Single(e => e.GetProperty("id").GetString() == "finance-soft-benefits");
        Assert.Equal("in-progress", finance.GetProperty("status").GetString());
        Assert.False(finance.GetProperty("builtIn").GetBoolean());
        Assert.Equal("cfo", finance.GetProperty("updatedBy").GetString());
        Assert.Equal("legal-liability", entries[^1].GetProperty("id").GetString());
        Assert.True(entries[0].GetProperty("builtIn").GetBoolean());
    }

    [Fact]
    public async Task Resistance_Text_ListsBuiltInEntries()
    {
        using var ledger = new PeopleLedger();

        var result = await ledger.RunAsync("resistance");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("engineering-surveillance", result.Stdout, StringComparison.Ordinal);
    }
}
