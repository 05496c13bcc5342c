using System.Text.Json;
using ValueLedger.Cli.Tests.Lifecycle;

namespace ValueLedger.Cli.Tests.Brief;

/// <summary>
/// <c>valueledger brief ID</c> over the worked example of <see cref="LifecycleLedger.DeclareAsync"/>: C 100, T 2, D 50,
/// M 4, V 100, w 0.1 from 2026-01. Hand-computed: e(t) = 0, −25, −50, 25, 100, 100…; E(t) = 0, −25, −75, −50, 50, 150…;
/// break-even at month 4 (2026-05, the first t &gt; 2 with E ≥ 0); trough month 2 = 2026-03; maturity month 4 = 2026-05;
/// laggard possible from month 4 + 3 + 1 = 8 (2026-09); half band 10 × (t + 1).
/// </summary>
public sealed class BriefCommandTests
{
    [Fact]
    public async Task Brief_SignedWorkedExample_JsonHasHandComputedMonths()
    {
        using var ledger = new LifecycleLedger(access: true);
        await ledger.DeclareAsync();
        await ledger.RunAsync("jcurve", "sign", "support-copilot", "--version", "1", "--actor", "vp-support");
        var agreed = await ledger.RunAsync("method", "agree", "support-copilot", "--method", "controlled-experiment", "--metric", "ticket resolved without a human",
            "--value-per-outcome", "12.50", "--currency", "USD", "--actor", "cfo");

        var result = await ledger.RunAsync("brief", "support-copilot", "--format", "json");

        Assert.True(agreed.ExitCode == 0, agreed.ToString());
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("draft").GetBoolean());
        Assert.Equal("support", root.GetProperty("initiative").GetProperty("ownerBu").GetString());
        Assert.Equal("vp-support", root.GetProperty("initiative").GetProperty("sponsor").GetString());
        Assert.Equal("experiment", root.GetProperty("initiative").GetProperty("stage").GetString());
        Assert.Equal(4, root.GetProperty("breakEvenMonth").GetProperty("index").GetInt32());
        Assert.Equal("2026-05", root.GetProperty("breakEvenMonth").GetProperty("month").GetString());
        Assert.Equal("returns lag investment by 4 months: break-even expected in 2026-05", root.GetProperty("lag").GetString());
        Assert.Equal("2026-03", root.GetProperty("troughMonth").GetProperty("month").GetString());
        Assert.Equal("2026-09", root.GetProperty("laggardFromMonth").GetProperty("month").GetString());
        Assert.StartsWith("the expected monthly net value falls to \u221250 USD in month 2 (2026-03) before it rises to 100 USD by month 4 (2026-05)",
            root.GetProperty("dip").GetString(), StringComparison.Ordinal);
        var measurement = root.GetProperty("measurement");
        Assert.True(measurement.GetProperty("agreed").GetBoolean());
        Assert.Equal("controlled-experiment", measurement.GetProperty("method").GetString());
        Assert.Equal("12.5", measurement.GetProperty("valuePerOutcome").GetString());
        Assert.Equal("cfo", measurement.GetProperty("approver").GetString());
        var curve = root.GetProperty("curve").EnumerateArray().ToList();
        Assert.Equal(12, curve.Count);
        Assert.Equal(["0", "-25", "-75", "-50", "50", "150"], curve.Take(6).Select(r => r.GetProperty("expectedCumulative").GetString()));
        Assert.Equal("-105", curve[2].GetProperty("bandLow").GetString());
        Assert.Equal(5, root.GetProperty("readiness").GetArrayLength());
        Assert.Equal(["attribution-coverage", "cost-per-successful-outcome", "net-value"],
            root.GetProperty("scoreboard").GetProperty("judgedOn").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
        Assert.All(root.GetProperty("scoreboard").GetProperty("shownNotScored").EnumerateArray(), m => Assert.Equal("activity", m.GetProperty("rung").GetString()));
    }

    [Fact]
    public async Task Brief_UnsignedAndNoAgreement_DraftAndStayClaims()
    {
        using var ledger = new LifecycleLedger(access: true);
        await ledger.DeclareAsync();

        var table = await ledger.RunAsync("brief", "support-copilot");
        var json = await ledger.RunAsync("brief", "support-copilot", "--format", "json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("DRAFT — not signed", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("not yet agreed — outcomes will stay claims until finance agrees a method", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("returns lag investment by 4 months: break-even expected in 2026-05", table.Stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.True(doc.RootElement.GetProperty("draft").GetBoolean());
        Assert.False(doc.RootElement.GetProperty("measurement").GetProperty("agreed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("measurement").GetProperty("method").ValueKind);
    }

    [Fact]
    public async Task Brief_DefaultVersion_LatestSignedNotNewerDraft()
    {
        using var ledger = new LifecycleLedger(access: true);
        await ledger.DeclareAsync();
        await ledger.RunAsync("jcurve", "sign", "support-copilot", "--version", "1", "--actor", "vp-support");
        await ledger.DeclareAsync(depth: "80");

        var latestSigned = await ledger.RunAsync("brief", "support-copilot", "--format", "json");
        var draft = await ledger.RunAsync("brief", "support-copilot", "--version", "2", "--format", "json");

        using var signed = JsonDocument.Parse(latestSigned.Stdout);
        Assert.Equal(1, signed.RootElement.GetProperty("jcurve").GetProperty("version").GetInt32());
        using var second = JsonDocument.Parse(draft.Stdout);
        Assert.Equal(2, second.RootElement.GetProperty("jcurve").GetProperty("version").GetInt32());
        Assert.True(second.RootElement.GetProperty("draft").GetBoolean());
    }

    [Fact]
    public async Task Brief_ScriptInName_HtmlEscapedPrintablePage()
    {
        using var ledger = new LifecycleLedger(access: true);
        File.WriteAllText(ledger.Organisation, File.ReadAllText(ledger.Organisation).Replace("\"Support <copilot> & co\"", "\"<script>alert(1)</script>\"", StringComparison.Ordinal));
        await ledger.DeclareAsync();

        var result = await ledger.RunAsync("brief", "support-copilot", "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("<!DOCTYPE html>", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", result.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<svg", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("@media print", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("class=\"draft\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n\">-75.00</td>", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Output_WritesFileAndSaysSo()
    {
        using var ledger = new LifecycleLedger();
        await ledger.DeclareAsync();
        var path = Path.Combine(Path.GetDirectoryName(ledger.Db)!, "brief.html");

        var result = await ledger.RunAsync("brief", "support-copilot", "--format", "html", "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("wrote the sponsor brief of support-copilot", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_UnknownIdOrNoCurve_Exit1LikeInitiativeShow()
    {
        using var ledger = new LifecycleLedger();

        var unknown = await ledger.RunAsync("brief", "no-such-thing");
        var show = await ledger.RunAsync("initiative", "show", "no-such-thing");
        var noCurve = await ledger.RunAsync("brief", "triage-bot");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(show.ExitCode, unknown.ExitCode);
        Assert.Contains("'no-such-thing' is not a declared initiative", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, noCurve.ExitCode);
        Assert.Contains("has no J-curve declaration", noCurve.Stderr, StringComparison.Ordinal);
    }
}
