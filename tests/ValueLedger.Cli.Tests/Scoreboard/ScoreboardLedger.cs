using ValueLedger.Cli.Tests.Insight;

namespace ValueLedger.Cli.Tests.Scoreboard;

/// <summary>
/// A small value ledger for the scoreboard, scored in 2026-10 (the demo's latest month) against 2026-09:
/// the 3,000-row demo allocated with the shipped example organisation (it declares <c>access:</c>);
/// on 2026-01-01 cfo agrees 10 USD per outcome for support-copilot (customer-support) and sales-email-drafts
/// (sales); in October support-copilot claims 100 successful and 25 failed outcomes (validated, so 1,000 USD),
/// sales-email-drafts claims six times 5 (two validated, four rejected); on 2026-10-20 general-counsel
/// retires contract-review (legal; no J-curve, no validated outcome: a laggard).
/// </summary>
public sealed class ScoreboardLedger : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();

    public string Db => temp.Db;

    public string Organisation { get; } = AllocatedDemoLedger.Example();

    public string File(string name) => temp.File(name);

    public async Task InitializeAsync()
    {
        await OkAsync(At(2026, 1, 1), "demo", "--rows", "3000");
        await OkAsync(At(2026, 1, 1), "allocate", "--org", Organisation);
        foreach (var initiative in new[] { "support-copilot", "sales-email-drafts" })
        {
            await OkAsync(At(2026, 1, 1), "method", "agree", initiative, "--method", "controlled-experiment", "--metric", "a resolved case", "--value-per-outcome", "10", "--currency", "USD", "--actor", "cfo", "--org", Organisation);
        }

        var review = At(2026, 11, 2);
        await OkAsync(review, "outcome", "record", "support-copilot", "--from", "2026-10-01", "--to", "2026-11-01", "--successful", "100", "--failed", "25", "--actor", "head-of-support", "--org", Organisation);
        await OkAsync(review, "outcome", "validate", "1", "--actor", "cfo", "--org", Organisation);
        for (var i = 0; i < 6; i++)
        {
            await OkAsync(review, "outcome", "record", "sales-email-drafts", "--from", "2026-10-01", "--to", "2026-11-01", "--successful", "5", "--actor", "vp-sales", "--org", Organisation);
        }

        for (var id = 2; id <= 7; id++)
        {
            await OkAsync(review, "outcome", id <= 3 ? "validate" : "reject", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "checked", "--actor", "cfo", "--org", Organisation);
        }

        await OkAsync(At(2026, 10, 20), "initiative", "retire", "contract-review", "--reason", "no validated outcome after a year", "--actor", "general-counsel", "--org", Organisation);
    }

    /// <summary>Runs valueledger on this ledger at 2026-11-05.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunAtAsync(At(2026, 11, 5), args);

    public static async Task<CliResult> RunAtAsync(DateTimeOffset now, string db, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--db", db], stdout, stderr, new Clock(now), interactive: false, CancellationToken.None);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => temp.Dispose();

    private Task<CliResult> RunAtAsync(DateTimeOffset now, string[] args) => RunAtAsync(now, Db, args);

    private async Task OkAsync(DateTimeOffset now, params string[] args)
    {
        var result = await RunAtAsync(now, args);
        Assert.True(result.ExitCode == 0, string.Join(' ', args) + "\n" + result);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
