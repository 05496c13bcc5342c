using ValueLedger.Importers.People;

namespace ValueLedger.Importers.Tests.People;

public sealed class PeopleImporterBadInputTests : IDisposable
{
    private const string SeatHeader = "email,team,seat_assigned\n";
    private readonly PeopleImportHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Import_BadDateStrict_NothingStoredAndErrorNamesLineAndColumnNotTheEmail()
    {
        var path = _h.Write("s.csv", SeatHeader + "alex.doe@example.com,eng-web,2026-01-05\nsecret.person@example.com,eng-web,05/01/2026\n");

        var result = await _h.ImportAsync(path);

        Assert.True(result.Failed);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3L, "assigned"), (error.Line, error.Column));
        Assert.DoesNotContain("secret.person", result.Describe(), StringComparison.Ordinal);
        Assert.Contains("s.csv:3, column assigned: assigned is not a date", result.Describe(), StringComparison.Ordinal);
        Assert.Empty(await _h.Store.ListPeopleImportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Import_BadRowsLenient_RestLandsAndRejectsFileHoldsNoIdentifier()
    {
        var path = _h.Write("s.csv", SeatHeader + "alex.doe@example.com,eng-web,2026-01-05\nsecret.person@example.com,no-such-team,2026-01-05\n\"unclosed@example.com,eng-web,2026-01-05\n");

        var result = await _h.ImportAsync(path, lenient: true);

        Assert.Equal((2, 1), (result.Rejected, result.Stored!.Added - 1));
        var rejects = await File.ReadAllTextAsync(result.RejectsPath!);
        Assert.Contains("names unknown team 'no-such-team'", rejects, StringComparison.Ordinal);
        Assert.DoesNotContain("secret.person", rejects, StringComparison.Ordinal);
        Assert.DoesNotContain("unclosed@", rejects, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownTeamSlugStrict_FailsNamingTheSlug()
    {
        var path = _h.Write("t.csv", "login,team_slug\npat-moss,gh-nowhere\n");

        var result = await _h.ImportAsync(path);

        Assert.Contains("names unknown team 'gh-nowhere'", result.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("pat-moss", result.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    public async Task Import_EmptyFile_SaysEmpty(string text)
    {
        var result = await _h.ImportAsync(_h.Write("empty.csv", text));

        Assert.Equal("the file is empty", result.Failure);
    }

    [Fact]
    public async Task Import_UnknownShape_SaysNotAPeopleFile()
    {
        var result = await _h.ImportAsync(_h.Write("x.csv", "a,b,c\n1,2,3\n"));

        Assert.StartsWith("this is not a people file", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WrongFormatGiven_SaysWhichColumnsAreMissing()
    {
        var result = await _h.ImportAsync(PeopleImportHarness.Fixture("learning.csv"), format: PeopleFormats.Seats);

        Assert.StartsWith("this is not a seat list CSV: missing column(s) assigned", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_CsvGivenAsCopilotUsage_SaysNotThatFormat()
    {
        var result = await _h.ImportAsync(PeopleImportHarness.Fixture("seats.csv"), format: PeopleFormats.CopilotUsage);

        Assert.StartsWith("this is not a GitHub Copilot per-user daily usage NDJSON", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TruncatedNdjsonLine_ErrorOnThatLine()
    {
        var path = _h.Write("u.ndjson", "{\"user_login\":\"pat-moss\",\"day\":\"2026-03-02\",\"used_chat\":true}\n{\"user_login\":\"ray-diaz\",\"day\":\"2026-03-0");

        var result = await _h.ImportAsync(path);

        var error = Assert.Single(result.Errors);
        Assert.Equal(2L, error.Line);
        Assert.Contains("not a complete JSON object", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("ray-diaz", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_HugeIdentifier_RejectedWithoutEchoingIt()
    {
        var huge = new string('x', 5000) + "@example.com";
        var result = await _h.ImportAsync(_h.Write("s.csv", SeatHeader + huge + ",eng-web,2026-01-05\n"));

        Assert.Contains("longer than 320 characters", result.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("xxxxxxxxxx", result.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6", "5", "is outside the scale 1–5")]
    [InlineData("101", "", "is outside the scale 0–100")]
    [InlineData("-1", "100", "is outside the scale 0–100")]
    [InlineData("4", "3", "is outside the scale 1–3")]
    [InlineData("3", "7x", "scale is not 100")]
    public async Task Import_ScoreOutsideScale_RowError(string score, string scale, string reason)
    {
        var path = _h.Write("s.csv", $"respondent,org_unit,measure,score,date,scale\nr1,eng-web,trust,{score},2026-03-10,{scale}\n");

        var result = await _h.ImportAsync(path);

        Assert.Contains(reason, Assert.Single(result.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownInitiative_ClearError()
    {
        var path = _h.Write("r.csv", "initiative,period_start,period_end,people,hours_saved,hours_redeployed,hours_cost_reduced\nghost-bot,2026-03-01,2026-04-01,5,10,2,1\n");

        var result = await _h.ImportAsync(path);

        Assert.Equal("initiative names unknown initiative 'ghost-bot'; it must be declared in the organisation file", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public async Task Import_MetricsUnknownTeamOption_FailsNamingIt()
    {
        var result = await _h.ImportAsync(PeopleImportHarness.Fixture("copilot-metrics-team-gh-eng-web.json"), team: "gh-nowhere");

        Assert.StartsWith("unknown team 'gh-nowhere' (from --team)", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RemovedBeforeAssigned_RowError()
    {
        var path = _h.Write("s.csv", "email,seat_assigned,removed\na@example.com,2026-03-01,2026-02-01\n");

        var result = await _h.ImportAsync(path);

        Assert.Equal("removed", Assert.Single(result.Errors).Column);
    }
}
