namespace ValueLedger.Cli.Tests.People;

public sealed class PeopleImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public PeopleImportCommandTests()
    {
        File.WriteAllText(_temp.File("organisation.yaml"), """
            business_units:
              - { id: engineering, name: Engineering }
            initiatives:
              - { id: code-review-bot, name: Code review bot, owner_bu: engineering, stage: production }
            teams:
              - { id: eng-web, name: Web engineering, business_unit: engineering, aliases: [gh-eng-web] }
            """);
    }

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> RunAsync(params string[] args) =>
        CliRunner.RunAsync([.. args, "--db", _temp.Db, "--org", _temp.File("organisation.yaml")]);

    [Fact]
    public async Task PeopleImport_BadRow_Exit1WithLineAndColumnButNoEmail()
    {
        var file = _temp.File("seats.csv");
        await File.WriteAllTextAsync(file, "email,team,seat_assigned\nhidden.person@example.com,eng-web,2026-13-01\n");

        var result = await RunAsync("people", "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("seats.csv:2, column assigned: assigned is not a date", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden.person", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleImport_UnknownTeamSlug_Exit1NamingTheSlug()
    {
        var file = _temp.File("teams.ndjson");
        await File.WriteAllTextAsync(file, "{\"user_login\":\"pat-moss\",\"team_slug\":\"gh-elsewhere\",\"date\":\"2026-03-01\"}\n");

        var result = await RunAsync("people", "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("teams.ndjson:1, column team: team names unknown team 'gh-elsewhere'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("pat-moss", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleImport_UnknownFormat_Exit1ListingFormats()
    {
        var file = _temp.File("x.csv");
        await File.WriteAllTextAsync(file, "a\n1\n");

        var result = await RunAsync("people", "import", file, "--format", "hr-feed");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown format 'hr-feed'; use one of: seats-csv, learning-csv, copilot-user-ndjson", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PeopleImport_Help_SaysIdentifiersAreNormalisedAndHashed()
    {
        var result = await CliRunner.RunAsync("people", "import", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lower-cased and replaced by a keyed hash", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("copilot-metrics-json", result.Stdout, StringComparison.Ordinal);
    }
}
