using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.People;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// The people pages: <c>GET /adoption</c>, <c>/conviction</c> (each <c>?month=YYYY-MM&amp;bu=</c>) and <c>/maturity?month=</c>
/// (ledger-wide users), the figures of <c>/api/people/*</c> as pages. A bad month answers 400 with the page and the
/// reason; a unit filter outside the user's scope 404 like an unknown one.
/// </summary>
internal static class AdoptionPageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/adoption", AdoptionAsync).ExcludeFromDescription();
        app.MapGet("/conviction", ConvictionAsync).ExcludeFromDescription();
        app.MapGet("/maturity", MaturityAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();
    }

    private static async Task<IResult> AdoptionAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var (view, problem) = await PeopleApiEndpoints.LoadAdoptionAsync(context, ledger, month, bu, cancellationToken).ConfigureAwait(false);
        return PageResults.Render<AdoptionPage>(
            new { Shell = PageResults.Shell(context, "Adoption ladder", "adoption"), Model = Model(context, ledger, month, bu, view, problem) }, Status(problem));
    }

    private static async Task<IResult> ConvictionAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
    {
        var (view, problem) = await PeopleApiEndpoints.LoadConvictionAsync(context, ledger, month, bu, cancellationToken).ConfigureAwait(false);
        return PageResults.Render<ConvictionPage>(
            new { Shell = PageResults.Shell(context, "Conviction distance", "conviction"), Model = Model(context, ledger, month, bu, view, problem) }, Status(problem));
    }

    private static async Task<IResult> MaturityAsync(HttpContext context, LedgerAccess ledger, string? month, CancellationToken cancellationToken)
    {
        var (report, problem) = await PeopleApiEndpoints.LoadMaturityAsync(context, ledger, month, cancellationToken).ConfigureAwait(false);
        return PageResults.Render<MaturityPage>(
            new { Shell = PageResults.Shell(context, "Capability maturity", "maturity"), Model = Model(context, ledger, month, null, report, problem) }, Status(problem));
    }

    private static AdoptionPageModel<TView> Model<TView>(HttpContext context, LedgerAccess ledger, string? month, string? bu, TView? view, IResult? problem)
        where TView : class
    {
        var user = context.RequireUser();
        var units = ledger.Organisation.BusinessUnits.Where(b => user.CanSeeBu(b.Id)).Select(b => (b.Id, b.Name)).ToList();
        var error = problem is null ? null
            : Status(problem) == StatusCodes.Status404NotFound ? "No such business unit."
            : $"'{month}' is not a month; use YYYY-MM.";
        // A unit that is not found is not echoed back into the form.
        var shownUnit = Status(problem) == StatusCodes.Status404NotFound ? null : (string.IsNullOrEmpty(bu) ? null : bu);
        return new AdoptionPageModel<TView>(month, shownUnit, units, view, error);
    }

    private static int Status(IResult? problem) => problem is IStatusCodeHttpResult { StatusCode: { } status } ? status : StatusCodes.Status200OK;
}
