using Xunit.Abstractions;

namespace ValueLedger.Cli.Tests.People;

public sealed class DumpTmp(ITestOutputHelper output)
{
    [Fact]
    public async Task Dump()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();
        foreach (var cmd in new[] { "adoption", "conviction", "behaviour", "maturity", "roles" })
        {
            var r = cmd == "roles" ? await ledger.RunAsync(cmd) : await ledger.RunAsync(cmd, "--month", "2026-03");
            output.WriteLine(r.ToString());
        }

        Assert.Fail("dump");
    }
}
