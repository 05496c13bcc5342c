using ValueLedger.Core.Ledger;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// The adoption report as one user may see it (JSON of <c>GET /api/people/adoption</c> and the page's model).
/// <c>Rungs</c> names the entries of every team's <c>atRung</c> (highest rung reached), lowest first. The
/// organisation-wide parts are null for a business-unit owner or under a unit filter. Teams are cut from the report
/// computed for the whole organisation, so every user sees the same suppression pattern (no differencing between
/// two views).
/// </summary>
public sealed record AdoptionView(
    DateOnly Month,
    int K,
    string? BusinessUnit,
    IReadOnlyList<string> Rungs,
    IReadOnlyList<AdoptionTeamRow> Teams,
    AdoptionTeamRow? Organisation,
    IReadOnlyList<AdoptionFunnelStep>? Funnel,
    PerceptionGap? PerceptionGap,
    IReadOnlyList<AdoptionMonth>? Trend,
    AdoptionDataQuality? Quality)
{
    /// <summary>Rung names as on the wire, indexed like <see cref="AdoptionTeamRow.AtRung"/>.</summary>
    public static IReadOnlyList<string> RungNames { get; } =
        ["none", "access", "awareness", "training", "experimentation", "regular-use", "workflow-integration", "measured-outcome"];

    /// <summary>Rung labels for people, indexed like <see cref="RungNames"/>.</summary>
    public static IReadOnlyList<string> RungLabels { get; } =
        ["None", "Access", "Awareness", "Training", "Experimentation", "Regular use", "Workflow integration", "Measured outcome"];

    public static AdoptionView For(AdoptionReport report, CurrentUser user, string? bu)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(user);
        var wide = PeopleApiRequest.ShowsOrganisation(user, bu);
        var teams = report.Teams
            .Where(t => user.CanSeeBu(t.BusinessUnit) && (bu is null || string.Equals(t.BusinessUnit, bu, StringComparison.Ordinal)))
            .ToList();
        return new AdoptionView(
            report.Month, report.K, bu, RungNames, teams,
            wide ? report.Organisation : null,
            wide ? report.Funnel : null,
            wide ? report.PerceptionGap : null,
            wide ? report.Trend : null,
            wide ? report.Quality : null);
    }

    /// <summary>The CSV of the team table: one row per team, then the organisation when shown. Suppressed cells read
    /// "below threshold", empty ones "no data"; shares are 0–100 with the people they are over.</summary>
    public IEnumerable<IReadOnlyList<string?>> CsvRows()
    {
        var rows = Organisation is { } organisation ? Teams.Append(organisation) : Teams;
        foreach (var row in rows)
        {
            yield return [row.Team, row.Name, row.BusinessUnit, Count(row.Members), .. row.AtRung.Select(Count), Measure(row.RegularUseShare), row.RegularUseShare.State == CellState.Value ? row.RegularUseShare.People.ToString(System.Globalization.CultureInfo.InvariantCulture) : null];
        }
    }

    /// <summary>The CSV header matching <see cref="CsvRows"/>.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["team", "name", "business_unit", "members", .. RungNames.Select(r => "at_" + r.Replace('-', '_')), "regular_use_share_percent", "regular_use_share_people"];

    private static string Count(PeopleCount count) => count.Shown?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? count.ToString();

    private static string Measure(PeopleMeasure measure) => measure.State == CellState.Value ? InvariantText.Exact(measure.Value) : measure.ToString();
}
