using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Value;

/// <summary>
/// <c>GET /api/audit</c>: the append-only audit log, newest first, paginated; ledger-wide readers only (admin, finance, viewer),
/// because entries name initiatives and units of every business unit.
/// </summary>
internal static class AuditEndpoints
{
    public const int MaxPageSize = 500;

    public static void Map(WebApplication app) =>
        app.MapGet("/api/audit", (HttpContext context, LedgerAccess ledger, string? subject, string? from, string? to, int? page, int? pageSize, CancellationToken ct) =>
                QueryAsync(ledger, subject, from, to, page, pageSize, ct))
            .RequireAuthorization(Policies.LedgerWide).WithName("ListAudit").WithTags("Audit")
            .WithSummary("Audit entries newest first: of one subject (e.g. outcome:12; a trailing * matches a prefix), in [from, to) (YYYY-MM-DD), paginated (page from 1, pageSize 1-500).")
            .Produces<AuditPageDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>The page of entries, or a 400 problem naming the bad parameter.</summary>
    public static async Task<IResult> QueryAsync(LedgerAccess ledger, string? subject, string? from, string? to, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (query, problem) = Parse(subject, from, to, page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var (entries, total) = await LoadAsync(ledger, query!, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new AuditPageDto([.. entries.Select(ValueApiResults.Audit)], query!.Page, query.PageSize, total));
    }

    /// <summary>Checks the query's parameters; the problem names the first bad one.</summary>
    public static (AuditQuery? Query, IResult? Problem) Parse(string? subject, string? from, string? to, int? page, int? pageSize)
    {
        DateTime? start = null;
        DateTime? end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!ApiProblems.TryDay(from, out var day))
            {
                return (null, ApiProblems.BadParameter("from", $"'{from}' is not a day; use YYYY-MM-DD"));
            }

            start = day;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!ApiProblems.TryDay(to, out var day))
            {
                return (null, ApiProblems.BadParameter("to", $"'{to}' is not a day; use YYYY-MM-DD"));
            }

            end = day;
        }

        var number = page ?? 1;
        var size = pageSize ?? 50;
        if (number < 1)
        {
            return (null, ApiProblems.BadParameter("page", "page starts at 1"));
        }

        if (size is < 1 or > MaxPageSize)
        {
            return (null, ApiProblems.BadParameter("pageSize", $"pageSize must be between 1 and {MaxPageSize}"));
        }

        return (new AuditQuery(string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(), start, end, number, size), null);
    }

    /// <summary>The entries of the query's page and how many match in all.</summary>
    public static async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> LoadAsync(LedgerAccess ledger, AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        // The port has a limit but no offset: read every matching entry (the log grows by people's decisions, not by usage rows).
        var all = await ((IAuditLog)store).QueryAuditAsync(query.Subject, query.From, query.To, int.MaxValue, cancellationToken).ConfigureAwait(false);
        var skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue);
        return ([.. all.Skip(skip).Take(query.PageSize)], all.Count);
    }
}
