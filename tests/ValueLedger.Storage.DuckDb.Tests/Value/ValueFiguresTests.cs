using System.Globalization;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Value;

/// <summary>
/// The activity step of allocation and the value figures. September 2024, Azure: the bill's lines (service
/// "Azure OpenAI") go directly to unit A / initiative ia, except a line of another service nobody claims;
/// the bill covers the telemetry, which only attributes activity: team a directly to A / ia, team b by
/// weights 25 / 75 to B and C, team e evenly to A, B and C, team z to nobody.
/// </summary>
public sealed class ValueFiguresTests : IDisposable
{
    private readonly TempLedger temp = new();

    private static readonly Core.Organisation.Organisation Org = Organisation(
        Rule("bill", AllocationMethod.Direct, [Target("A", "ia")], priority: 5, conditions: Field(MatchFields.Service, "azure openai")),
        Rule("team-a", AllocationMethod.Direct, [Target("A", "ia")], priority: 10, conditions: Field(MatchFields.Team, "a")),
        Rule("team-b", AllocationMethod.Weights, [Target("B", weight: 0.25m), Target("C", weight: 0.75m)], priority: 10, conditions: Field(MatchFields.Team, "b")),
        Rule("team-e", AllocationMethod.Even, [Target("A"), Target("B"), Target("C")], priority: 10, conditions: Field(MatchFields.Team, "e")));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Allocate_Telemetry_AttributesActivityByDirectWeightsAndEvenRules()
    {
        await using var store = await SeededAsync();

        await store.AllocateAsync(Org, From, To, CancellationToken.None);

        // team a: 2 records, 2 requests, 150 + 200 tokens, 0.1 + 0.2 estimated. team b (1 request, 1000 tokens,
        // 0.4): B 250 tokens, 0.25 request and record round to 0, 0.1; C 750 tokens, 0.75 rounds to 1, 0.3.
        // team e (1 request, 10 tokens, no cost) in thirds: 3.33 tokens round to 3, 0.33 requests to 0; cost stays unknown.
        // team z: nobody's (Unallocated), 5 tokens, 0.05. Rows are per (month, unit, initiative, provider, currency).
        Assert.Equal(
            [
                "2024-09|A|ia|azure|2|350|2|0.3|USD",
                "2024-09|A|-|azure|0|3|0|-|USD",
                "2024-09|B|-|azure|0|253|0|0.1|USD",
                "2024-09|C|-|azure|1|753|1|0.3|USD",
                "2024-09|-|-|azure|1|5|1|0.05|USD",
            ],
            await ActivityAsync(store));
    }

    [Fact]
    public async Task QueryInitiativeMonths_CostAndActivity_JoinedPerUnitInitiativeAndCurrency()
    {
        await using var store = await SeededAsync();
        await store.AllocateAsync(Org, From, To, CancellationToken.None);

        var months = await store.QueryInitiativeMonthsAsync(From, To, CancellationToken.None);

        // A / ia: lines 10 and −2 → net 8, gross 10 (the credit stays out). Unallocated: the other service's 5 and team z's activity.
        var september = From;
        Assert.Equal(
            [
                new InitiativeMonth(september, "A", "ia", "USD", 8m, 10m, 2, 350, 2),
                new InitiativeMonth(september, "A", null, "USD", 0m, 0m, 0, 3, 0),
                new InitiativeMonth(september, "B", null, "USD", 0m, 0m, 0, 253, 0),
                new InitiativeMonth(september, "C", null, "USD", 0m, 0m, 1, 753, 1),
                new InitiativeMonth(september, null, null, "USD", 5m, 5m, 1, 5, 1),
            ],
            months);
        Assert.Equal(DateTimeKind.Utc, months[0].Month.Kind);
    }

    [Fact]
    public async Task Allocate_Again_ReplacesTheMonthsActivity()
    {
        await using var store = await SeededAsync();
        await store.AllocateAsync(Org, From, To, CancellationToken.None);
        var first = await ActivityAsync(store);

        // A run over part of the month recomputes the whole month's activity (kept per month), with the new rules.
        var run = await store.AllocateAsync(Organisation(), From.AddDays(5), From.AddDays(20), CancellationToken.None);

        Assert.Equal(5, first.Count);
        Assert.Equal(["2024-09|-|-|azure|5|1365|5|0.75|USD"], await ActivityAsync(store));
        Assert.True(run.RunId > 0);
    }

    [Fact]
    public async Task QueryInitiativeMonths_LineReplacedAfterAllocation_NoLongerCounts()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, ReplacementPolicy.ReplaceBillingPeriods, Cost(10m, key: "l1"), Cost(5m, key: "l2"));
        await store.AllocateAsync(Org, From, To, CancellationToken.None);

        // The September bill is re-exported with one line: the allocation rows of the replaced lines never count.
        await ImportBillAsync(store, ReplacementPolicy.ReplaceBillingPeriods, Cost(12m, key: "l1"));

        Assert.Empty(await store.QueryInitiativeMonthsAsync(From, To, CancellationToken.None));
        await store.AllocateAsync(Org, From, To, CancellationToken.None);
        Assert.Equal([new InitiativeMonth(From, "A", "ia", "USD", 12m, 12m, 0, 0, 0)], await store.QueryInitiativeMonthsAsync(From, To, CancellationToken.None));
    }

    [Fact]
    public async Task Allocate_TagAndAccountRules_AttributeActivityByTheColumnsTheyRead()
    {
        await using var store = await OpenAsync(temp);
        var start = new DateTime(2024, 9, 10, 12, 0, 0, DateTimeKind.Utc);
        SpendRecord Tagged(string project, string key) => new()
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = $"req-{Guid.NewGuid():N}",
            Provider = "openai",
            ApiKeyId = key,
            SubAccountId = "proj_x",
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddSeconds(1),
            Requests = 1,
            OutputTokens = 10,
            Currency = "USD",
            Tags = [new Tag("project", project)],
            AiScope = true,
        };
        await ImportBillAsync(store, Tagged("x", "k1"), Tagged("x", "k2"), Tagged("y", "k3"));
        var org = Organisation(
            Rule("x", AllocationMethod.Direct, [Target("D", "dx")], priority: 10, conditions: TagIs("Project", "x")),
            Rule("proj", AllocationMethod.Direct, [Target("E")], priority: 20, conditions: Field(MatchFields.SubAccount, "proj_*")));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["2024-09|D|dx|openai|2|20|2|-|USD", "2024-09|E|-|openai|1|10|1|-|USD"], await ActivityAsync(store));
    }

    [Fact]
    public async Task QueryInitiativeMonths_NothingAllocated_IsEmpty()
    {
        await using var store = await SeededAsync();

        Assert.Empty(await store.QueryInitiativeMonthsAsync(From, To, CancellationToken.None));
    }

    private async Task<DuckDbSpendStore> SeededAsync()
    {
        var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m), Cost(-2m), Cost(5m, service: "Other"));
        await ImportBillAsync(
            store,
            Usage(0.1m, "a", input: 100, output: 50),
            Usage(0.2m, "a", input: 150, cachedRead: 20, cacheWrite: 10, output: 20, reasoning: 15),
            Usage(0.4m, "b", input: 1000),
            Usage(null, "e", input: 10),
            Usage(0.05m, "z", output: 5));
        return store;
    }

    /// <summary>A team's Azure request of 10 September 2024, 12:00 (one request), with its tokens; reasoning is part of output.</summary>
    private static SpendRecord Usage(decimal? cost, string team, long input = 0, long cachedRead = 0, long cacheWrite = 0, long output = 0, long reasoning = 0)
    {
        var start = new DateTime(2024, 9, 10, 12, 0, 0, DateTimeKind.Utc);
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = $"req-{Guid.NewGuid():N}",
            Provider = "azure",
            Model = "gpt-4o",
            Team = team,
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddSeconds(1),
            Requests = 1,
            InputTokens = input,
            CachedReadTokens = cachedRead,
            CacheWriteTokens = cacheWrite,
            OutputTokens = output,
            ReasoningTokens = reasoning,
            Cost = cost,
            CostMeasure = cost is null ? null : CostMeasures.SourceEstimate,
            Currency = "USD",
            AiScope = true,
        };
    }

    private static async Task<List<string>> ActivityAsync(DuckDbSpendStore store)
    {
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT strftime(month, '%Y-%m'), coalesce(bu, '-'), coalesce(initiative, '-'), provider, requests, tokens, records,
                   coalesce(rtrim(rtrim(CAST(estimated_cost AS VARCHAR), '0'), '.'), '-'), currency
            FROM allocation_activity
            ORDER BY month, bu NULLS LAST, initiative NULLS LAST, tokens DESC
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}
