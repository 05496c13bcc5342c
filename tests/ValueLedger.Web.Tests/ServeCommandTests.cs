namespace ValueLedger.Web.Tests;

/// <summary><c>valueledger serve</c> refuses any non-loopback address until authentication exists.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://example.com:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080")]
    public async Task Serve_NonLoopbackUrl_RefusesWithMessage(string urls)
    {
        var (exit, _, stderr) = await DemoLedgerFixture.CliAsync("serve", "--db", "unused.duckdb", "--urls", urls);
        Assert.Equal(1, exit);
        Assert.Contains("serve listens on loopback only until authentication is configured", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void NonLoopback_LoopbackUrl_IsNull(string urls) =>
        Assert.Null(ValueLedger.Cli.Commands.ServeCommand.NonLoopback(urls));
}
