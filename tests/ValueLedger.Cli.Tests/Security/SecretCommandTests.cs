using System.Runtime.CompilerServices;
using ValueLedger.Importers.Privacy;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Cli.Tests.Security;

/// <summary><c>valueledger secret</c> and the secret check of <c>valueledger import</c>.</summary>
[Collection(SecretTestGroup.Name)]
public sealed class SecretCommandTests : IDisposable
{
    private static readonly string UsageFixture = CliRunner.Fixture("OpenAI", "usage_by_user_hourly.json");
    private readonly TempFolder temp = new();
    private readonly string? previousSecret;

    public SecretCommandTests()
    {
        RuntimeHelpers.RunClassConstructor(typeof(CliRunner).TypeHandle); // it sets the variable too: let it run first
        previousSecret = Environment.GetEnvironmentVariable(InstallationSecret.EnvironmentVariable);
        Environment.SetEnvironmentVariable(InstallationSecret.EnvironmentVariable, Secret);
    }

    private string Secret => temp.File("secret");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(InstallationSecret.EnvironmentVariable, previousSecret);
        temp.Dispose();
    }

    [Fact]
    public async Task Import_FirstRun_CreatesAnOwnerOnlySecretAndStatusMatches()
    {
        var import = await CliRunner.RunAsync("import", UsageFixture, "--db", temp.Db);
        Assert.True(import.ExitCode == 0, import.ToString());

        var status = await CliRunner.RunAsync("secret", "status", "--db", temp.Db);

        Assert.True(status.ExitCode == 0, status.ToString());
        var fingerprint = new HmacIdentifierHasher(InstallationSecret.Read(Secret)).Fingerprint;
        Assert.Contains($"secret file:        {Secret}", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("keys:               1", status.Stdout, StringComparison.Ordinal);
        Assert.Contains($"ledger fingerprint: {fingerprint}", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("match:              yes", status.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexStringLower(InstallationSecret.Read(Secret)[0]), status.Stdout, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Secret));
        }
    }

    [Fact]
    public async Task Import_SecretMissingOnALaterRun_ExitOneWithClearErrorAndNoNewSecret()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", UsageFixture, "--db", temp.Db)).ExitCode);
        var fingerprint = new HmacIdentifierHasher(InstallationSecret.Read(Secret)).Fingerprint;
        File.Delete(Secret);

        var again = await CliRunner.RunAsync("import", CliRunner.Fixture("OpenAI", "usage_completions_pages.json"), "--db", temp.Db);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"error: the installation secret {Secret} is missing but {temp.Db} holds identifiers hashed under key {fingerprint}: restore the secret file", again.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Secret));
        var status = await CliRunner.RunAsync("secret", "status", "--db", temp.Db);
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("exists:             no", status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AnotherSecret_ExitOneNamingBothKeys()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", UsageFixture, "--db", temp.Db)).ExitCode);
        var recorded = new HmacIdentifierHasher(InstallationSecret.Read(Secret)).Fingerprint;
        File.Delete(Secret);
        var other = new HmacIdentifierHasher(InstallationSecret.LoadOrCreate(Secret)).Fingerprint;

        var again = await CliRunner.RunAsync("import", CliRunner.Fixture("OpenAI", "usage_completions_pages.json"), "--db", temp.Db);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"{Secret} (key {other}) is not the one {temp.Db} was hashed under (key {recorded})", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretRotate_ImportedUsers_RekeyedToWhatTheRotatedSecretGivesTheSameLogins()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", UsageFixture, "--db", temp.Db)).ExitCode);
        var oldSecret = temp.File("old-secret");
        File.Copy(Secret, oldSecret);
        var before = new HmacIdentifierHasher(InstallationSecret.Read(Secret));

        var rotate = await CliRunner.RunAsync("secret", "rotate", "--db", temp.Db, "--actor", "admin");

        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        var after = new HmacIdentifierHasher(InstallationSecret.Read(Secret));
        Assert.Equal(2, after.KeyCount);
        Assert.Contains($"key {before.Fingerprint} -> {after.Fingerprint} (2 keys chained), 2 person hashes re-keyed", rotate.Stdout, StringComparison.Ordinal);
        string[] expected = [after.Hash("user_Abc123")!, after.Hash("user_Def456")!];
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await TelemetryPeopleAsync()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(before.Hash("user_Abc123")!, await TelemetryPeopleAsync());
        var status = await CliRunner.RunAsync("secret", "status", "--db", temp.Db);
        Assert.Contains("match:              yes", status.Stdout, StringComparison.Ordinal);

        // The old secret file alone no longer opens this ledger.
        Environment.SetEnvironmentVariable(InstallationSecret.EnvironmentVariable, oldSecret);
        var withOld = await CliRunner.RunAsync("import", CliRunner.Fixture("OpenAI", "usage_completions_pages.json"), "--db", temp.Db);
        Assert.Equal(1, withOld.ExitCode);
        Assert.Contains("is not the one", withOld.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_SecretMissingForALedgerWithHashes_RefusesToStartWithTheClearError()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", UsageFixture, "--db", temp.Db)).ExitCode);
        File.Delete(Secret);
        var org = temp.File("org.yaml");
        await File.WriteAllTextAsync(org, "business_units: [ { id: a } ]\n");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a server that started anyway is stopped, and the test fails on its exit code
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["serve", "--db", temp.Db, "--org", org, "--urls", "http://127.0.0.1:0"], stdout, stderr, stop.Token);

        Assert.True(exit == 1, $"exit {exit}\n{stdout}\n{stderr}");
        Assert.Contains($"the installation secret {Secret} is missing but {temp.Db} holds identifiers hashed under key", stderr.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Secret));
    }

    [Fact]
    public async Task SecretHelp_Rotate_SaysWhatHappensToLedgersSharingTheFile()
    {
        var help = await CliRunner.RunAsync("secret", "rotate", "--help");

        Assert.Contains("several ledgers", help.Stdout, StringComparison.Ordinal);
    }

    /// <summary>The person hashes of the fixture's telemetry (August 2025), as the people store loads them.</summary>
    private async Task<IReadOnlyList<string>> TelemetryPeopleAsync()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.Db, new DuckDbStoreOptions(), CancellationToken.None);
        var facts = await store.LoadPeopleFactsAsync(new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 1), CancellationToken.None);
        return [.. facts.ActiveDays.Select(a => a.Person).Distinct(StringComparer.Ordinal)];
    }
}
