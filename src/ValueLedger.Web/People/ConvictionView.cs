using ValueLedger.Core.People.Reports;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// The conviction report as one user may see it (JSON of <c>GET /api/people/conviction</c>, the page's model): the
/// <c>organisation</c> unit only for users who see every unit and with no filter, a business unit only when in the
/// user's scope (and equal to the filter when one is given), the organisation first; the trend cut the same way.
/// </summary>
public sealed record ConvictionView(DateOnly Month, int K, string? BusinessUnit, IReadOnlyList<ConvictionUnit> Units, IReadOnlyList<ConvictionTrendPoint> Trend)
{
    /// <summary>The org-unit id of the whole organisation's row.</summary>
    public const string OrganisationUnit = "organisation";

    /// <summary>Level labels for people, indexed by <see cref="ConvictionLevel"/>.</summary>
    public static IReadOnlyList<string> LevelLabels { get; } =
        ["Executive confidence", "Manager readiness", "Workforce use", "Workflow integration", "Realised outcome"];

    public static ConvictionView For(ConvictionReport report, CurrentUser user, string? bu)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(user);
        var wide = PeopleApiRequest.ShowsOrganisation(user, bu);
        bool Visible(string unit) => unit == OrganisationUnit
            ? wide
            : user.CanSeeBu(unit) && (bu is null || string.Equals(unit, bu, StringComparison.Ordinal));
        return new ConvictionView(
            report.Month, report.K, bu,
            // The organisation first: it is the headline, and the trend chart draws the first five units.
            [.. report.Units.Where(u => Visible(u.OrgUnit)).OrderBy(u => u.OrgUnit == OrganisationUnit ? 0 : 1)],
            [.. report.Trend.Where(t => Visible(t.OrgUnit))]);
    }

    public static string Label(ConvictionLevel level) => LevelLabels[(int)level];
}
