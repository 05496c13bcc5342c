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
    public async Task PeopleImport_FileOfSeveralChunksWithABadLastRow_StrictKeepsNothingLenientKeepsTheRest()
    {
        // More active days than one chunk (PeopleParse.ChunkFacts): earlier chunks are written before the bad row is read.
        var file = _temp.File("copilot.ndjson");
        var lines = Enumerable.Range(0, 150_000).Select(i =>
            $"{{\"day\":\"2026-03-{1 + (i / 10_000):00}\",\"user_login\":\"user-{i % 10_000:00000}\",\"user_initiated_interaction_count\":1}}");
        await File.WriteAllLinesAsync(file, lines.Append("{\"day\":\"2026-03-32\",\"user_login\":\"late-user\",\"user_initiated_interaction_count\":1}"));

        var strict = await RunAsync("people", "import", file);

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("nothing imported", strict.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("late-user", strict.Stdout + strict.Stderr, StringComparison.Ordinal);

        var lenient = await RunAsync("people", "import", file, "--lenient", "--rejects", _temp.File("rejects"));

        Assert.Equal(0, lenient.ExitCode);
        // People import 1: the refused strict run left no import behind (nor any of its chunks: 0 already held).
        Assert.Contains("150000 added, 0 already held, 1 rejected (people import 1)", lenient.Stdout, StringComparison.Ordinal);
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

    [Fact]
    public async Task PeopleImport_TwoFilesThenSameAgain_SummariesDuplicateAndHistory()
    {
        var seats = _temp.File("seats.csv");
        await File.WriteAllTextAsync(seats, "login,team,seat_assigned\npat-moss,gh-eng-web,2026-01-05\nray-diaz,eng-web,2026-01-05\n");
        var usage = _temp.File("usage.ndjson");
        await File.WriteAllTextAsync(usage, "{\"user_login\":\"Pat-Moss\",\"day\":\"2026-03-02\",\"code_generation_activity_count\":3}\n{\"user_login\":\"ray-diaz\",\"day\":\"2026-03-02\",\"used_chat\":false}\n");

        var first = await RunAsync("people", "import", seats, usage);
        var again = await RunAsync("people", "import", seats);
        var history = await CliRunner.RunAsync("people", "imports", "--format", "json", "--db", _temp.Db);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("seats.csv (seats-csv): 4 added, 0 already held, 0 rejected", first.Stdout, StringComparison.Ordinal);
        Assert.Contains("usage.ndjson (copilot-user-ndjson): 1 added, 0 already held, 0 rejected", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("seats.csv: already imported (people import", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"copilot-user-ndjson\"", history.Stdout.Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("pat-moss", first.Stdout + first.Stderr + history.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PeopleImport_Lenient_RejectsFileWithReasonsOnly()
    {
        var file = _temp.File("learning.csv");
        await File.WriteAllTextAsync(file, "email,course,completed,kind\na@example.com,Intro,2026-01-08,awareness\nhidden@example.com,Intro,2026-01-08,webinar\n");

        var result = await RunAsync("people", "import", file, "--lenient", "--rejects", _temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1 added, 0 already held, 1 rejected", result.Stdout, StringComparison.Ordinal);
        var rejects = await File.ReadAllTextAsync(_temp.File("learning.csv.rejects.csv"));
        Assert.Contains("3,kind,kind is not awareness or training", rejects, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden@", rejects, StringComparison.Ordinal);
    }
}
