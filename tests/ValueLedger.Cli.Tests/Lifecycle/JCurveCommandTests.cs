using System.Text.Json;

namespace ValueLedger.Cli.Tests.Lifecycle;

public sealed class JCurveCommandTests
{
    [Fact]
    public async Task DeclareSignShow_Sponsor_ShowsSignedCurveWithBreakEven()
    {
        using var ledger = new LifecycleLedger();
        var declared = await ledger.DeclareAsync();
        var signed = await ledger.RunAsync("jcurve", "sign", "support-copilot", "--version", "1", "--actor", "vp-support");
        var shown = await ledger.RunAsync("jcurve", "support-copilot", "--months", "6", "--format", "json");

        Assert.True(declared.ExitCode == 0, declared.ToString());
        Assert.Contains("J-curve version 1 declared", declared.Stdout, StringComparison.Ordinal);
        Assert.True(signed.ExitCode == 0, signed.ToString());
        Assert.True(shown.ExitCode == 0, shown.ToString());
        using var json = JsonDocument.Parse(shown.Stdout);
        var root = json.RootElement;
        Assert.Equal("vp-support", root.GetProperty("signedBy").GetString());
        Assert.Equal("2026-03-10T08:00:00Z", root.GetProperty("signedAt").GetString());
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        Assert.Equal(4, root.GetProperty("breakEvenMonth").GetInt32());
        Assert.Equal("returns lag investment by 4 months (break-even expected in 2026-05, month 4)", root.GetProperty("breakEven").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(6, rows.Count);

        // Hand-computed: E(t) = 0, -25, -75, -50, 50, 150; half band 10 × (t + 1).
        Assert.Equal(["0", "-25", "-75", "-50", "50", "150"], rows.Select(r => r.GetProperty("expectedCumulative").GetString()));
        Assert.Equal("2026-03", rows[2].GetProperty("month").GetString());
        Assert.Equal("-105", rows[2].GetProperty("bandLow").GetString());
        Assert.Equal("-45", rows[2].GetProperty("bandHigh").GetString());
        // No cost and no outcomes in this ledger: the actual cumulative net value of a past month is 0, not unknown.
        Assert.Equal("0", rows[2].GetProperty("actualCumulative").GetString());
    }

    [Fact]
    public async Task Show_Table_SaysBreakEvenLag()
    {
        using var ledger = new LifecycleLedger();
        await ledger.DeclareAsync();

        var shown = await ledger.RunAsync("jcurve", "support-copilot");

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Contains("NOT SIGNED", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("returns lag investment by 4 months", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-12", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Html_IsOneEscapedDocumentWithChart()
    {
        using var ledger = new LifecycleLedger();
        await ledger.DeclareAsync();

        var shown = await ledger.RunAsync("jcurve", "support-copilot", "--format", "html", "--months", "6");

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.StartsWith("<!DOCTYPE html>", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("<svg", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("<td>-75.00</td>", shown.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", shown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_SignedVersionAgain_RefusedAndRedeclareKeepsOldVersion()
    {
        using var ledger = new LifecycleLedger();
        await ledger.DeclareAsync();
        await ledger.RunAsync("jcurve", "sign", "support-copilot", "--version", "1", "--actor", "vp-support");

        var again = await ledger.RunAsync("jcurve", "sign", "support-copilot", "--version", "1", "--actor", "vp-support");
        var second = await ledger.DeclareAsync(depth: "80");
        var show = await ledger.RunAsync("initiative", "show", "support-copilot", "--format", "json");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already signed by vp-support", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("version 2 declared", second.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(show.Stdout);
        var versions = json.RootElement.GetProperty("jcurves").EnumerateArray().ToList();
        Assert.Equal(2, versions.Count);
        Assert.Equal("50", versions[0].GetProperty("troughDepth").GetString());
        Assert.Equal("vp-support", versions[0].GetProperty("signedBy").GetString());
        Assert.Equal("80", versions[1].GetProperty("troughDepth").GetString());
        Assert.Equal(JsonValueKind.Null, versions[1].GetProperty("signedBy").ValueKind);

        // The default shows the latest signed version, not the newer unsigned one.
        var shown = await ledger.RunAsync("jcurve", "support-copilot", "--format", "json");
        using var curve = JsonDocument.Parse(shown.Stdout);
        Assert.Equal(1, curve.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Sign_NotTheSponsor_Refused()
    {
        using var ledger = new LifecycleLedger();
        await ledger.DeclareAsync();

        var result = await ledger.RunAsync("jcurve", "sign", "support-copilot", "--version", "1", "--actor", "head-sales");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("only the sponsor of support-copilot (vp-support) or an admin may sign", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declare_BadValuesAndNoRight_Exit1ListingEveryProblem()
    {
        using var ledger = new LifecycleLedger();

        var result = await ledger.RunAsync("jcurve", "declare", "support-copilot", "--start", "2026-01", "--monthly-cost", "0", "--trough-month", "5",
            "--trough-depth", "50", "--maturity-month", "3", "--target-net", "100", "--tolerance", "2", "--currency", "USD", "--actor", "head-sales");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("may declare a J-curve", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("monthly cost must be more than 0", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("maturity month (3) must not be before the trough month (5)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("tolerance is a fraction from 0 to 1", result.Stderr, StringComparison.Ordinal);
        var show = await ledger.RunAsync("jcurve", "support-copilot");
        Assert.Contains("has no J-curve declaration", show.Stderr, StringComparison.Ordinal);
    }
}
