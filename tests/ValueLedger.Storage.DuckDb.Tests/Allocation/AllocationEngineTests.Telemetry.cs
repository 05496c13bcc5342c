using System.Text.Json;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Organisation;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

/// <summary>
/// Telemetry splits. The bill is Azure (lines of one day, 10 September 2024); the telemetry is Azure too, so
/// the bill covers it (it is a basis, never a line of its own). Team rules attribute telemetry to units:
/// team a to unit A (initiative ia), team b to unit B, team c to unit C.
/// </summary>
public sealed partial class AllocationEngineTests
{
    private static readonly AllocationRule[] TeamRules =
    [
        Rule("team-a", AllocationMethod.Direct, [Target("A", "ia")], priority: 10, conditions: Field(MatchFields.Team, "a")),
        Rule("team-b", AllocationMethod.Direct, [Target("B")], priority: 10, conditions: Field(MatchFields.Team, "b")),
        Rule("team-c", AllocationMethod.Direct, [Target("C")], priority: 10, conditions: Field(MatchFields.Team, "c")),
    ];

    private static Core.Organisation.Organisation Split(AllocationMethod? fallback = null, bool byModel = false, IReadOnlyList<AllocationTarget>? targets = null) =>
        Organisation([.. TeamRules, Rule("shared", AllocationMethod.Telemetry, targets ?? [Target("A"), Target("B")], priority: 50, conditions: Field(MatchFields.Provider, "azure")) with { Fallback = fallback, SameModel = byModel }]);

    [Fact]
    public async Task Allocate_TelemetrySplitThirtySeventy_SplitsTenByTheTelemetry()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        await ImportBillAsync(store, TeamUsage(0.1m, "a"), TeamUsage(0.2m, "a"), TeamUsage(0.7m, "b"));

        var result = await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        // 10 x 0.3 / 1 = 3 to A (the telemetry's initiative ia), 10 x 0.7 / 1 = 7 to B.
        Assert.Equal(["cost|A|ia|3|telemetry|rule:shared|-|-", "cost|B|-|7|telemetry|rule:shared|-|-"], await ExplainedRowsAsync(store));
        Assert.Empty(result.Notices);
        Assert.Equal(1, result.LinesConsidered);
        var details = await DetailsAsync(store, "A");
        Assert.Equal(("0.3", "1", "USD", 2, false), (details.GetProperty("basis_cost").GetString(), details.GetProperty("basis_total").GetString(),
            details.GetProperty("basis_currency").GetString(), details.GetProperty("basis_records").GetInt32(), details.GetProperty("same_model").GetBoolean()));
    }

    [Fact]
    public async Task Allocate_TelemetrySplitByModel_CountsOnlyTheLinesModelIgnoringCase()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, ModelCost(10m, "GPT-4o"));
        await ImportBillAsync(store, TeamUsage(0.1m, "a", model: "gpt-4o"), TeamUsage(0.9m, "b", model: "o1"));

        await store.AllocateAsync(Split(byModel: true), From, To, CancellationToken.None);
        var byModel = await ExplainedRowsAsync(store);
        await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        Assert.Equal(["cost|A|ia|10|telemetry|rule:shared|-|-"], byModel);
        Assert.Equal(["cost|A|ia|1|telemetry|rule:shared|-|-", "cost|B|-|9|telemetry|rule:shared|-|-"], await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_TelemetryOutsideTheLinesChargePeriod_IsIgnored()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        var lineDay = September.AddDays(9);
        await ImportBillAsync(store, TeamUsage(0.3m, "a", at: lineDay), TeamUsage(0.7m, "b", at: lineDay.AddDays(1)), TeamUsage(5m, "b", at: lineDay.AddTicks(-10)));

        await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        Assert.Equal(["cost|A|ia|10|telemetry|rule:shared|-|-"], await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_HourlyLines_SplitByTheTelemetryOfTheirHour()
    {
        await using var store = await OpenAsync(temp);
        var hour = September.AddDays(9).AddHours(12);
        await ImportBillAsync(store, HourCost(10m, hour));
        await ImportBillAsync(store, TeamUsage(0.3m, "a", at: hour.AddMinutes(59)), TeamUsage(0.7m, "b", at: hour.AddHours(1)));

        await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        Assert.Equal(["cost|A|ia|10|telemetry|rule:shared|-|-"], await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_UncoveredUsageUnderTelemetrySplit_SplitsByTheTelemetryOfItsOwnInstant()
    {
        await using var store = await OpenAsync(temp);
        var noon = September.AddDays(9).AddHours(12);
        await ImportBillAsync(store, TeamUsage(0.2m, "a", at: noon, provider: "openai"), TeamUsage(0.2m, "b", at: noon.AddMilliseconds(500), provider: "openai"));
        var org = Organisation([.. TeamRules, Rule("openai", AllocationMethod.Telemetry, [Target("A"), Target("B")], priority: 5, conditions: Field(MatchFields.Provider, "openai"))]);

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        // Line 1 lasts [12:00:00, 12:00:01): both records; line 2 [12:00:00.5, 12:00:01.5): its own only.
        Assert.Equal(
            ["usage|A|ia|0.1|telemetry|rule:openai|-|-", "usage|B|-|0.1|telemetry|rule:openai|-|-", "usage|B|-|0.2|telemetry|rule:openai|-|-"],
            await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_NoTelemetryWithEvenFallback_SplitsEvenlyAndSaysSo()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m), Cost(4m, day: September.AddDays(20)));
        await ImportBillAsync(store, TeamUsage(1m, "a", at: September.AddDays(20)));

        var result = await store.AllocateAsync(Split(fallback: AllocationMethod.Even), From, To, CancellationToken.None);

        Assert.Equal(
            ["cost|A|-|5|even|rule:shared|fallback|no-telemetry", "cost|B|-|5|even|rule:shared|fallback|no-telemetry", "cost|A|ia|4|telemetry|rule:shared|-|-"],
            await ExplainedRowsAsync(store));
        var notice = Assert.Single(result.Notices);
        Assert.Equal(new AllocationNotice("rule", "shared", AllocationReasons.NoTelemetry, AllocationMethods.Even, September, "USD", 1, 10m), notice);
        Assert.Equal("shared: 1 line in 2024-09 (10 USD) had no telemetry; split evenly as declared", notice.Message);
    }

    [Fact]
    public async Task Allocate_TelemetryOfOtherUnitsOnly_CountsAsNoTelemetry()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        await ImportBillAsync(store, TeamUsage(1m, "c"), TeamUsage(1m, "unknown-team"));

        await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        Assert.Equal(["cost|-|-|10|unallocated|rule:shared|-|no-telemetry"], await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_TelemetryInTwoCurrencies_FallsBackToWeightsOrStaysUnallocated()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        await ImportBillAsync(store, TeamUsage(0.3m, "a"), TeamUsage(0.7m, "b", currency: "EUR"));

        var withFallback = await store.AllocateAsync(Split(AllocationMethod.Weights, targets: [Target("A", weight: 0.25m), Target("B", weight: 0.75m)]), From, To, CancellationToken.None);
        var fallbackRows = await ExplainedRowsAsync(store);
        var without = await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        Assert.Equal(
            ["cost|A|-|2.5|weights|rule:shared|fallback|telemetry-mixes-currencies", "cost|B|-|7.5|weights|rule:shared|fallback|telemetry-mixes-currencies"],
            fallbackRows);
        Assert.Equal(AllocationMethods.Weights, Assert.Single(withFallback.Notices).Fallback);
        Assert.Equal(["cost|-|-|10|unallocated|rule:shared|-|telemetry-mixes-currencies"], await ExplainedRowsAsync(store));
        Assert.Contains("more than one currency; left Unallocated", Assert.Single(without.Notices).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_TelemetryAttributedByWeights_CountsItsWeightedShare()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        await ImportBillAsync(store, TeamUsage(0.4m, "shared-team"), TeamUsage(0.6m, "b"));
        var org = Split();
        org = org with { AllocationRules = [.. org.AllocationRules, Rule("halves", AllocationMethod.Weights, [Target("A", weight: 0.5m), Target("B", weight: 0.5m)], priority: 20, conditions: Field(MatchFields.Team, "shared-team"))] };

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        // A: 0.2 of 1; B: 0.2 + 0.6 = 0.8 of 1.
        Assert.Equal(["cost|A|-|2|telemetry|rule:shared|-|-", "cost|B|-|8|telemetry|rule:shared|-|-"], await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_TelemetrySplitTwice_GivesTheSameRows()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m), Cost(7m, day: September.AddDays(3)));
        await ImportBillAsync(store, TeamUsage(0.1m, "a"), TeamUsage(0.2m, "b"), TeamUsage(0.3m, "b", at: September.AddDays(3)));

        var first = await store.AllocateAsync(Split(AllocationMethod.Even), From, To, CancellationToken.None);
        var rows = await ExplainedRowsAsync(store);
        var second = await store.AllocateAsync(Split(AllocationMethod.Even), From, To, CancellationToken.None);

        Assert.Equal(rows, await ExplainedRowsAsync(store));
        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.Equal(3, rows.Count);
    }

    private static async Task<JsonElement> DetailsAsync(DuckDbSpendStore store, string bu)
    {
        await foreach (var row in QueryAsync(store, $"SELECT details FROM allocations WHERE bu = '{bu}'"))
        {
            return JsonDocument.Parse(row.GetString(0)).RootElement.Clone();
        }

        throw new InvalidOperationException($"no row for {bu}");
    }
}
