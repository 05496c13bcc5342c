using System.Globalization;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// <see cref="PeopleReports"/> over the server's open store (the facade the CLI uses, so page, API and CLI agree), the
/// month range of the behaviour pages and the business-unit scoping shared by the behaviour and register endpoints.
/// </summary>
internal static class BehaviourServices
{
    /// <summary>Months shown when the request names none: the six months up to the latest with people data.</summary>
    public const int DefaultMonths = 6;

    /// <summary>The longest range one request may ask for, in months (a report is computed month by month).</summary>
    public const int MaxMonths = 36;

    /// <summary>The people reports over the ledger's store (every port is the ledger's).</summary>
    public static async Task<PeopleReports> ReportsAsync(LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        return new PeopleReports(ledger.Organisation, store, store, store, store, store);
    }

    /// <summary>The people store, for the register writes (it audits each save).</summary>
    public static async Task<IPeopleStore> PeopleStoreAsync(LedgerAccess ledger, CancellationToken cancellationToken) =>
        await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The initiative when it exists and the user may see it; null otherwise (both answer "not found": no probing).</summary>
    public static Initiative? Visible(LedgerAccess ledger, CurrentUser user, string id) =>
        ledger.Organisation.FindInitiative(id) is { } initiative && user.CanSeeInitiative(initiative) ? initiative : null;

    /// <summary>Ids of the initiatives the user may see.</summary>
    public static HashSet<string> VisibleIds(LedgerAccess ledger, CurrentUser user) =>
        ledger.Organisation.Initiatives.Where(user.CanSeeInitiative).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The half-open month range <c>[from, to)</c> from <c>from=YYYY-MM</c> (first month shown) and <c>to=YYYY-MM</c> (first
    /// month not shown), like the CLI's <c>--from</c>/<c>--to</c>. Missing ends default to the <see cref="DefaultMonths"/>
    /// months up to and including the latest month with people data (else the current month). The error names the parameter.
    /// </summary>
    public static async Task<(DateOnly From, DateOnly To, string? Parameter, string? Error)> RangeAsync(
        string? from, string? to, PeopleReports reports, TimeProvider time, CancellationToken cancellationToken)
    {
        DateOnly? start = null;
        DateOnly? end = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!TryMonth(from, out var f))
            {
                return (default, default, "from", $"'{from}' is not a month; use YYYY-MM");
            }

            start = f;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!TryMonth(to, out var t))
            {
                return (default, default, "to", $"'{to}' is not a month; use YYYY-MM");
            }

            end = t;
        }

        if (end is null)
        {
            var latest = start is null ? await reports.LatestMonthAsync(cancellationToken).ConfigureAwait(false) : null;
            var now = time.GetUtcNow();
            end = start is { } s ? s.AddMonths(DefaultMonths) : (latest ?? new DateOnly(now.Year, now.Month, 1)).AddMonths(1);
        }

        start ??= end.Value.AddMonths(-DefaultMonths);
        if (start >= end)
        {
            return (default, default, "from", $"from {Text(start.Value)} is not before to {Text(end.Value)} (to is the first month not shown)");
        }

        if (start.Value.AddMonths(MaxMonths) < end)
        {
            return (default, default, "to", $"at most {MaxMonths.ToString(CultureInfo.InvariantCulture)} months per request");
        }

        return (start.Value, end.Value, null, null);
    }

    /// <summary>YYYY-MM of a month's first day.</summary>
    public static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static bool TryMonth(string text, out DateOnly month) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
}
