using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace ValueLedger.Web.Tests;

/// <summary>The memory test runs alone: it measures the whole test process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportStreamingGroup
{
    public const string Name = "import streaming";
}

/// <summary>
/// Uploads are streamed to disk with a fixed buffer: a 300 MB body does not grow the process by 100 MB; a client that
/// goes away mid-upload leaves no temporary file and no import; a body over the limit is refused with 413.
/// </summary>
[Collection(ImportStreamingGroup.Name)]
public sealed class ImportStreamingTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task Upload_300MegabytesOfJunk_MemoryStaysFlatAnd422()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var workingSetBefore = process.WorkingSet64;
        long managedPeak = managedBefore, workingSetPeak = workingSetBefore;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
                process.Refresh();
                workingSetPeak = Math.Max(workingSetPeak, process.WorkingSet64);
                await Task.Delay(20);
            }
        });

        using var content = new GeneratedContent(300 * MiB, failAfter: null);
        using var response = await ledger.Client.PostAsync("/api/imports?name=big-junk.csv", content);
        await done.CancelAsync();
        await sampler;

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body);
        Assert.Contains("big-junk.csv", body, StringComparison.Ordinal);
        Assert.True(managedPeak - managedBefore < 100 * MiB, $"managed heap grew by {(managedPeak - managedBefore) / MiB} MiB");
        Assert.True(workingSetPeak - workingSetBefore < 100 * MiB, $"working set grew by {(workingSetPeak - workingSetBefore) / MiB} MiB");
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder()));
    }

    [Fact]
    public async Task Upload_ClientGoesAwayMidway_LeavesNoFileAndNoImport()
    {
        var sourcesBefore = await SourceCountAsync();
        using var content = new GeneratedContent(50 * MiB, failAfter: 5 * MiB);
        using var goAway = new CancellationTokenSource();
        var upload = ledger.Client.PostAsync("/api/imports?name=dropped.csv", content, goAway.Token);
        await content.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(UploadsFolder())); // the upload was under way
        await goAway.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);

        // The server notices the broken body on its next read; give it a moment to clean up.
        for (var i = 0; i < 50 && Directory.EnumerateFileSystemEntries(UploadsFolder()).Any(); i++)
        {
            await Task.Delay(100);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder()));
        Assert.Equal(sourcesBefore, await SourceCountAsync());
    }

    [Fact]
    public async Task Upload_DeclaredLargerThanLimit_Returns413()
    {
        using var content = new ByteArrayContent(new byte[16]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports?name=huge.csv") { Content = content };
        content.Headers.ContentLength = 6L * 1024 * MiB;
        using var response = await ledger.Client.SendAsync(request);
        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("5368709120", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private string UploadsFolder()
    {
        var folder = Path.Combine(ledger.Folder, ".valueledger-uploads");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private async Task<int> SourceCountAsync()
    {
        using var response = await ledger.Client.GetAsync("/api/imports?pageSize=1");
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>A body of <c>length</c> bytes generated on the fly (never held in memory); optionally stalls part way until cancelled.</summary>
    private sealed class GeneratedContent : HttpContent
    {
        private readonly long _length;
        private readonly long? _failAfter;
        private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public GeneratedContent(long length, long? failAfter)
        {
            _length = length;
            _failAfter = failAfter;
            Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        }

        /// <summary>Completes when the body has sent <c>failAfter</c> bytes and waits for the client to give up.</summary>
        public Task Stalled => _stalled.Task;

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < chunk.Length; i++)
            {
                chunk[i] = (byte)(i % 251);
            }

            for (long sent = 0; sent < _length; sent += chunk.Length)
            {
                if (_failAfter is { } fail && sent >= fail)
                {
                    _stalled.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _length - sent)), cancellationToken);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _length;
            return true;
        }
    }
}
