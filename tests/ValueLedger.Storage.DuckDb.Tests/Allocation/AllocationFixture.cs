using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

/// <summary>Builders for allocation tests: rules and organisations in code, and a bill imported into a temp ledger.</summary>
internal static class AllocationFixture
{
    private static readonly SourceLocation Here = SourceLocation.None;

    public static readonly DateTime From = new(2024, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime To = new(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    public static MatchCondition Field(string field, string glob) => new(field, null, glob, Here);

    public static MatchCondition TagIs(string key, string glob) => new(MatchFields.Tag, key, glob, Here);

    public static AllocationTarget Target(string bu, string? initiative = null, decimal? weight = null) => new(bu, initiative, weight, Here);

    public static AllocationRule Rule(
        string id,
        AllocationMethod method,
        IReadOnlyList<AllocationTarget> targets,
        int priority = 100,
        int version = 1,
        DateOnly? effectiveFrom = null,
        DateOnly? effectiveTo = null,
        params MatchCondition[] conditions) =>
        new(id, version, priority, effectiveFrom, effectiveTo, conditions.Length == 0 ? RuleMatch.Any(Here) : new RuleMatch(false, conditions, Here), method, targets, Here);

    public static Core.Organisation.Organisation Organisation(params AllocationRule[] rules) => Core.Organisation.Organisation.Empty with { AllocationRules = rules };

    public static async Task<DuckDbSpendStore> OpenAsync(TempLedger temp) =>
        await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

    /// <summary>An AI cost line of 10 September 2024 for a model (the contract builder's lines carry none).</summary>
    public static SpendRecord ModelCost(decimal cost, string model, string provider = "azure")
    {
        var day = new DateTime(2024, 9, 10, 0, 0, 0, DateTimeKind.Utc);
        return new SpendRecord
        {
            Kind = RecordKind.CostOfRecord,
            RecordKey = $"model-line-{Guid.NewGuid():N}",
            Provider = provider,
            Model = model,
            ChargePeriodStart = day,
            ChargePeriodEnd = day.AddDays(1),
            Cost = cost,
            CostMeasure = CostMeasures.EffectiveCost,
            Currency = "USD",
            AiScope = true,
        };
    }

    /// <summary>A shared-cost policy in code.</summary>
    public static SharedCostPolicy Policy(string id, AllocationMethod method, IReadOnlyList<AllocationTarget> targets, AllocationMethod? fallback = null, params MatchCondition[] conditions) =>
        new(id, conditions.Length == 0 ? RuleMatch.Any(Here) : new RuleMatch(false, conditions, Here), method, targets, Here) { Fallback = fallback };

    public static BusinessUnit Unit(string id) => new(id, id, null, BillingMode.Showback, Here);

    /// <summary>Usage telemetry of a team on Azure (default 10 September 2024, 12:00), as a gateway would record it.</summary>
    public static SpendRecord TeamUsage(decimal cost, string team, string model = "gpt-4o", DateTime? at = null, string currency = "USD", string provider = "azure")
    {
        var start = at ?? new DateTime(2024, 9, 10, 12, 0, 0, DateTimeKind.Utc);
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = $"req-{Guid.NewGuid():N}",
            Provider = provider,
            Model = model,
            Team = team,
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddSeconds(1),
            Requests = 1,
            Cost = cost,
            CostMeasure = CostMeasures.SourceEstimate,
            Currency = currency,
            AiScope = true,
        };
    }

    /// <summary>An Azure AI cost line for the hour starting at <paramref name="hour"/>.</summary>
    public static SpendRecord HourCost(decimal cost, DateTime hour) => new()
    {
        Kind = RecordKind.CostOfRecord,
        RecordKey = $"hour-line-{Guid.NewGuid():N}",
        Provider = "azure",
        BillingAccountId = "acct-1",
        ChargePeriodStart = hour,
        ChargePeriodEnd = hour.AddHours(1),
        Cost = cost,
        CostMeasure = CostMeasures.EffectiveCost,
        Currency = "USD",
        AiScope = true,
    };

    /// <summary>Imports <paramref name="lines"/> as one FOCUS-like bill.</summary>
    public static Task ImportBillAsync(ISpendStore store, params SpendRecord[] lines) => ImportBillAsync(store, ReplacementPolicy.SkipDuplicateKeys, lines);

    /// <summary>Imports <paramref name="lines"/> as one FOCUS-like bill under <paramref name="policy"/>.</summary>
    public static async Task ImportBillAsync(ISpendStore store, ReplacementPolicy policy, params SpendRecord[] lines)
    {
        var name = $"bill-{Guid.NewGuid():N}.csv";
        var manifest = new ImportManifest(name, name, 1234, "focus-csv", policy, new DateTimeOffset(2024, 10, 2, 8, 0, 0, TimeSpan.Zero));
        await using var session = await store.BeginImportAsync(manifest, CancellationToken.None);
        foreach (var line in lines)
        {
            session.Append(line);
        }

        await session.CommitAsync(new ImportStatistics(lines.Length, 0, null), CancellationToken.None);
    }
}
