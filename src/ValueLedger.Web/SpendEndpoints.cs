using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Storage;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary><c>GET /api/spend</c> and <c>GET /api/coverage</c>: the figures of <c>valueledger spend</c> and <c>coverage</c>.</summary>
internal static class SpendEndpoints
{
    private const string Dimensions = "provider, account, service, model, day, month, source, tag:KEY";

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/spend", SpendAsync).RequireAuthorization(Policies.LedgerWide).WithName("GetSpend").WithTags("Spend")
            .WithSummary("Spend grouped by dimensions (by=provider,month,...), AI scope, [from, to) as YYYY-MM-DD.")
            .Produces<SpendDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/coverage", CoverageAsync).RequireAuthorization(Policies.LedgerWide).WithName("GetCoverage").WithTags("Spend")
            .WithSummary("Gross allocation coverage per currency by month, bu or month,bu.")
            .Produces<CoverageDto>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SpendAsync(LedgerAccess ledger, string? by, string? from, string? to, CancellationToken cancellationToken)
    {
        var groupings = new List<SpendGrouping>();
        foreach (var part in (by ?? "provider").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("tag:", StringComparison.OrdinalIgnoreCase) && part.Length > 4)
            {
                groupings.Add(new SpendGrouping(SpendDimension.Tag, part[4..]));
            }
            else if (Enum.TryParse<SpendDimension>(part, ignoreCase: true, out var d) && d != SpendDimension.Tag && !int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                groupings.Add(new SpendGrouping(d));
            }
            else
            {
                return ApiProblems.BadParameter("by", $"'{part}' is not a dimension; use {Dimensions}");
            }
        }

        if (groupings.Count == 0)
        {
            groupings.Add(new SpendGrouping(SpendDimension.Provider));
        }

        if (!TryBound("from", from, out var start, out var problem) || !TryBound("to", to, out var end, out problem))
        {
            return problem!;
        }

        var query = new SpendQuery(groupings, start, end, SpendScope.Ai);
        var rows = await ledger.WithStoreAsync(s => s.QuerySpendAsync(query, cancellationToken), cancellationToken).ConfigureAwait(false);
        var totals = rows.GroupBy(r => r.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SpendTotalDto(g.Key, Money.Exact(g.Sum(r => r.Cost)), Money.Exact(g.Sum(r => r.EstimatedUncovered)))).ToList();
        var items = rows.Select(r => new SpendRowDto(
            groupings.Select((g, i) => (g.Label, r.Keys[i])).ToDictionary(k => k.Label, k => k.Item2, StringComparer.Ordinal),
            r.Currency, Money.Exact(r.Cost), Money.Exact(r.CostOfRecord), Money.Exact(r.EstimatedUncovered), Money.Exact(r.CoveredTelemetryEstimate),
            r.CostLines, r.TelemetryRecords, r.UnpricedTelemetryRecords, r.Requests, r.Tokens, Money.Exact(r.BilledCost))).ToList();
        return Results.Ok(new SpendDto([.. groupings.Select(g => g.Label)], from, to, items, totals));
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
}
