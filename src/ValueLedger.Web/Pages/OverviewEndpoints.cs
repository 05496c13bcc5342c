using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.Overview;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages;

/// <summary><c>GET /</c>: the overview page, scoped to the user's business units (figures cached per ledger write, see <see cref="OverviewFactsLoader"/>).</summary>
internal static class OverviewEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/", OverviewAsync).ExcludeFromDescription();

    private static async Task<IResult> OverviewAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var facts = await OverviewFactsLoader.GetAsync(store, ledger.Organisation, cancellationToken).ConfigureAwait(false);
        var model = OverviewModelBuilder.Build(facts, ledger.Organisation, user);
        return PageResults.Render<OverviewPage>(new { Shell = PageResults.Shell(context, "Overview", "overview"), Model = model });
    }
}
