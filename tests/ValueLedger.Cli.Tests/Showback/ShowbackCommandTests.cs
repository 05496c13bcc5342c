using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Tests.Showback;

public sealed class ShowbackCommandTests
{
    [Fact]
    public async Task Showback_JsonDefaultMonth_HandComputedFiguresReconcile()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("2026-10", root.GetProperty("month").GetString());
        Assert.Equal("2026-11-28T10:00:00Z", root.GetProperty("generatedAt").GetString());
        var statements = root.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(["finance", "legal", null], statements.Select(s => s.GetProperty("bu").GetString()));

        // finance USD: 100 - 20 = 80 net, 100 gross; September 64 -> +16 = +25 %. EUR 40 with no September: % undefined.
        var finance = statements[0];
        Assert.Equal("informational", finance.GetProperty("status").GetString());
        Assert.Equal("chargeback", finance.GetProperty("declaredMode").GetString());
        Assert.Equal("showback", finance.GetProperty("effectiveMode").GetString());
        Assert.Contains("not acknowledged", finance.GetProperty("note").GetString(), StringComparison.Ordinal);
        var totals = finance.GetProperty("totals").EnumerateArray().ToList();
        Assert.Equal(
            ["EUR 40 40 - 40 -", "USD 80 100 64 16 25"],
            totals.Select(t => string.Join(' ', "currency,amount,gross,previous,change,changePercent".Split(',').Select(p => t.GetProperty(p).GetString() ?? "-"))));

        // 117 USD = finance 80 + legal 30 + Unallocated 7; 40 EUR = finance.
        var period = root.GetProperty("periodTotals").EnumerateArray().ToDictionary(t => t.GetProperty("currency").GetString()!, t => Money(t, "amount"));
        Assert.Equal(117m, period["USD"]);
        Assert.Equal(40m, period["EUR"]);
        foreach (var (currency, amount) in period)
        {
            var sum = statements.SelectMany(s => s.GetProperty("totals").EnumerateArray()).Where(t => t.GetProperty("currency").GetString() == currency).Sum(t => Money(t, "amount"));
            Assert.Equal(amount, sum);
        }

        var unallocated = statements[2];
        Assert.Contains(unallocated.GetProperty("breakdown").EnumerateArray(), l => l.GetProperty("section").GetString() == "reason" && l.GetProperty("item").GetString() == "no-matching-rule");
        Assert.Empty(root.GetProperty("notAllocated").EnumerateArray());
    }

    [Fact]
    public async Task Showback_Csv_OneRowPerBuAndBreakdownLine()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "csv", "--month", "2026-10");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("month,bu,buName,status,section,item,label,currency,amount,gross,estimated,previous,change,changePercent", lines[0]);
        Assert.Contains("2026-10,finance,Finance,informational,total,total,total,USD,80,100,0,64,16,25", lines);
        Assert.Contains("2026-10,finance,Finance,informational,initiative,invoice-extraction,Invoice extraction,USD,80,,,,,", lines);
        Assert.Contains("2026-10,finance,Finance,informational,share-kind,direct,direct,USD,80,,,,,", lines);
        Assert.Contains("2026-10,legal,<script>alert(1)</script> & Co,informational,initiative,(no initiative),(no initiative),USD,30,,,,,", lines);
        Assert.Contains("2026-10,unallocated,Unallocated,informational,provider-model,openai / gpt-4o,openai / gpt-4o,USD,7,,,,,", lines);
    }

    [Fact]
    public async Task Showback_Table_OneSectionPerBuWithNoteWhenChargebackNotAcknowledged()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Finance (finance) — 2026-10 — Informational — showback — owner cfo", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("note: chargeback is declared but not acknowledged by the owner (cfo)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Unallocated — 2026-10", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+16.00 (+25 %)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+40.00 (n/a: no cost the month before)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("allocated in total: 40.00 EUR, 117.00 USD", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showback_HtmlAfterAcknowledgement_BannersEscapedNamesAndPrintStyles()
    {
        using var ledger = await ShowbackLedger.CreateAsync();
        Assert.Equal(0, (await ledger.RunAsync("bu", "acknowledge", "finance", "--owner", "cfo", "--org", ledger.Organisation)).ExitCode);
        var file = ledger.File("statements.html");

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "html", "--output", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("wrote 3 statement(s) for 2026-10", result.Stdout, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("BILLABLE — chargeback", html, StringComparison.Ordinal);
        Assert.Contains("Informational — showback", html, StringComparison.Ordinal);
        Assert.Contains("Chargeback acknowledged by cfo at 2026-11-28T10:00:00Z", html, StringComparison.Ordinal);
        Assert.Contains("Generated at 2026-11-28T10:00:00Z", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("break-after: page", html, StringComparison.Ordinal);
        Assert.Contains("How to read this statement", html, StringComparison.Ordinal);
        Assert.Contains("telemetry-split", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showback_HtmlChargebackNotAcknowledged_InformationalWithNote()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "html", "--bu", "finance");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("BILLABLE", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">chargeback is declared but not acknowledged", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, result.Stdout.Split("<section class=\"statement").Length - 1);
    }

    [Fact]
    public async Task Showback_UnknownBu_Exit2ListingTheIds()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--bu", "marketing");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown business unit 'marketing'; declared: finance, legal, unallocated", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showback_MonthWithoutAllocations_Exit1SayingSo()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--month", "2026-05");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no allocations in 2026-05", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("the latest month with allocations is 2026-10", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showback_LinesImportedAfterAllocation_WarnsTheyAreNotInTheStatement()
    {
        using var ledger = await ShowbackLedger.CreateAsync();
        await ledger.ImportAsync(ShowbackLedger.Line(5m, "finance", "USD", 10, day: 20));

        var table = await ledger.RunAsync("showback", "--org", ledger.Organisation);
        var json = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "json");

        Assert.Contains("1 line (5.00 USD) imported since the last allocation run is not in this statement; run valueledger allocate", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning: 1 line (5.00 USD)", json.Stderr, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Stdout);
        var missing = Assert.Single(document.RootElement.GetProperty("notAllocated").EnumerateArray());
        Assert.Equal(1, missing.GetProperty("lines").GetInt32());
        Assert.Equal(5m, Money(missing, "cost"));
    }

    [Fact]
    public async Task Showback_FirstAllocatedMonth_ChangeSaysThePreviousMonthIsNotAllocated()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--month", "2026-09");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("+64.00 (n/a: previous month not allocated)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showback_OutputInMissingFolder_Exit1WithTheReason()
    {
        using var ledger = await ShowbackLedger.CreateAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation, "--format", "html", "--output", ledger.File(Path.Combine("missing", "s.html")));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot write", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showback_EmptyLedger_Exit1AskingToAllocateFirst()
    {
        using var ledger = await ShowbackLedger.CreateEmptyAsync();

        var result = await ledger.RunAsync("showback", "--org", ledger.Organisation);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no allocations in the ledger; run `valueledger allocate --org PATH` first", result.Stderr, StringComparison.Ordinal);
    }

    private static decimal Money(JsonElement element, string property) =>
        decimal.Parse(element.GetProperty(property).GetString()!, CultureInfo.InvariantCulture);
}
