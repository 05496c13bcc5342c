using ValueLedger.Cli.Tests.Lifecycle;

namespace ValueLedger.Cli.Tests.Brief;

public sealed class InitiativeShowHtmlTests
{
    [Fact]
    public async Task InitiativeShow_Html_SameFactsEscaped()
    {
        using var ledger = new LifecycleLedger();
        await ledger.DeclareAsync();

        var result = await ledger.RunAsync("initiative", "show", "support-copilot", "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("<!DOCTYPE html>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Support &lt;copilot&gt; &amp; co", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<copilot>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("experiment (from organisation.yaml)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("no agreed method", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("to move to pilot: missing", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<td>not signed</td>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<td>role-based-training</td><td>missing</td>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("@media print", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitiativeShow_OutputWithTable_Exit1()
    {
        using var ledger = new LifecycleLedger();
        var path = Path.Combine(Path.GetDirectoryName(ledger.Db)!, "show.html");

        var refused = await ledger.RunAsync("initiative", "show", "support-copilot", "--output", path);
        var written = await ledger.RunAsync("initiative", "show", "support-copilot", "--format", "html", "--output", path);

        Assert.Equal(1, refused.ExitCode);
        Assert.True(written.ExitCode == 0, written.ToString());
        Assert.Contains("Support &lt;copilot&gt; &amp; co", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
