namespace ValueLedger.Web.Tests;

/// <summary><c>valueledger serve</c> argument checks (the served application itself is tested through <see cref="DemoLedgerFixture"/>).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080;not a url")]
    public async Task Serve_NotAnHttpUrl_RefusesWithMessage(string urls)
    {
        var (exit, _, stderr) = await DemoLedgerFixture.CliAsync("serve", "--db", "unused.duckdb", "--urls", urls);
        Assert.Equal(1, exit);
        Assert.Contains("is not an http:// or https:// URL", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void NonLoopback_LoopbackUrl_IsNull(string urls) =>
        Assert.Null(ValueLedger.Cli.Commands.ServeCommand.NonLoopback(urls));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080")]
    public void NonLoopback_OpenAddress_IsNamed(string urls) =>
        Assert.NotNull(ValueLedger.Cli.Commands.ServeCommand.NonLoopback(urls));
}
