using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Showback;

/// <summary><c>GET /showback?month=YYYY-MM&amp;bu=ID</c>: printable showback statements, scoped like <c>/api/showback</c> (another unit's id is 404).</summary>
internal static class ShowbackPageEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/showback", ShowbackAsync).ExcludeFromDescription();

    private static async Task<IResult> ShowbackAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var result = await ShowbackData.LoadAsync(ledger, user, month, bu, cancellationToken).ConfigureAwait(false);
        List<(string Id, string Name)> units = [.. ledger.Organisation.BusinessUnits.Where(b => user.CanSeeBu(b.Id)).Select(b => (b.Id, b.Name))];
        if (user.SeesAllBusinessUnits)
        {
            units.Add((ShowbackData.UnallocatedId, "Unallocated"));
        }

        var shown = result.Report is { } r ? Money.Month(r.Month) : month;
        var query = "month=" + Uri.EscapeDataString(shown ?? string.Empty) + (string.IsNullOrEmpty(bu) ? string.Empty : "&bu=" + Uri.EscapeDataString(bu));
        var error = result.Problem is { } problem
            ? problem + (result.Latest is { } latest && result.Parameter == "month" ? $"; the latest month with allocations is {Money.Month(latest)}" : string.Empty)
            : null;
        var model = new ShowbackPageModel(
            shown, string.IsNullOrEmpty(bu) ? null : bu, units, result.Report, error,
            result.Report is null ? null : "/api/showback?" + query + "&format=csv",
            result.Report is null ? null : "/api/showback?" + query + "&format=json");
        return PageResults.Render<ShowbackPage>(new { Shell = PageResults.Shell(context, "Showback statements", "showback"), Model = model }, result.Status);
    }
}
