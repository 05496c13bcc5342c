using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// <c>GET /api/people/adoption</c>, <c>/api/people/adoption/csv</c>, <c>/api/people/conviction</c> (each
/// <c>?month=YYYY-MM&amp;bu=</c>) and <c>/api/people/maturity?month=</c>: the people reports of PeopleReports, about
/// teams and units, never persons; every count and measure is suppressed below k. Business-unit owners see their units'
/// teams and rows only; maturity's evidence is ledger-wide, so it is for users who see every unit.
/// </summary>
internal static class PeopleApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/people/adoption", AdoptionAsync).WithName("GetPeopleAdoption").WithTags("People")
            .WithSummary("The adoption ladder of a month per team (people at each highest rung, share at regular use or above), with the organisation's funnel, perception gap, trend and data-quality counts for ledger-wide users; small groups suppressed.")
            .Produces<AdoptionView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/people/adoption/csv", AdoptionCsvAsync).WithName("GetPeopleAdoptionCsv").WithTags("People")
            .WithSummary("The adoption table of a month as CSV (one row per team, then the organisation for ledger-wide users); formula-like cells neutralised.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/people/conviction", ConvictionAsync).WithName("GetPeopleConviction").WithTags("People")
            .WithSummary("Conviction distance of a month per business unit (and the organisation for ledger-wide users): the five levels 0–100 with their basis, the distance, where conviction breaks, and the trend of the distance.")
            .Produces<ConvictionView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/people/maturity", MaturityAsync).RequireAuthorization(Policies.LedgerWide).WithName("GetPeopleMaturity").WithTags("People")
            .WithSummary("Crawl / walk / run maturity per capability in a month, with the evidence in figures and the next step (ledger-wide users).")
            .Produces<MaturityReport>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    // The reports are organisation-wide (each user's view is cut from them, so every view hides the same cells): one
    // computation per month serves every user until the ledger is written to (telemetry end users feed adoption, so
    // any write counts, not only figures).
    private static readonly LedgerCache<AdoptionReport> AdoptionReports = new(s => s.WriteGeneration);
    private static readonly LedgerCache<ConvictionReport> ConvictionReports = new(s => s.WriteGeneration);
    private static readonly LedgerCache<MaturityReport> MaturityReports = new(s => s.WriteGeneration);

    private static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The adoption view for the request, or the problem to answer. Shared with the page and the CSV.</summary>
    internal static async Task<(AdoptionView? View, IResult? Problem)> LoadAdoptionAsync(
        HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var (request, problem) = await ResolveAsync(ledger, user, month, bu, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return (null, problem);
        }

        var report = await AdoptionReports.GetAsync(
            request.Store, MonthKey(request.Month), () => request.Reports.AdoptionAsync(request.Month, PeopleApiRequest.TrendMonths, CancellationToken.None), cancellationToken).ConfigureAwait(false);
        return (AdoptionView.For(report, user, request.BusinessUnit), null);
    }

    /// <summary>The conviction view for the request, or the problem to answer. Shared with the page.</summary>
    internal static async Task<(ConvictionView? View, IResult? Problem)> LoadConvictionAsync(
        HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var (request, problem) = await ResolveAsync(ledger, user, month, bu, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return (null, problem);
        }

        var report = await ConvictionReports.GetAsync(
            request.Store, MonthKey(request.Month), () => request.Reports.ConvictionAsync(request.Month, PeopleApiRequest.TrendMonths, CancellationToken.None), cancellationToken).ConfigureAwait(false);
        return (ConvictionView.For(report, user, request.BusinessUnit), null);
    }

    /// <summary>The maturity report for the request, or the problem to answer. Shared with the page.</summary>
    internal static async Task<(MaturityReport? Report, IResult? Problem)> LoadMaturityAsync(
        HttpContext context, LedgerAccess ledger, string? month, CancellationToken cancellationToken)
    {
        var (request, problem) = await ResolveAsync(ledger, context.RequireUser(), month, null, cancellationToken).ConfigureAwait(false);
        return request is null
            ? (null, problem)
            : (await MaturityReports.GetAsync(request.Store, MonthKey(request.Month), () => request.Reports.MaturityAsync(request.Month, CancellationToken.None), cancellationToken).ConfigureAwait(false), null);
    }

    private static async Task<IResult> AdoptionAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var (view, problem) = await LoadAdoptionAsync(context, ledger, month, bu, cancellationToken).ConfigureAwait(false);
        return problem ?? Results.Ok(view);
    }

    private static async Task<IResult> AdoptionCsvAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var (view, problem) = await LoadAdoptionAsync(context, ledger, month, bu, cancellationToken).ConfigureAwait(false);
        return problem ?? CsvDownload.File($"adoption-{view!.Month:yyyy-MM}.csv", AdoptionView.CsvHeader, view.CsvRows());
    }

    private static async Task<IResult> ConvictionAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var (view, problem) = await LoadConvictionAsync(context, ledger, month, bu, cancellationToken).ConfigureAwait(false);
        return problem ?? Results.Ok(view);
    }

    private static async Task<IResult> MaturityAsync(HttpContext context, LedgerAccess ledger, string? month, CancellationToken cancellationToken)
    {
        var (report, problem) = await LoadMaturityAsync(context, ledger, month, cancellationToken).ConfigureAwait(false);
        return problem ?? Results.Ok(report);
    }

    private static async Task<(PeopleApiRequest? Request, IResult? Problem)> ResolveAsync(
        LedgerAccess ledger, CurrentUser user, string? month, string? bu, CancellationToken cancellationToken)
    {
        var (request, status, parameter, detail) = await PeopleApiRequest.ResolveAsync(ledger, user, month, bu, cancellationToken).ConfigureAwait(false);
        return request is not null ? (request, null)
            : status == StatusCodes.Status404NotFound ? (null, ApiProblems.NotFound("Business unit not found", detail!))
            : (null, ApiProblems.BadParameter(parameter!, detail!));
    }
}
