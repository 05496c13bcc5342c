using System.Globalization;
using ValueLedger.Cli.Demo;

namespace ValueLedger.Cli.Tests;

/// <summary>Marketing is the demo's activity-heavy team: its tokens soar over the year, others only follow the adoption ramp.</summary>
public sealed class DemoValueActivityTests
{
    private static readonly string[] OtherLiteLlmTeams = ["customer-support", "sales", "engineering"];

    [Fact]
    public void TokenGrowth_MarketingAndOthers_ThreefoldForMarketingOnly()
    {
        Assert.Equal(1.0, DemoOrganisation.TokenGrowth("marketing", 0));
        Assert.Equal(3.0, DemoOrganisation.TokenGrowth("marketing", DemoOrganisation.Months - 1));
        Assert.Equal(1.0, DemoOrganisation.TokenGrowth("sales", DemoOrganisation.Months - 1));
        Assert.Equal(11, DemoOrganisation.MonthIndex(new DateTime(2026, 10, 31, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Generate_DemoYear_MarketingTokensGrowOverSixfoldOthersUnderFourfold()
    {
        var directory = Directory.CreateTempSubdirectory("vl-demovalue-");
        try
        {
            new DemoGenerator(directory.FullName, 20_000, 42).Generate(null);
            var first = TokensByTeam(Path.Combine(directory.FullName, "litellm", "litellm-spend-2025-11.csv"));
            var last = TokensByTeam(Path.Combine(directory.FullName, "litellm", "litellm-spend-2026-10.csv"));

            Assert.True(last["marketing"] > 6 * first["marketing"], $"{first["marketing"]} -> {last["marketing"]}");
            foreach (var team in OtherLiteLlmTeams)
            {
                Assert.True(last[team] < 4 * first[team], team);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>total_tokens per team_id of a LiteLLM spend log the demo wrote (no quoted commas before those columns).</summary>
    private static Dictionary<string, long> TokensByTeam(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int tokens = Array.IndexOf(header, "total_tokens"), team = Array.IndexOf(header, "team_id");
        return lines.Skip(1).Select(l => l.Split(','))
            .GroupBy(f => f[team], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(f => long.TryParse(f[tokens], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0), StringComparer.Ordinal);
    }
}
