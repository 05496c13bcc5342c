using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>
/// <c>POST /api/imports</c> and the import history, on a ledger of their own (uploads change it). A bill lands whole and
/// moves <c>/api/spend</c> by its sum; the same bytes again are refused; files that are not bills are refused by name and
/// leave the ledger as it was.
/// </summary>
public sealed class ImportApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public async Task Upload_FocusBillThenSameThenRedelivery_ImportsRefusesAndReplaces()
    {
        var before = await JuneSpendAsync();
        var small = await File.ReadAllBytesAsync(Path.Combine(FixtureFolder, "focus-1.2-small.csv"));

        using var first = await UploadAsync(ledger.Client, small, "focus-1.2-small.csv");
        var body = await first.Content.ReadAsStringAsync();
        Assert.True(first.StatusCode == HttpStatusCode.Created, body);
        using var imported = JsonDocument.Parse(body);
        var sourceId = imported.RootElement.GetProperty("sourceId").GetInt64();
        Assert.Equal($"/api/imports/{sourceId}", first.Headers.Location?.OriginalString);
        Assert.Equal("focus-1.2-small.csv", imported.RootElement.GetProperty("file").GetString());
        Assert.Equal("imported", imported.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(5, imported.RootElement.GetProperty("rows").GetInt64());
        Assert.Equal(0, imported.RootElement.GetProperty("rejected").GetInt64());
        Assert.Equal("17.175", imported.RootElement.GetProperty("cost")[0].GetProperty("amount").GetString());
        // Spend counts AI lines only: the bill's virtual machine (10.80) is not AI spend; its credit (-1.00) is.
        Assert.Equal(before + 6.375m, await JuneSpendAsync());

        using var again = await UploadAsync(ledger.Client, small, "renamed.csv");
        using var duplicate = await ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(sourceId, duplicate.RootElement.GetProperty("sourceId").GetInt64());
        Assert.Contains($"already imported as source {sourceId}", duplicate.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before + 6.375m, await JuneSpendAsync());

        // A re-delivered bill for the same period replaces the first; its bad row is set aside with its reason.
        using var redelivery = await UploadAsync(ledger.Client, await File.ReadAllBytesAsync(Path.Combine(FixtureFolder, "focus-1.2-bad-cost.csv")), "focus-1.2-bad-cost.csv");
        var redeliveryBody = await redelivery.Content.ReadAsStringAsync();
        Assert.True(redelivery.StatusCode == HttpStatusCode.Created, redeliveryBody);
        using var replaced = JsonDocument.Parse(redeliveryBody);
        Assert.Equal(1, replaced.RootElement.GetProperty("rejected").GetInt64());
        Assert.Equal(5, replaced.RootElement.GetProperty("replaced")[0].GetProperty("rowsRemoved").GetInt64());
        Assert.Equal(before + 6.375m - 0.125m, await JuneSpendAsync());

        var redeliveryId = replaced.RootElement.GetProperty("sourceId").GetInt64();
        using var rejects = await GetJsonAsync($"/api/imports/{redeliveryId}/rejects");
        Assert.Equal(1, rejects.RootElement.GetProperty("total").GetInt64());
        var reject = rejects.RootElement.GetProperty("items")[0];
        Assert.Equal(4, reject.GetProperty("line").GetInt64());
        Assert.Equal("BilledCost", reject.GetProperty("column").GetString());
        Assert.Contains("abc", reject.GetProperty("excerpt").GetString(), StringComparison.Ordinal);

        using var history = await GetJsonAsync("/api/imports?pageSize=3");
        var newest = history.RootElement.GetProperty("items")[0];
        Assert.Equal(redeliveryId, newest.GetProperty("id").GetInt64());
        Assert.Equal("focus-1.2-bad-cost.csv", newest.GetProperty("file").GetString());
        Assert.StartsWith("focus", newest.GetProperty("format").GetString(), StringComparison.Ordinal);
        Assert.Equal("azure", string.Join(",", newest.GetProperty("providers").EnumerateArray().Select(p => p.GetString())));
        Assert.Equal(3, history.RootElement.GetProperty("pageSize").GetInt32());
        Assert.True(history.RootElement.GetProperty("total").GetInt32() >= 3);

        var audit = await DemoLedgerFixture.CliAsync("audit", "--db", ledger.Db, "--format", "json");
        Assert.Contains("import.file", audit.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("picture.png", "png")]
    [InlineData("noise.csv", "random")]
    [InlineData("empty.csv", "empty")]
    [InlineData("bill.csv.gz", "truncated-gzip")]
    public async Task Upload_NotABill_Returns422NamingTheFileAndChangesNothing(string name, string kind)
    {
        var bytes = kind switch
        {
            "png" => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
            "random" => RandomBytes(50_000),
            "empty" => [],
            _ => TruncatedGzip(),
        };
        var before = await JuneSpendAsync();
        var sourcesBefore = await SourceCountAsync();

        using var response = await UploadAsync(ledger.Client, bytes, name);
        using var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(name, problem.RootElement.GetProperty("file").GetString());
        Assert.Contains(name, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await JuneSpendAsync());
        Assert.Equal(sourcesBefore + 1, await SourceCountAsync()); // the failed attempt is in the history, with its reason
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder()));
    }

    [Fact]
    public async Task ImportsPage_FileNameWithMarkup_IsEscaped()
    {
        const string name = "<img src=x onerror=alert(1)>.csv";
        using var upload = await UploadAsync(ledger.Client, RandomBytes(100), name);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, upload.StatusCode);

        using var page = await ledger.Client.GetAsync("/imports");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_GzipUsageLog_ImportsEveryRow()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(await File.ReadAllBytesAsync(Path.Combine(FixtureFolder, "litellm-spend-logs.csv")));
        }

        using var response = await UploadAsync(ledger.Client, compressed.ToArray(), "spend_logs.csv.gz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(12, json.RootElement.GetProperty("rows").GetInt64());
        // 0.00984926 USD of recorded spend, plus row 9 (no spend recorded) priced from the price book.
        var cost = decimal.Parse(json.RootElement.GetProperty("cost")[0].GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(cost, 0.00984926m, 0.01m);
    }

    [Fact]
    public async Task Upload_Multipart_ImportsTheFilePart()
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent("auto"), "format");
        var file = new ByteArrayContent(RandomBytes(1000));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", "../../etc/noise.ndjson");
        using var response = await ledger.Client.PostAsync("/api/imports", content);
        using var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("noise.ndjson", problem.RootElement.GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("auditor", HttpStatusCode.Forbidden)]
    [InlineData("head-of-support", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Upload_WithoutImportRole_IsRefused(string? actor, HttpStatusCode status)
    {
        using var client = ledger.ClientFor(actor);
        using var response = await UploadAsync(client, await File.ReadAllBytesAsync(Path.Combine(FixtureFolder, "focus-1.2-small.csv")), "focus-1.2-small.csv");
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task History_BuOwner_IsForbidden()
    {
        using var client = ledger.ClientFor("head-of-support");
        using var response = await client.GetAsync("/api/imports");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var rejects = await client.GetAsync("/api/imports/1/rejects");
        Assert.Equal(HttpStatusCode.Forbidden, rejects.StatusCode);
    }

    [Theory]
    [InlineData("/api/imports/999999/rejects", HttpStatusCode.NotFound)]
    [InlineData("/api/imports?pageSize=501", HttpStatusCode.BadRequest)]
    [InlineData("/api/imports?page=0", HttpStatusCode.BadRequest)]
    public async Task History_BadRequest_AnswersProblem(string url, HttpStatusCode status)
    {
        using var response = await ledger.Client.GetAsync(url);
        using var problem = await ProblemAsync(response, status);
    }

    [Fact]
    public async Task Upload_WithoutName_Returns400()
    {
        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await ledger.Client.PostAsync("/api/imports", content);
        using var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("name", problem.RootElement.GetProperty("parameter").GetString());
    }

    internal static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/api/imports?name={Uri.EscapeDataString(name)}", content);
    }

    internal static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }

    private string UploadsFolder()
    {
        var folder = Path.Combine(ledger.Folder, ".valueledger-uploads");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private async Task<decimal> JuneSpendAsync()
    {
        using var spend = await GetJsonAsync("/api/spend?from=2025-06-01&to=2025-07-01");
        return spend.RootElement.GetProperty("totals").EnumerateArray()
            .Where(t => t.GetProperty("currency").GetString() == "USD")
            .Sum(t => decimal.Parse(t.GetProperty("cost").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<int> SourceCountAsync()
    {
        using var history = await GetJsonAsync("/api/imports?pageSize=1");
        return history.RootElement.GetProperty("total").GetInt32();
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await ledger.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x00; // never the gzip magic
        return bytes;
    }

    /// <summary>A 40,000-line usage bill, gzip-compressed, cut off half way through.</summary>
    private static byte[] TruncatedGzip()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip))
        {
            var lines = File.ReadAllLines(Path.Combine(FixtureFolder, "focus-1.2-small.csv"));
            writer.WriteLine(lines[0]);
            for (var i = 0; i < 8_000; i++)
            {
                foreach (var line in lines.Skip(1))
                {
                    writer.WriteLine(line.Replace("ea-7001", $"ea-{i}", StringComparison.Ordinal));
                }
            }
        }

        var all = compressed.ToArray();
        return all[..(all.Length / 2)];
    }
}
