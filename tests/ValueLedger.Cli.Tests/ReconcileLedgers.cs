namespace ValueLedger.Cli.Tests;

/// <summary>The ledgers <see cref="ReconcileCommandTests"/> reads, built once for the class.</summary>
public sealed class ReconcileLedgers : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public string Sample => _temp.File("sample.duckdb");

    public string Billed => _temp.File("billed.duckdb");

    public async Task InitializeAsync()
    {
        var litellm = CliRunner.Fixture("LiteLlm", "spend_logs.csv");
        await ImportAsync(Sample, CliRunner.Fixture("Focus", "focus_sample.csv"), litellm);

        // A FOCUS 1.2 bill for the LiteLLM month: OpenAI 0.0017 and Anthropic 0.006 of AI usage.
        var header = File.ReadLines(CliRunner.Fixture("Focus", "focus-1.2-small.csv")).First();
        var bill = _temp.File("bill.csv");
        await File.WriteAllLinesAsync(bill,
        [
            header,
            BillLine("0.0017", "org-oa", "OpenAI"),
            BillLine("0.006", "org-an", "Anthropic"),
        ]);
        await ImportAsync(Billed, bill, litellm);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    private static async Task ImportAsync(string db, params string[] files)
    {
        var result = await CliRunner.RunAsync(["import", .. files, "--db", db]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>One AI usage line in the column order of focus-1.2-small.csv, charged on 2025-03-03.</summary>
    private static string BillLine(string cost, string account, string provider) =>
        $"{cost},{account},{provider} org,USD,2025-04-01T00:00:00Z,2025-03-01T00:00:00Z,Usage,,{provider} tokens,Usage-Based," +
        $"2025-03-04T00:00:00Z,2025-03-03T00:00:00Z,1000,Tokens,{cost},{cost},{provider},{cost},1,1000 Tokens,{provider},{provider},,,," +
        $"AI and Machine Learning,{provider} API,sku-{account},{provider} tokens,,,,,";
}
