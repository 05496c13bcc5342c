using ValueLedger.Core.People.Reports;
using ValueLedger.Storage.DuckDb;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// What every adoption / conviction / maturity request resolves first, shared by the pages and the API: the month
/// (<c>month=YYYY-MM</c>, else the latest month with people facts, else the current UTC month), the optional
/// business-unit filter (<c>bu=</c>; an unknown unit and one outside the user's scope are the same 404, so nobody can
/// probe for names), and the report facade over the open ledger.
/// </summary>
internal sealed record PeopleApiRequest(PeopleReports Reports, DuckDbSpendStore Store, DateOnly Month, string? BusinessUnit)
{
    /// <summary>The latest month with people facts (a scan over the people tables and usage end users), kept until the next write.</summary>
    private static readonly LedgerCache<DateOnly?> LatestMonth = new(s => s.WriteGeneration);

    /// <summary>Months in each trend, ending with the month shown.</summary>
    public const int TrendMonths = 12;

    /// <summary>The request, or (status, parameter, problem) explaining why not: 400 for a bad month, 404 for a unit out of scope.</summary>
    public static async Task<(PeopleApiRequest? Request, int Status, string? Parameter, string? Problem)> ResolveAsync(
        LedgerAccess ledger, CurrentUser user, string? month, string? bu, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(bu) && (ledger.Organisation.FindBusinessUnit(bu) is null || !user.CanSeeBu(bu)))
        {
            return (null, 404, "bu", $"no business unit '{bu}'");
        }

        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var reports = new PeopleReports(ledger.Organisation, store, store, store, store, store);
        DateOnly first;
        if (!string.IsNullOrEmpty(month))
        {
            if (!ApiProblems.TryMonth(month, out var parsed))
            {
                return (null, 400, "month", $"'{month}' is not a month; use YYYY-MM");
            }

            first = new DateOnly(parsed.Year, parsed.Month, 1);
        }
        else
        {
            var now = ledger.Time.GetUtcNow();
            first = await LatestMonth.GetAsync(store, "latest", () => reports.LatestMonthAsync(CancellationToken.None), cancellationToken).ConfigureAwait(false)
                ?? new DateOnly(now.Year, now.Month, 1);
        }

        return (new PeopleApiRequest(reports, store, first, string.IsNullOrEmpty(bu) ? null : bu), 200, null, null);
    }

    /// <summary>Organisation-wide figures (the organisation row, funnel, perception gap, trend, data quality) are shown
    /// only to users who see every unit, and only when no unit filter is chosen.</summary>
    public static bool ShowsOrganisation(CurrentUser user, string? bu) => user.SeesAllBusinessUnits && bu is null;
}
