using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests.People;

/// <summary>
/// HR uploads a people file through the imports page's form and sees it in the people history, as the API lists it.
/// The file is a 2017 survey aggregate, a period no other browser test looks at.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PeopleUploadBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task UploadPeopleFile_ThroughTheForm_NoticeAndHistoryAgreeWithTheApi()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/imports");
        var csv = "org_unit,measure,period_start,period_end,respondents,mean\norganisation,trust,2017-01-01,2017-02-01,12,64\n";
        await session.Page.Locator("#people-file").SetInputFilesAsync(new FilePayload { Name = "browser-survey-2017.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and import people file", Exact = true }).ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported browser-survey-2017.csv as survey-aggregate-csv: 1 facts added, 0 already held, 0 rows set aside.");
        using var api = fixture.ApiClient();
        using var history = JsonDocument.Parse(await api.GetStringAsync("/api/people/imports"));
        var newest = history.RootElement[0];
        Assert.Equal("browser-survey-2017.csv", newest.GetProperty("file").GetString());
        var firstRow = session.Page.Locator("#people table tbody tr").First;
        Assert.Equal(newest.GetProperty("importId").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), (await firstRow.Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Equal("browser-survey-2017.csv", (await firstRow.Locator("td").Nth(1).InnerTextAsync()).Trim());
        await session.ScreenshotAsync("imports-people");
        session.AssertNoConsoleErrors();
    }
}
