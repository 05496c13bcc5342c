using ValueLedger.Core.People;
using ValueLedger.Importers.People;

namespace ValueLedger.Importers.Tests.People;

public sealed class PeopleImporterFormatTests : IDisposable
{
    private readonly PeopleImportHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData("seats.csv", PeopleFormats.Seats, 16)]
    [InlineData("learning.csv", PeopleFormats.Learning, 7)]
    [InlineData("copilot-usage.ndjson", PeopleFormats.CopilotUsage, 5)]
    [InlineData("copilot-teams.csv", PeopleFormats.CopilotTeams, 4)]
    [InlineData("copilot-metrics-team-gh-eng-web.json", PeopleFormats.CopilotMetrics, 2)]
    [InlineData("workflows.csv", PeopleFormats.Workflow, 5)]
    [InlineData("survey-responses.csv", PeopleFormats.SurveyResponses, 6)]
    [InlineData("survey-aggregates.csv", PeopleFormats.SurveyAggregates, 3)]
    [InlineData("review-capacity.csv", PeopleFormats.ReviewCapacity, 4)]
    public async Task Import_ExampleFile_DetectedAndAllFactsAdded(string file, string format, int facts)
    {
        var result = await _h.ImportAsync(PeopleImportHarness.Fixture(file));

        Assert.Null(result.Failure);
        Assert.Equal(format, result.Format);
        Assert.Equal(facts, result.Stored!.Added);
        Assert.Equal(0, result.Rejected);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothingAndSaysSo()
    {
        await _h.ImportAsync(PeopleImportHarness.Fixture("seats.csv"));

        var again = await _h.ImportAsync(PeopleImportHarness.Fixture("seats.csv"));

        Assert.True(again.Stored!.AlreadyImported);
        Assert.Equal(0, again.Stored.Added);
        Assert.Single(await _h.Store.ListPeopleImportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_Seats_HashesNormalisedIdentifierAndMapsAliasToTeamId()
    {
        var path = _h.Write("s.csv", "user,team,seat_assigned,removed\n  Alex.Doe@Example.COM ,HR-CS-EMEA,2026-01-05T10:30:00Z,2026-05-01\n");

        await _h.ImportAsync(path);

        var stored = await _h.StoredAsync();
        var hash = PeopleImportHarness.Hash("alex.doe@example.com");
        Assert.Equal(new SeatGrant(hash, "github-copilot", new DateOnly(2026, 1, 5), new DateOnly(2026, 5, 1)), Assert.Single(stored.Seats));
        Assert.Equal(new TeamMembership(hash, "support-emea", new DateOnly(2026, 1, 5), new DateOnly(2026, 5, 1), "seats"), Assert.Single(stored.Memberships));
    }

    [Fact]
    public async Task Import_CopilotUsage_ActiveDaysOnlyForDaysWithActivity()
    {
        await _h.ImportAsync(PeopleImportHarness.Fixture("copilot-usage.ndjson"));

        var days = (await _h.StoredAsync()).ActiveDays.OrderBy(d => d.Day).ThenBy(d => d.Person).ToList();
        var expected = new[]
        {
            new ActiveDay(PeopleImportHarness.Hash("pat-moss"), new DateOnly(2026, 3, 2), "copilot"),
            new ActiveDay(PeopleImportHarness.Hash("ray-diaz"), new DateOnly(2026, 3, 2), "copilot"),
            new ActiveDay(PeopleImportHarness.Hash("pat-moss"), new DateOnly(2026, 3, 3), "copilot"),
            new ActiveDay(PeopleImportHarness.Hash("ana-kent"), new DateOnly(2026, 3, 3), "copilot"),
            new ActiveDay(PeopleImportHarness.Hash("tom-hill"), new DateOnly(2026, 3, 3), "copilot"),
        }.OrderBy(d => d.Day).ThenBy(d => d.Person);
        Assert.Equal(expected, days);
        Assert.DoesNotContain(days, d => d.Person == PeopleImportHarness.Hash("ana-kent") && d.Day == new DateOnly(2026, 3, 2));
    }

    [Fact]
    public async Task Import_CopilotTeamsNdjsonWithoutDate_MembershipFromImportDay()
    {
        var path = _h.Write("teams.ndjson", "{\"user_login\":\"Pat-Moss\",\"team_slug\":\"gh-eng-web\"}\n");

        await _h.ImportAsync(path);

        var membership = Assert.Single((await _h.StoredAsync()).Memberships);
        Assert.Equal(new TeamMembership(PeopleImportHarness.Hash("pat-moss"), "eng-web", new DateOnly(2026, 4, 15), null, "copilot-teams"), membership);
    }

    [Fact]
    public async Task Import_MetricsNamedByFile_TeamActivityForThatTeam()
    {
        await _h.ImportAsync(PeopleImportHarness.Fixture("copilot-metrics-team-gh-eng-web.json"));

        var activity = (await _h.StoredAsync()).TeamActivity.OrderBy(a => a.Day).ToList();
        Assert.Equal(
            [new TeamDailyActivity("eng-web", new DateOnly(2026, 3, 2), 14, 11, "copilot-metrics"), new TeamDailyActivity("eng-web", new DateOnly(2026, 3, 3), 15, 12, "copilot-metrics")],
            activity);
    }

    [Fact]
    public async Task Import_MetricsWithoutTeam_OrganisationLevel()
    {
        var path = _h.Write("org-metrics.json", "[{\"date\":\"2026-03-02\",\"total_active_users\":40,\"total_engaged_users\":31}]");

        await _h.ImportAsync(path);

        Assert.Equal(new TeamDailyActivity("", new DateOnly(2026, 3, 2), 40, 31, "copilot-metrics"), Assert.Single((await _h.StoredAsync()).TeamActivity));
    }

    [Fact]
    public async Task Import_LikertSurvey_MappedToHundred()
    {
        await _h.ImportAsync(PeopleImportHarness.Fixture("survey-responses.csv"));

        var responses = (await _h.StoredAsync()).SurveyResponses.OrderBy(r => r.Day).ThenBy(r => r.Score).ToList();
        Assert.Equal([25m, 50m, 55m, 70m, 75m, 100m], responses.Select(r => r.Score).Order());
        Assert.All(responses, r => Assert.Equal(64, r.Respondent.Length));
        Assert.Contains(responses, r => r.Respondent == PeopleImportHarness.Hash("alex.doe@example.com") && r.Score == 75m && r.Measure == SurveyMeasure.Trust);
    }

    [Fact]
    public async Task Import_ScaleOption_AppliesWhenNoScaleColumn()
    {
        var path = _h.Write("s.csv", "respondent,org_unit,measure,score,date\nr1,engineering,learning,3,2026-03-10\n");

        await _h.ImportAsync(path, scale: 5);

        Assert.Equal(50m, Assert.Single((await _h.StoredAsync()).SurveyResponses).Score);
    }

    [Fact]
    public async Task Import_ReviewCapacity_RowsSplitIntoReviewAndCapacityRecords()
    {
        await _h.ImportAsync(PeopleImportHarness.Fixture("review-capacity.csv"));

        var stored = await _h.StoredAsync();
        var march = (new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        Assert.Equal(["invoice-extraction", "support-copilot"], stored.Reviews.Select(r => r.Initiative).Order());
        Assert.Contains(new ReviewRecord("support-copilot", march.Item1, march.Item2, 18, 5200, 1300, 3900m, 140, 65), stored.Reviews);
        Assert.Contains(new CapacityRecord("code-review-bot", march.Item1, march.Item2, 22, 310m, 120m, 0m), stored.Capacity);
        Assert.Equal(2, stored.Capacity.Count);
    }

    [Fact]
    public async Task Import_GzipSeatList_ReadLikeThePlainFile()
    {
        var path = Path.Combine(_h.Folder, "seats.csv.gz");
        await using (var output = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            await output.WriteAsync(await File.ReadAllBytesAsync(PeopleImportHarness.Fixture("seats.csv")));
        }

        var result = await _h.ImportAsync(path);

        Assert.Equal((PeopleFormats.Seats, 16), (result.Format, result.Stored!.Added));
    }
}
