using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Value;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Allocation;

/// <summary>
/// <c>POST /api/allocate</c> (run allocation with the organisation the server loaded, like <c>valueledger allocate</c>),
/// <c>GET /api/unallocated</c>, <c>GET /api/explain/line/{SOURCE_ID:SEQ}</c> (ledger-wide users) and
/// <c>GET /api/explain/bu/{id}</c> (a bu-owner only for their own units; any other id answers 404 like an unknown one).
/// </summary>
internal static class AllocationEndpoints
{
    private static readonly DateTime Earliest = new(1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Latest = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/allocate", AllocateAsync).RequireAuthorization(Policies.Import)
            .WithName("Allocate").WithTags("Allocation")
            .WithSummary("Allocate AI cost of record (and uncovered telemetry) by the organisation's rules for months [from, to) (YYYY-MM; default the whole ledger), replacing that period's earlier allocation.")
            .Produces<AllocateResultDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/unallocated", UnallocatedAsync).RequireAuthorization(Policies.LedgerWide)
            .WithName("GetUnallocated").WithTags("Allocation")
            .WithSummary("Unallocated gross cost per currency and the values (accounts, resources, keys, models, reasons) holding most of it, with a suggested fix (month YYYY-MM or all time; top 1-100, default 10).")
            .Produces<UnallocatedDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/explain/line/{lineId}", ExplainLineAsync).RequireAuthorization(Policies.LedgerWide)
            .WithName("ExplainLine").WithTags("Allocation").WithSummary("Why a line's money went where it did (line id SOURCE_ID:SEQ).")
            .Produces<LineExplanationDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/explain/bu/{id}", ExplainBuAsync)
            .WithName("ExplainBusinessUnit").WithTags("Allocation")
            .WithSummary("A business unit's money by rule or policy, method and line kind per currency, with its largest lines (month YYYY-MM or all time; top 1-100).")
            .Produces<BuExplanationDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> AllocateAsync(HttpContext context, LedgerAccess ledger, AllocateRequestDto? request, CancellationToken cancellationToken)
    {
        DateTime? from = null, to = null;
        if (request?.From is { } f)
        {
            if (!ApiProblems.TryMonth(f, out var month))
            {
                return ApiProblems.BadParameter("from", $"'{f}' is not a month; use YYYY-MM");
            }

            from = month;
        }

        if (request?.To is { } t)
        {
            if (!ApiProblems.TryMonth(t, out var month))
            {
                return ApiProblems.BadParameter("to", $"'{t}' is not a month; use YYYY-MM (exclusive: the first month not allocated)");
            }

            to = month;
        }

        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var months = await store.QueryAllocatableMonthsAsync(cancellationToken).ConfigureAwait(false);
        if ((from ?? months?.From) is not { } start || (to ?? months?.To) is not { } end)
        {
            return ApiProblems.NotFound("Nothing to allocate", "the ledger holds no AI cost of record");
        }

        if (end <= start)
        {
            return ApiProblems.BadParameter("to", "'to' must be after 'from' (months are half-open: [from, to))");
        }

        var run = await store.AllocateAsync(ledger.Organisation, start, end, cancellationToken).ConfigureAwait(false);
        var details = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["from"] = Money.Day(DateOnly.FromDateTime(start)), ["to"] = Money.Day(DateOnly.FromDateTime(end)) });
        await store.AppendAuditAsync(context.RequireUser().Actor, AuditActions.AllocationRun, string.Create(CultureInfo.InvariantCulture, $"allocation:{run.RunId}"), details, ledger.Time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        var totals = await store.QueryAllocationsAsync(start, end, cancellationToken).ConfigureAwait(false);
        var coverage = await store.QueryAllocationCoverageAsync(start, end, groupByBu: false, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new AllocateResultDto(
            run.RunId, Money.Day(DateOnly.FromDateTime(start)), Money.Day(DateOnly.FromDateTime(end)), run.LinesConsidered, run.UsageLinesConsidered,
            [.. totals.Select(r => new AllocationTotalDto(r.Bu, r.Initiative, r.Currency, Money.Exact(r.Amount)))],
            [.. coverage.Select(c => new AllocationCoverageDto(c.Currency, Money.Exact(c.GrossInScope), Money.Exact(c.GrossAllocatedToInitiative), c.Coverage, c.Maturity))],
            [.. run.Notices.Select(n => new AllocationNoticeDto(n.RuleKind, n.RuleId, Money.Month(n.Month), n.Reason, n.Fallback, n.Lines, n.Currency, Money.Exact(n.Amount), n.Message))]));
    }

    private static async Task<IResult> UnallocatedAsync(LedgerAccess ledger, string? month, int? top, CancellationToken cancellationToken)
    {
        if (Period(month, out var start, out var end) is { } bad)
        {
            return bad;
        }

        if (top is < 1 or > 100)
        {
            return ApiProblems.BadParameter("top", "top must be between 1 and 100");
        }

        var report = await (await ledger.StoreAsync(cancellationToken).ConfigureAwait(false)).QueryUnallocatedAsync(start, end, top ?? 10, cancellationToken).ConfigureAwait(false);
        return Results.Ok(new UnallocatedDto(
            Bound(start), Bound(end),
            [.. report.Totals.Select(t => new UnallocatedTotalDto(t.Currency, Money.Exact(t.Gross), Money.Exact(t.Net), t.Lines, Money.Exact(t.GrossInScope), t.Share))],
            [.. report.Candidates.Select(c => new UnallocatedRowDto(c.Currency, c.Key, c.Value, c.Rank, Money.Exact(c.Gross), c.Lines, c.Share, c.LargestLine.ToString(), c.SuggestedFix))]));
    }

    private static async Task<IResult> ExplainLineAsync(LedgerAccess ledger, string lineId, CancellationToken cancellationToken)
    {
        if (!LineId.TryParse(lineId, out var id))
        {
            return ApiProblems.BadParameter("lineId", $"'{lineId}' is not a line id; use SOURCE_ID:SEQ, e.g. 3:1207");
        }

        var explained = await (await ledger.StoreAsync(cancellationToken).ConfigureAwait(false)).ExplainLineAsync(id, cancellationToken).ConfigureAwait(false);
        if (explained is null)
        {
            return ApiProblems.NotFound("Unknown line", $"no line {id} in the ledger");
        }

        var l = explained.Line;
        var line = new InsightLineDto(
            l.Kind, l.Provider, l.BillingAccountId, l.BillingAccountName, l.SubAccountId, l.SubAccountName, l.ServiceName, l.Model, l.ResourceId,
            Instant(l.ChargePeriodStart), Instant(l.ChargePeriodEnd), Money.Exact(l.Cost), l.CostMeasure, l.Currency, l.SourceFileName, l.SourceLine);
        var note = explained.Shares.Count > 0 ? null
            : l.Kind == AllocationLineKinds.Usage ? "no allocation yet: usage telemetry is allocated only where no bill covers it; run allocation" : "no allocation yet: run allocation";
        return Results.Ok(new LineExplanationDto(id.ToString(), line, [.. explained.Shares.Select(s => new AllocationShareDto(
            s.Bu, s.Initiative, Money.Exact(s.Amount), s.Currency, s.LineKind, s.Method, s.ShareKind, s.RuleKind, s.RuleId, s.RuleVersion, s.Fallback, s.Reason,
            AllocationShareText.Describe(s)))], note));
    }

    private static async Task<IResult> ExplainBuAsync(HttpContext context, LedgerAccess ledger, string id, string? month, int? top, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ledger.Organisation.FindBusinessUnit(id) is null || !user.CanSeeBu(id))
        {
            return ApiProblems.NotFound("Unknown business unit", $"unknown business unit '{id}'");
        }

        if (Period(month, out var start, out var end) is { } bad)
        {
            return bad;
        }

        if (top is < 1 or > 100)
        {
            return ApiProblems.BadParameter("top", "top must be between 1 and 100");
        }

        var explanation = await (await ledger.StoreAsync(cancellationToken).ConfigureAwait(false)).ExplainBusinessUnitAsync(id, null, start, end, top ?? 10, cancellationToken).ConfigureAwait(false);

        // A unit's money may go to another unit's initiative; a bu-owner does not learn that initiative's id.
        string? Visible(string? initiative) =>
            initiative is null || user.SeesAllBusinessUnits || (ledger.Organisation.FindInitiative(initiative) is { } i && user.CanSeeInitiative(i)) ? initiative : "(another business unit's initiative)";
        return Results.Ok(new BuExplanationDto(
            id, Bound(start), Bound(end),
            [.. explanation.Breakdown.Select(r => new BuBreakdownDto(r.Currency, r.LineKind, r.ShareKind, r.Method, r.RuleKind, r.RuleId, r.Fallback, Money.Exact(r.Amount), r.Lines))],
            [.. explanation.TopLines.Select(l => new BuTopLineDto(l.Id.ToString(), l.Currency, Money.Exact(l.Amount), Visible(l.Initiative), l.Provider, l.ServiceName, l.Model, l.Method, l.RuleId, l.LineKind))]));
    }

    private static IResult? Period(string? month, out DateTime start, out DateTime end)
    {
        (start, end) = (Earliest, Latest);
        if (month is null)
        {
            return null;
        }

        if (!ApiProblems.TryMonth(month, out var first))
        {
            return ApiProblems.BadParameter("month", $"'{month}' is not a month; use YYYY-MM");
        }

        (start, end) = (first, first.AddMonths(1));
        return null;
    }

    private static string? Bound(DateTime value) => value == Earliest || value == Latest ? null : Money.Day(DateOnly.FromDateTime(value));

    private static string Instant(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
