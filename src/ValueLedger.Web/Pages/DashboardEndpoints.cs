using Microsoft.AspNetCore.Builder;
using ValueLedger.Web.Pages.Reconciliation;
using ValueLedger.Web.Pages.Showback;
using ValueLedger.Web.Pages.Spend;

namespace ValueLedger.Web.Pages;

/// <summary>The dashboard's figure pages beside the overview: spend explorer, showback statements, reconciliation (pages and their API).</summary>
internal static class DashboardEndpoints
{
    public static void Map(WebApplication app)
    {
        SpendExplorerEndpoints.Map(app);
        ShowbackPageEndpoints.Map(app);
        ReconciliationPageEndpoints.Map(app);
        ReconciliationEndpoints.Map(app);
    }
}
