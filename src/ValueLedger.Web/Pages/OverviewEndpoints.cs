using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.Shell;

namespace ValueLedger.Web.Pages;

/// <summary><c>GET /</c>: the overview page.</summary>
internal static class OverviewEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/", (HttpContext context) => PageResults.Render<OverviewPage>(new { Shell = PageResults.Shell(context, "Overview", "overview") }))
            .ExcludeFromDescription();
}
