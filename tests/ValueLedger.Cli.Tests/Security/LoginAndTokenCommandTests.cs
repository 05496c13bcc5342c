using System.Text.Json;

namespace ValueLedger.Cli.Tests.Security;

/// <summary><c>valueledger login</c> and <c>valueledger token</c>: what the web server's logins and API tokens are made with.</summary>
public sealed class LoginAndTokenCommandTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Db => temp.File("ledger.duckdb");

    private string PasswordFile(string password)
    {
        var path = temp.File(Guid.NewGuid().ToString("n") + ".txt");
        File.WriteAllText(path, password + "\n");
        return path;
    }

    [Fact]
    public async Task LoginSet_ThenList_ShowsTheLoginNeverTheHash()
    {
        var set = await CliRunner.RunAsync("login", "set", "cfo", "--db", Db, "--password-file", PasswordFile("correct horse battery"), "--actor", "admin");
        Assert.True(set.ExitCode == 0, set.ToString());

        var list = await CliRunner.RunAsync("login", "list", "--db", Db, "--format", "json");

        Assert.True(list.ExitCode == 0, list.ToString());
        using var json = JsonDocument.Parse(list.Stdout);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("cfo", row.GetProperty("login").GetString());
        Assert.Equal("admin", row.GetProperty("updatedBy").GetString());
        Assert.DoesNotContain("AQAAAA", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginSet_ShortPassword_RefusedAndNothingStored()
    {
        var set = await CliRunner.RunAsync("login", "set", "cfo", "--db", Db, "--password-file", PasswordFile("short"));

        Assert.Equal(1, set.ExitCode);
        Assert.Contains("at least 12 characters", set.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task LoginSet_NoPasswordSource_SaysHowToGiveOne()
    {
        var set = await CliRunner.RunAsync("login", "set", "cfo", "--db", Db);

        Assert.Equal(1, set.ExitCode);
        Assert.Contains("--password-stdin or --password-file", set.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginRemove_Unknown_Fails()
    {
        var removed = await CliRunner.RunAsync("login", "remove", "ghost", "--db", Db);

        Assert.Equal(1, removed.ExitCode);
        Assert.Contains("no login 'ghost'", removed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenCreate_PrintsSecretOnce_ListShowsItActive_RevokeEndsIt()
    {
        var created = await CliRunner.RunAsync("token", "create", "--db", Db, "--for", "otel-collector", "--label", "prod", "--days", "30", "--actor", "admin");
        Assert.True(created.ExitCode == 0, created.ToString());
        var secret = created.Stdout.Trim();
        Assert.StartsWith("vl_", secret, StringComparison.Ordinal);
        var id = secret.Split('_')[1];

        var list = await CliRunner.RunAsync("token", "list", "--db", Db, "--format", "json");
        Assert.DoesNotContain(secret, list.Stdout, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(list.Stdout))
        {
            var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
            Assert.Equal(id, row.GetProperty("id").GetString());
            Assert.Equal("active", row.GetProperty("state").GetString());
            Assert.Equal("otel-collector", row.GetProperty("actor").GetString());
        }

        Assert.Equal(0, (await CliRunner.RunAsync("token", "revoke", id, "--db", Db)).ExitCode);
        var again = await CliRunner.RunAsync("token", "revoke", id, "--db", Db);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("revoked", (await CliRunner.RunAsync("token", "list", "--db", Db, "--format", "csv")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenCreate_DaysOutOfRange_UsageError()
    {
        var created = await CliRunner.RunAsync("token", "create", "--db", Db, "--for", "x", "--days", "400");

        Assert.Equal(2, created.ExitCode);
        Assert.Contains("--days must be between 1 and 366", created.Stderr, StringComparison.Ordinal);
    }
}
