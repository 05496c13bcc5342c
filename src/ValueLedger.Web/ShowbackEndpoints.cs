using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// <c>GET /api/showback?month=YYYY-MM[&amp;bu=ID][&amp;format=csv|json]</c>: the statements of <c>valueledger showback</c>, built
/// by the same Core builder; a bu-owner gets only their units' statements (never Unallocated), and another unit is
/// "not found". <c>format</c> downloads a file (CSV with the CLI's columns, or this JSON).
/// </summary>
internal static class ShowbackEndpoints
{
    /// <summary>The CLI's <c>showback --format csv</c> columns; section <c>total</c> rows carry the totals.</summary>
    private static readonly string[] CsvColumns =
        ["month", "bu", "buName", "status", "section", "item", "label", "currency", "amount", "gross", "estimated", "previous", "change", "changePercent"];

    public static void Map(WebApplication app) =>
        app.MapGet("/api/showback", ShowbackAsync).WithName("GetShowback").WithTags("Showback")
            .WithSummary("Showback statements per business unit for a month (default: the latest allocated), plus Unallocated; format=csv or json downloads a file.")
            .Produces<ShowbackDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ShowbackAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv"))
        {
            return ApiProblems.BadParameter("format", $"'{format}' is not a format; use json or csv");
        }

        var result = await ShowbackData.LoadAsync(ledger, context.RequireUser(), month, bu, cancellationToken).ConfigureAwait(false);
        if (result.Report is not { } report)
        {
            return result.Status == StatusCodes.Status400BadRequest
                ? ApiProblems.BadParameter(result.Parameter!, result.Problem!)
                : ApiProblems.NotFound(result.Parameter == "bu" ? "Unknown business unit" : "No allocations", result.Problem!);
        }

        var name = $"showback-{Money.Month(report.Month)}";
        if (format == "csv")
        {
            return CsvDownload.File(name + ".csv", CsvColumns, report.Statements.SelectMany(s =>
            {
                var m = Money.Month(s.Month);
                var id = s.Bu ?? ShowbackData.UnallocatedId;
                var status = ShowbackData.Status(s);
                return s.Totals.Select(t => (IReadOnlyList<string?>)[m, id, s.Name, status, "total", "total", "total", t.Currency, Money.Exact(t.Amount), Money.Exact(t.Gross),
                        Money.Exact(t.Estimated), Money.Exact(t.Previous), Money.Exact(t.Change), t.ChangePercent is { } p ? Money.Exact(decimal.Round(p, 2, MidpointRounding.AwayFromZero)) : null])
                    .Concat(s.Lines.Select(l => (IReadOnlyList<string?>)[m, id, s.Name, status, l.Section, l.Item, l.Label, l.Currency, Money.Exact(l.Amount), null, null, null, null, null]));
            }));
        }

        var statements = report.Statements.Select(s => new StatementDto(
            s.Bu, s.Name, s.Owner,
            [.. s.Totals.Select(t => new StatementTotalDto(t.Currency, Money.Exact(t.Amount), Money.Exact(t.Gross), Money.Exact(t.Estimated), Money.Exact(t.Previous), Money.Exact(t.Change), t.ChangePercent))],
            [.. s.Lines.Select(l => new StatementLineDto(l.Section, l.Item, l.Label, l.Currency, Money.Exact(l.Amount)))]));
        var json = new ShowbackDto(Money.Month(report.Month), Money.Timestamp(ledger.Time.GetUtcNow()), report.PreviousMonthAllocated, [.. statements]);
        return format == "json"
            ? Results.File(JsonSerializer.SerializeToUtf8Bytes(json, SpendEndpoints.DownloadJson), "application/json; charset=utf-8", name + ".json")
            : Results.Ok(json);
    }
}
