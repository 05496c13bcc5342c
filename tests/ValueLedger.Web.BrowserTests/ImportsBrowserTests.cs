using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>
/// The imports page: finance uploads a file with the progress bar (JavaScript) and without JavaScript (plain multipart
/// form), sees the summary and the rejected rows, and the history agrees with the API. Uploads use dates of 2017-2019,
/// which no other browser test looks at.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ImportsBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Upload_WithProgressBar_ShowsSummaryAndHistoryListsIt()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/imports");
        await session.ScreenshotAsync("imports");

        await session.Page.Locator("#upload-file").SetInputFilesAsync(new FilePayload
        {
            Name = "browser-upload.csv",
            MimeType = "text/csv",
            Buffer = UsageLog("2019", badRow: false),
        });
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Upload and import", Exact = true }).ClickAsync();

        var result = session.Page.Locator("[data-upload-result]");
        await Assertions.Expect(result).ToContainTextAsync("Imported browser-upload.csv as import");
        Assert.Equal("100", await session.Page.Locator("progress.upload-progress").EvaluateAsync<string>("p => String(p.value)"));

        using var api = fixture.ApiClient();
        using var history = JsonDocument.Parse(await api.GetStringAsync("/api/imports?pageSize=1"));
        var newest = history.RootElement.GetProperty("items")[0];
        Assert.Equal("browser-upload.csv", newest.GetProperty("file").GetString());
        Assert.Equal(12, newest.GetProperty("rows").GetInt64());
        await Assertions.Expect(result).ToContainTextAsync($"as import {newest.GetProperty("id").GetInt64()}: 12 rows, 0 rejected");

        // The history table was refreshed in place: its first row is the upload, with the API's figures.
        var firstRow = session.Page.Locator("#history table tbody tr").First;
        await Assertions.Expect(firstRow).ToContainTextAsync("browser-upload.csv");
        Assert.Equal(newest.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), (await firstRow.Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Equal("12", (await firstRow.Locator("td").Nth(5).InnerTextAsync()).Trim());
        await session.ScreenshotAsync("imports-uploaded");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Upload_WithoutJavaScript_RedirectsToTheImportWithItsRejectedRows()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await using var session = new BrowserSession(context, page);
        await session.LoginAsync("cfo", BrowserFixture.Password);
        await session.GotoOkAsync("/imports");
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "no-script.csv", MimeType = "text/csv", Buffer = UsageLog("2018", badRow: true) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/imports/", StringComparison.Ordinal));

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported no-script.csv: 12 rows, 1 rejected");
        var id = page.Url.Split('/')[^1].Split('?')[0];
        using var api = fixture.ApiClient();
        using var rejects = JsonDocument.Parse(await api.GetStringAsync($"/api/imports/{id}/rejects"));
        var reject = rejects.RootElement.GetProperty("items")[0];
        var row = page.Locator("table.rejects tbody tr").First;
        Assert.Equal(reject.GetProperty("line").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), (await row.Locator("td").Nth(0).InnerTextAsync()).Trim());
        Assert.Equal(reject.GetProperty("reason").GetString(), (await row.Locator("td").Nth(2).InnerTextAsync()).Trim());
        await session.ScreenshotAsync("import-detail");

        // The same file again: a calm notice, nothing imported twice.
        await session.GotoOkAsync("/imports");
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "no-script.csv", MimeType = "text/csv", Buffer = UsageLog("2018", badRow: true) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/imports/{id}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"already imported as source {id}");

        // Strict mode chosen in the form: the bad row stops the import and nothing lands.
        await session.GotoOkAsync("/imports");
        await page.GetByLabel("Bad rows", new() { Exact = true }).SelectOptionAsync("false");
        await page.Locator("#upload-file").SetInputFilesAsync(new FilePayload { Name = "strict.csv", MimeType = "text/csv", Buffer = UsageLog("2017", badRow: true) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("error=", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("strict.csv:3");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("nothing was imported");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task ApiUpload_WithCookieButNoCsrfHeader_Returns400()
    {
        await using var session = await fixture.OpenAsync("cfo");
        var response = await session.Context.APIRequest.PostAsync("/api/imports?name=x.csv", new APIRequestContextOptions
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/octet-stream" },
            DataByte = UsageLog("2017", badRow: false),
        });
        Assert.Equal((int)HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("CSRF", await response.TextAsync(), StringComparison.Ordinal);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task ImportsPage_Viewer_SeesHistoryButNoUploadForm()
    {
        await using var session = await fixture.OpenAsync("auditor");
        await session.GotoOkAsync("/imports");
        await Assertions.Expect(session.Page.Locator("#history table")).ToBeVisibleAsync();
        Assert.Equal(0, await session.Page.Locator("form.upload").CountAsync());
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task ImportsPage_BuOwner_IsForbidden()
    {
        await using var session = await fixture.OpenAsync("head-of-support");
        var response = await session.Page.GotoAsync("/imports");
        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
    }

    /// <summary>The LiteLLM fixture with its dates moved to <paramref name="year"/>; optionally with a non-numeric spend on line 3.</summary>
    private static byte[] UsageLog(string year, bool badRow)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "litellm-spend-logs.csv"))
            .Select(l => l.Replace("2025-03-", year + "-03-", StringComparison.Ordinal)).ToArray();
        if (badRow)
        {
            var cells = lines[2].Split(',');
            cells[3] = "abc";
            lines[2] = string.Join(',', cells);
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }
}
