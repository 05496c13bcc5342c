using ValueLedger.Core.Showback;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// The showback statements one user may read for a month, built by the CLI's Core builder: a bu-owner gets only
/// their units' statements (never Unallocated); a unit outside their scope is "unknown" exactly like an id that does
/// not exist. Shared by <c>/api/showback</c> (JSON and CSV) and the showback page.
/// </summary>
internal static class ShowbackData
{
    /// <summary>The id that selects the Unallocated statement, as in the CLI.</summary>
    public const string UnallocatedId = "unallocated";

    /// <summary>The report (statements filtered to the user and <paramref name="bu"/>), or the status and message of the failure.</summary>
    public static async Task<ShowbackResult> LoadAsync(LedgerAccess ledger, CurrentUser user, string? month, string? bu, CancellationToken cancellationToken)
    {
        DateTime? asked = null;
        if (!string.IsNullOrEmpty(month))
        {
            if (!ApiProblems.TryMonth(month, out var m))
            {
                return ShowbackResult.Failed(400, "month", $"'{month}' is not a month; use YYYY-MM");
            }

            asked = m;
        }

        if (!string.IsNullOrEmpty(bu) && (bu == UnallocatedId ? !user.SeesAllBusinessUnits : ledger.Organisation.FindBusinessUnit(bu) is null || !user.CanSeeBu(bu)))
        {
            return ShowbackResult.Failed(404, "bu", $"unknown business unit '{bu}'");
        }

        var (report, latest) = await ledger.WithStoreAsync(s => ShowbackLoader.LoadAsync((IShowbackStore)s, ledger.Organisation, asked, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return ShowbackResult.Failed(404, "month", asked is { } a ? $"no allocations in {Money.Month(a)}" : "no allocations in the ledger") with { Latest = latest };
        }

        var statements = report.Statements.Where(s => (s.Bu is null ? user.SeesAllBusinessUnits : user.CanSeeBu(s.Bu)) && (string.IsNullOrEmpty(bu) || (s.Bu ?? UnallocatedId) == bu)).ToList();
        return new ShowbackResult(report with { Statements = statements }, latest, 200, null, null);
    }

    /// <summary>The status word of a statement, as the CLI's CSV and JSON write it.</summary>
    public static string Status(ShowbackStatement statement) => statement.Billing.Status == StatementStatus.Billable ? "billable" : "informational";

    /// <summary>The banner, as the CLI's HTML statement: "BILLABLE — chargeback" or "Informational — showback".</summary>
    public static string Banner(ShowbackStatement statement) => statement.IsUnallocated
        ? "Unallocated — on no business unit"
        : statement.Billing.Status == StatementStatus.Billable ? "BILLABLE — chargeback" : "Informational — showback";
}

/// <summary>The outcome of <see cref="ShowbackData.LoadAsync"/>: a report, or an HTTP status with the parameter at fault.</summary>
internal sealed record ShowbackResult(ShowbackReport? Report, DateTime? Latest, int Status, string? Parameter, string? Problem)
{
    public static ShowbackResult Failed(int status, string parameter, string problem) => new(null, null, status, parameter, problem);
}
