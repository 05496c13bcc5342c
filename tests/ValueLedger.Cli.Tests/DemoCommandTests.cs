using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Tests;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Demo_SmallLedger_ImportsEverySourceAndSummarises()
    {
        var result = await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "6000");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Imported", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Re-delivered bill", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("northwind-helpdesk-ft-v2", result.Stdout, StringComparison.Ordinal);

        var sources = await CliRunner.RunAsync("sources", "--db", _temp.Db, "--format", "json");
        using var doc = JsonDocument.Parse(sources.Stdout);
        var formats = doc.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("format").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "focus", "openai-usage", "openai-costs", "anthropic-usage", "anthropic-cost", "litellm", "otlp-json" }, formats);
        Assert.All(doc.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("imported", r.GetProperty("outcome").GetString()));

        // The demo's web logins: one per kind of user, random passwords printed and kept in an owner-only file.
        Assert.Contains("Demo logins", result.Stdout, StringComparison.Ordinal);
        var loginsFile = Path.Combine(Path.GetDirectoryName(_temp.Db)!, "valueledger-demo-data", "demo-logins.txt");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(loginsFile));
        }

        var logins = await CliRunner.RunAsync("login", "list", "--db", _temp.Db, "--format", "json");
        using var loginDoc = JsonDocument.Parse(logins.Stdout);
        Assert.Equal(["admin", "auditor", "cfo", "head-of-support"], loginDoc.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("login").GetString()));
        var adminLine = File.ReadAllLines(loginsFile).Single(l => l.TrimStart().StartsWith("admin / ", StringComparison.Ordinal));
        Assert.Matches(@"admin / [a-z2-9]{16} ", adminLine);
    }

    [Fact]
    public async Task Demo_Allocates_MostButNotAllWithATelemetrySplitAndOneBillableUnit()
    {
        var result = await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "6000");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Finance is in chargeback (acknowledged by cfo)", result.Stdout, StringComparison.Ordinal);
        var org = Path.Combine(Path.GetDirectoryName(_temp.Db)!, "valueledger-demo-data", "organisation.yaml");
        Assert.Equal(0, (await CliRunner.RunAsync("check", org)).ExitCode);

        // Coverage: everything until the untagged Bedrock deployment of 2026-05, then below run but above crawl.
        var coverage = await CliRunner.RunAsync("coverage", "--db", _temp.Db, "--by", "month", "--format", "json");
        using var cov = JsonDocument.Parse(coverage.Stdout);
        var ratios = cov.RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("month").GetString()!, r => r.GetProperty("coverage").GetDecimal());
        Assert.Equal(1m, ratios["2026-01"]);
        Assert.InRange(ratios["2026-10"], 0.5m, 0.9m);

        var showback = await CliRunner.RunAsync("showback", "--db", _temp.Db, "--org", org, "--month", "2026-10", "--format", "json");
        Assert.True(showback.ExitCode == 0, showback.ToString());
        using var doc = JsonDocument.Parse(showback.Stdout);
        var statements = doc.RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(["finance"], statements.Where(s => s.GetProperty("status").GetString() == "billable").Select(s => s.GetProperty("bu").GetString()));
        // The shared Azure OpenAI resource is split by the support and sales teams' gateway telemetry.
        foreach (var bu in new[] { "customer-support", "sales" })
        {
            var kinds = statements.Single(s => s.GetProperty("bu").GetString() == bu).GetProperty("breakdown").EnumerateArray()
                .Where(b => b.GetProperty("section").GetString() == "share-kind").Select(b => b.GetProperty("item").GetString());
            Assert.Contains("telemetry-split", kinds);
        }

        var unallocated = statements.Single(s => s.GetProperty("bu").ValueKind == JsonValueKind.Null);
        Assert.True(decimal.Parse(unallocated.GetProperty("totals")[0].GetProperty("amount").GetString()!, CultureInfo.InvariantCulture) > 0m);

        // The value story went in through the value ports: validated and rejected claims (open ones too at full size), and one retirement.
        var outcomes = await CliRunner.RunAsync("outcome", "list", "--db", _temp.Db, "--format", "json");
        Assert.True(outcomes.ExitCode == 0, outcomes.ToString());
        using var list = JsonDocument.Parse(outcomes.Stdout);
        var statuses = list.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "validated", "rejected" }, statuses);
        var retired = await CliRunner.RunAsync("initiative", "show", "meeting-summaries", "--db", _temp.Db, "--org", org, "--format", "json");
        Assert.True(retired.ExitCode == 0, retired.ToString());
        Assert.Contains("retired", retired.Stdout, StringComparison.Ordinal);

        // Cost per successful outcome month by month: defined where outcomes were validated, never 0 or infinite.
        var copilot = await CliRunner.RunAsync("initiative", "show", "support-copilot", "--db", _temp.Db, "--org", org, "--format", "json");
        Assert.True(copilot.ExitCode == 0, copilot.ToString());
        using var show = JsonDocument.Parse(copilot.Stdout);
        var trend = show.RootElement.GetProperty("months").EnumerateArray().ToList();
        Assert.NotEmpty(trend);
        Assert.All(trend, m =>
        {
            var perOutcome = m.GetProperty("costPerSuccessfulOutcome");
            Assert.Equal(m.GetProperty("validatedSuccessful").GetDecimal() > 0, perOutcome.ValueKind == JsonValueKind.String);
        });
        Assert.Contains(trend, m => m.GetProperty("costPerSuccessfulOutcome").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Demo_SameSeed_SameLedger()
    {
        var other = new TempFolder();
        try
        {
            Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "3000", "--seed", "7")).ExitCode);
            Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", other.Db, "--rows", "3000", "--seed", "7")).ExitCode);

            var a = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--by", "month,provider", "--format", "csv");
            var b = await CliRunner.RunAsync("spend", "--db", other.Db, "--by", "month,provider", "--format", "csv");
            Assert.Equal(a.Stdout, b.Stdout);
        }
        finally
        {
            other.Dispose();
        }
    }

    [Fact]
    public async Task Demo_Reconcile_ShowsBilledAndUnbilledProviders()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "4000")).ExitCode);

        var result = await CliRunner.RunAsync("reconcile", "--db", _temp.Db, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("provider").GetString() == "mistral" && r.GetProperty("status").GetString() == "telemetry with no bill");
        var azure = rows.Where(r => r.GetProperty("provider").GetString() == "azure" && r.GetProperty("status").GetString() == "ok").ToList();
        Assert.NotEmpty(azure);
        // The demo bills Azure 4 % above the gateway's estimate.
        Assert.All(azure, r => Assert.InRange(decimal.Parse(r.GetProperty("variancePercent").GetString()!, CultureInfo.InvariantCulture), 3m, 5m));
    }

    [Fact]
    public async Task Demo_RunTwiceOnItsOwnLedger_RebuildsIt()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "2000")).ExitCode);

        var again = await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "2000");

        Assert.True(again.ExitCode == 0, again.ToString());
        var sources = await CliRunner.RunAsync("sources", "--db", _temp.Db, "--format", "json");
        using var doc = JsonDocument.Parse(sources.Stdout);
        Assert.All(doc.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("imported", r.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Demo_LedgerWithOwnImports_Refused()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", CliRunner.Fixture("Focus", "focus_sample.csv"), "--db", _temp.Db)).ExitCode);

        var result = await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "2000");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not the demo's", result.Stderr, StringComparison.Ordinal);
    }
}
