using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Value;

/// <summary><c>GET /api/initiatives/{id}/jcurve[?version=N]</c>: one J-curve version month by month with actuals and status (scoped like the initiative).</summary>
internal static class JCurveEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/initiatives/{id}/jcurve", ShowAsync).WithName("GetJCurve").WithTags("Value")
            .WithSummary("A J-curve version month by month: expected cumulative, band, actual cumulative net value and status. Default: the latest signed version, else the latest.")
            .Produces<JCurveDto>().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ShowAsync(HttpContext context, LedgerAccess ledger, string id, int? version, CancellationToken cancellationToken)
    {
        if (ValueServices.Visible(ledger, context.RequireUser(), id) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(id);
        }

        var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
        var state = await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var declaration = version is { } v ? state.JCurves.FirstOrDefault(j => j.Version == v) : JCurveFigures.Pick(state);
        if (declaration is null)
        {
            return ApiProblems.NotFound("No J-curve", version is { } n
                ? $"{initiative.Id} has no J-curve version {n.ToString(CultureInfo.InvariantCulture)}"
                : $"{initiative.Id} has no J-curve declaration");
        }

        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var records = await store.QueryOutcomesAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var agreements = await store.QueryAgreementsAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var from = declaration.StartMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var costs = await store.QueryInitiativeMonthsAsync(from, from.AddMonths(JCurveFigures.DefaultMonths(declaration)), cancellationToken).ConfigureAwait(false);
        var f = JCurveFigures.Build(declaration, DateOnly.FromDateTime(ledger.Time.GetUtcNow().UtcDateTime), records, agreements, costs);
        var months = f.Points.Select((p, t) => new JCurveMonthDto(
            Money.Month(p.MonthStart.ToDateTime(TimeOnly.MinValue)), p.Month, Money.Exact(p.ExpectedNet), Money.Exact(p.ExpectedCumulative), Money.Exact(p.BandLow),
            Money.Exact(p.BandHigh), Money.Exact(f.Actuals[t]), f.Statuses[t] is { } s ? KebabCase.Of(s) : null)).ToList();
        return Results.Ok(new JCurveDto(ValueApiResults.JCurve(declaration), f.Laggard, months));
    }
}
