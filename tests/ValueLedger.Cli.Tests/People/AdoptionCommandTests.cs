using System.Text.Json;

namespace ValueLedger.Cli.Tests.People;

public sealed class AdoptionCommandTests
{
    [Fact]
    public async Task Adoption_Text_TeamRowsSmallTeamHiddenAndLegend()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("adoption", "--month", "2026-03");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Adoption ladder, 2026-03 (privacy threshold k = 5)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Alpha <team>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("<5 = below the privacy threshold", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("p-", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adoption_Json_CountsStatesAndNoSmallFigure()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("adoption", "--month", "2026-03", "--trend", "2", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2026-03", root.GetProperty("month").GetString());
        Assert.Equal(5, root.GetProperty("k").GetInt32());
        var alpha = root.GetProperty("teams")[0];
        Assert.Equal(11, alpha.GetProperty("members").GetProperty("value").GetInt32());

        // beta's whole row is hidden, zeros included, so every column with beta's zero needs a complement: alpha's
        // regular-use 5, then alpha's access 6 for alpha's row; the share would give them away.
        Assert.Equal("below-threshold", alpha.GetProperty("atRung")[5].GetProperty("state").GetString());
        Assert.Equal("below-threshold", alpha.GetProperty("regularUsePercent").GetProperty("state").GetString());
        Assert.Equal(0, alpha.GetProperty("atRung")[0].GetProperty("value").GetInt32());
        var beta = root.GetProperty("teams")[1];
        Assert.Equal("below-threshold", beta.GetProperty("members").GetProperty("state").GetString());
        Assert.False(beta.GetProperty("members").TryGetProperty("value", out _));
        Assert.Equal(2, root.GetProperty("trend").GetArrayLength());
        Assert.Equal("access", root.GetProperty("funnel")[0].GetProperty("rung").GetString());

        // No shown count anywhere is 1 … 4.
        foreach (var value in Values(root))
        {
            Assert.False(value is > 0 and < 5, $"a shown count of {value}");
        }
    }

    [Fact]
    public async Task Adoption_EmptyLedger_Exit1WithHint()
    {
        using var ledger = new PeopleLedger();

        var result = await ledger.RunAsync("adoption");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("valueledger people import", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Every count ("value" next to a "state", outside percentages) in the document.</summary>
    private static IEnumerable<int> Values(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("state", out _) && element.TryGetProperty("value", out var v) && !element.TryGetProperty("people", out _))
            {
                yield return v.GetInt32();
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Values(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Values(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
