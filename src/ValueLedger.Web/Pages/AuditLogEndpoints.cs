using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;
using ValueLedger.Web.Value;

namespace ValueLedger.Web.Pages;

/// <summary><c>GET /audit</c>: the audit log page (ledger-wide readers), filtered by subject and days, newest first, paginated.</summary>
internal static class AuditLogEndpoints
{
    public const int PageSize = 50;

    public static void Map(WebApplication app)
    {
        app.MapGet("/audit", async (HttpContext context, LedgerAccess ledger, string? subject, string? from, string? to, int? page, CancellationToken ct) =>
        {
            var shell = PageResults.Shell(context, "Audit log", "audit");
            var (query, problem) = AuditEndpoints.Parse(subject, from, to, Math.Max(1, page ?? 1), PageSize);
            if (problem is not null)
            {
                var bad = new AuditPageModel([], 1, PageSize, 0, subject, from, to, "From and to are days: YYYY-MM-DD.");
                return PageResults.Render<AuditPage>(new { Shell = shell, Model = bad }, StatusCodes.Status400BadRequest);
            }

            var (entries, total) = await AuditEndpoints.LoadAsync(ledger, query!, ct).ConfigureAwait(false);
            var model = new AuditPageModel(entries, query!.Page, PageSize, total, query.Subject, from, to, null);
            return PageResults.Render<AuditPage>(new { Shell = shell, Model = model });
        }).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();

        // The same query as a download: every matching entry (not one page), newest first.
        app.MapGet("/audit.csv", async (LedgerAccess ledger, string? subject, string? from, string? to, CancellationToken ct) =>
        {
            var (query, problem) = AuditEndpoints.Parse(subject, from, to, 1, AuditEndpoints.MaxPageSize);
            if (problem is not null)
            {
                return problem;
            }

            var (entries, _) = await AuditEndpoints.LoadAsync(ledger, query! with { PageSize = int.MaxValue }, ct).ConfigureAwait(false);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(AuditCsv.Write(entries)), "text/csv; charset=utf-8", "audit.csv");
        }).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();
    }
}
