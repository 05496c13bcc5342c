using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Spend;

/// <summary>
/// <c>GET /spend?g1=provider&amp;g2=month&amp;g3=&amp;tag=KEY&amp;from=YYYY-MM-DD&amp;to=YYYY-MM-DD&amp;scope=ai|all</c>: the spend
/// explorer (ledger-wide users only), asking the store what <c>/api/spend</c> and <c>valueledger spend</c> ask.
/// </summary>
internal static class SpendExplorerEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/spend", ExploreAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();

    private static async Task<IResult> ExploreAsync(
        HttpContext context, LedgerAccess ledger, string? g1, string? g2, string? g3, string? tag, string? from, string? to, string? scope, CancellationToken cancellationToken)
    {
        var groups = new[] { g1 ?? "provider", g2, g3 }.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!.Trim().ToLowerInvariant()).ToList();
        var tagKey = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim();
        var shownScope = scope == "all" ? "all" : "ai";
        var by = string.Join(',', groups.Select(g => g == "tag" ? "tag:" + tagKey : g));
        string? error = groups.Contains("tag") && tagKey is null ? "Enter a tag key to group by tag." : null;
        var (query, _, problem) = error is null ? SpendRequest.Parse(by, from, to, scope) : (null, null, null);
        error ??= problem;
        var model = new SpendExplorerModel(groups, tagKey, from, to, shownScope, error, [], [], 0, [], null, null);
        if (query is not null)
        {
            var rows = await SpendCache.QueryAsync(await ledger.StoreAsync(cancellationToken).ConfigureAwait(false), query, cancellationToken).ConfigureAwait(false);
            var api = "/api/spend?" + string.Join('&', new[] { ("by", (string?)by), ("from", from), ("to", to), ("scope", shownScope) }
                .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
            model = model with
            {
                Labels = [.. query.GroupBy.Select(g => g.Label)],
                Rows = [.. rows.Take(SpendExplorerModel.MaxRowsShown).Select(r => new SpendExplorerRow(
                    r.Keys, r.Currency, Money.Exact(r.Cost), Money.Exact(r.CostOfRecord), Money.Exact(r.EstimatedUncovered), r.CostLines, r.TelemetryRecords))],
                TotalRows = rows.Count,
                Totals = [.. SpendRequest.Totals(rows).Select(t => new SpendTotalRow(t.Currency, t.Cost, t.EstimatedUncovered))],
                CsvHref = api + "&format=csv",
                JsonHref = api + "&format=json",
            };
        }

        return PageResults.Render<SpendExplorerPage>(
            new { Shell = PageResults.Shell(context, "Spend explorer", "spend"), Model = model },
            error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
