using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary><c>GET /api/spend</c> and <c>GET /api/coverage</c>: the figures of <c>valueledger spend</c> and <c>coverage</c>.</summary>
internal static class SpendEndpoints
{
    /// <summary>The CSV columns after the grouping keys: the CLI's <c>spend --format csv</c> names.</summary>
    private static readonly string[] CsvColumns =
        ["currency", "cost", "costOfRecord", "estimatedUncovered", "coveredTelemetryEstimate", "costLines", "telemetryRecords", "unpricedTelemetryRecords", "requests", "tokens", "billedCost"];

    /// <summary>The body of <c>format=json</c> downloads: the API's camelCase shape.</summary>
    internal static readonly JsonSerializerOptions DownloadJson = new(JsonSerializerDefaults.Web);

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/spend", SpendAsync).RequireAuthorization(Policies.LedgerWide).WithName("GetSpend").WithTags("Spend")
            .WithSummary("Spend grouped by up to 3 dimensions (by=provider,month,...), scope ai (default) or all, [from, to) as YYYY-MM-DD; format=csv or json downloads a file.")
            .Produces<SpendDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/coverage", CoverageAsync).RequireAuthorization(Policies.LedgerWide).WithName("GetCoverage").WithTags("Spend")
            .WithSummary("Gross allocation coverage per currency by month, bu or month,bu.")
            .Produces<CoverageDto>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SpendAsync(LedgerAccess ledger, string? by, string? from, string? to, string? scope, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv"))
        {
            return ApiProblems.BadParameter("format", $"'{format}' is not a format; use json or csv");
        }

        var (query, parameter, problem) = SpendRequest.Parse(by, from, to, scope);
        if (query is null)
        {
            return ApiProblems.BadParameter(parameter!, problem!);
        }

        var rows = await SpendCache.QueryAsync(await ledger.StoreAsync(cancellationToken).ConfigureAwait(false), query, cancellationToken).ConfigureAwait(false);
        if (format == "csv")
        {
            return CsvDownload.File("spend.csv", [.. query.GroupBy.Select(g => g.Label), .. CsvColumns], rows.Select(r => (IReadOnlyList<string?>)[
                .. r.Keys, r.Currency, Money.Exact(r.Cost), Money.Exact(r.CostOfRecord), Money.Exact(r.EstimatedUncovered), Money.Exact(r.CoveredTelemetryEstimate),
                N(r.CostLines), N(r.TelemetryRecords), N(r.UnpricedTelemetryRecords), N(r.Requests), N(r.Tokens), Money.Exact(r.BilledCost)]));
        }

        var items = rows.Select(r => new SpendRowDto(
            query.GroupBy.Select((g, i) => (g.Label, r.Keys[i])).ToDictionary(k => k.Label, k => k.Item2, StringComparer.Ordinal),
            r.Currency, Money.Exact(r.Cost), Money.Exact(r.CostOfRecord), Money.Exact(r.EstimatedUncovered), Money.Exact(r.CoveredTelemetryEstimate),
            r.CostLines, r.TelemetryRecords, r.UnpricedTelemetryRecords, r.Requests, r.Tokens, Money.Exact(r.BilledCost))).ToList();
        var json = new SpendDto([.. query.GroupBy.Select(g => g.Label)], from, to, items, SpendRequest.Totals(rows)) { Scope = query.Scope.ToString().ToLowerInvariant() };
        return format == "json"
            ? Results.File(JsonSerializer.SerializeToUtf8Bytes(json, DownloadJson), "application/json; charset=utf-8", "spend.json")
            : Results.Ok(json);
    }

    private static async Task<IResult> CoverageAsync(LedgerAccess ledger, string? by, string? from, string? to, CancellationToken cancellationToken)
    {
        var grouping = CoverageGrouping.None;
        foreach (var part in (by ?? "month").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            grouping |= part.ToLowerInvariant() switch
            {
                "month" => CoverageGrouping.Month,
                "bu" => CoverageGrouping.Bu,
                _ => CoverageGrouping.None,
            };
            if (part.ToLowerInvariant() is not ("month" or "bu"))
            {
                return ApiProblems.BadParameter("by", $"'{part}' is not a coverage grouping; use month, bu or month,bu");
            }
        }

        if (!TryBound("from", from, out var start, out var problem) || !TryBound("to", to, out var end, out problem))
        {
            return problem!;
        }

        // Open bounds as the CLI has them: DuckDB TIMESTAMP holds both.
        var first = start ?? new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var last = end ?? new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        if (last <= first)
        {
            return ApiProblems.BadParameter("to", "'to' must be after 'from'");
        }

        var (rows, overall) = await ledger.WithStoreAsync(
            async s =>
            {
                var insight = (IAllocationInsightStore)s;
                return (await insight.QueryCoverageAsync(first, last, grouping, cancellationToken).ConfigureAwait(false),
                    await insight.QueryCoverageAsync(first, last, CoverageGrouping.None, cancellationToken).ConfigureAwait(false));
            },
            cancellationToken).ConfigureAwait(false);
        return Results.Ok(new CoverageDto(from, to, [.. rows.Select(Row)], [.. overall.Select(Row)]));
    }

    private static CoverageRowDto Row(PeriodCoverageRow r) => new(
        r.Month is { } m ? Money.Month(m) : null, r.Bu, r.Currency, Money.Exact(r.GrossInScope), Money.Exact(r.GrossEstimated),
        Money.Exact(r.GrossAllocated), Money.Exact(r.GrossAllocatedToInitiative), r.Coverage, r.Maturity);

    private static bool TryBound(string name, string? text, out DateTime? value, out IResult? problem)
    {
        value = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        if (ApiProblems.TryDay(text, out var day))
        {
            value = day;
            return true;
        }

        problem = ApiProblems.BadParameter(name, $"'{text}' is not a date; use YYYY-MM-DD");
        return false;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
