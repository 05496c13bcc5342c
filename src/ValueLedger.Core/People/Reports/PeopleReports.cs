using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Computes every people report from the store ports, shared by the CLI and the web so both show the same figures.
/// Person-level facts go in; only team-level aggregates with small groups suppressed come out. The threshold is the
/// organisation's <c>people.min_group_size</c> (default 5). Methods taking <c>businessUnits</c> compute only those
/// units' view (null = all, with the organisation-wide figures; a bu-owner's page passes their units).
/// </summary>
public sealed partial class PeopleReports(
    Organisation.Organisation organisation,
    IPeopleStore people,
    IShowbackStore showback,
    IValueFiguresStore figures,
    IOutcomeStore outcomes,
    IInitiativeStore initiatives)
{
    /// <summary>The id of the organisation-wide row or unit.</summary>
    public const string OrganisationUnit = SurveyMeans.OrganisationUnit;

    public Organisation.Organisation Organisation { get; } = organisation;

    /// <summary>The privacy threshold k (refused below 5).</summary>
    public int K => Suppression.CheckK(Organisation.People.MinGroupSize);

    /// <summary>The adoption ladder of <paramref name="month"/> (its first day) with a trend over the <paramref name="trendMonths"/> months ending with it.</summary>
    public Task<AdoptionReport> AdoptionAsync(DateOnly month, int trendMonths, CancellationToken cancellationToken) =>
        AdoptionAsync(month, trendMonths, null, cancellationToken);

    /// <summary>
    /// The adoption ladder of <paramref name="month"/> over the teams of <paramref name="businessUnits"/> (null = every
    /// team; then the total row is the organisation, else the units' distinct people), with a trend over the
    /// <paramref name="trendMonths"/> months ending with it.
    /// </summary>
    public async Task<AdoptionReport> AdoptionAsync(
        DateOnly month, int trendMonths, IReadOnlyCollection<string>? businessUnits, CancellationToken cancellationToken)
    {
        month = FirstOfMonth(month);
        var k = K;
        var first = month.AddMonths(-(Math.Max(1, trendMonths) - 1));
        var end = month.AddMonths(1);
        var facts = await people.LoadPeopleFactsAsync(first, end, cancellationToken).ConfigureAwait(false);
        var records = await outcomes.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var teams = TeamsOf(businessUnits);
        var (totalId, totalName) = TotalOf(businessUnits);

        var ladder = MonthLadder.Compute(Organisation, facts, month, records);
        var (rows, total) = View(ladder, businessUnits, totalId, totalName, k);
        var inUnit = businessUnits is null ? (_ => true) : SurveyMeans.UnitsOf(Organisation, businessUnits);
        var believed = SurveyMeans.Mean(facts, SurveyMeasure.PerceivedRegularUse, inUnit, month, end, k);
        var gap = believed.Shown is { } b && total.RegularUseShare.Shown is { } m ? b - m : (decimal?)null;

        var trend = new List<AdoptionMonth>();
        for (var at = first; at <= month; at = at.AddMonths(1))
        {
            var monthTotal = at == month ? total : View(MonthLadder.Compute(Organisation, facts, at, records), businessUnits, totalId, totalName, k).Total;
            trend.Add(new AdoptionMonth(at, monthTotal.Members, monthTotal.RegularUseShare));
        }

        return new AdoptionReport(
            month, k, Organisation.People, rows, total, AdoptionTables.Funnel(total.AtRung, k),
            new PerceptionGap(believed, total.RegularUseShare, gap), trend,
            businessUnits is null ? AdoptionTables.Quality(ladder, teams, k) : new AdoptionDataQuality(PeopleCount.NoData, PeopleCount.NoData, PeopleCount.NoData));
    }

    /// <summary>
    /// The ladder's rows as every view shows them: one table of every team suppressed together (so a scoped view
    /// shows the same cells as the organisation's and the two cannot be differenced), then the rows of the units
    /// asked for with a total derived from them; unscoped, the organisation's row of distinct people.
    /// </summary>
    private (List<AdoptionTeamRow> Rows, AdoptionTeamRow Total) View(
        MonthLadder ladder, IReadOnlyCollection<string>? businessUnits, string totalId, string totalName, int k)
    {
        var (rows, organisation) = AdoptionTables.Rows(ladder, TeamsOf(null), totalId, totalName, k);
        if (businessUnits is null)
        {
            return (rows, organisation);
        }

        var scoped = rows.Where(r => businessUnits.Contains(r.BusinessUnit, StringComparer.Ordinal)).ToList();
        return (scoped, AdoptionTables.Derived(scoped, totalId, totalName, k));
    }

    /// <summary>The resistance-and-enabler map: the five built-in entries, replaced by saved edits, then saved additions.</summary>
    public async Task<IReadOnlyList<ResistanceEntry>> ResistancesAsync(CancellationToken cancellationToken) =>
        OperatingModelRegisters.Resistances(await people.ListResistancesAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The latest month with any person-level fact (null when none): the reports' default month.</summary>
    public async Task<DateOnly?> LatestMonthAsync(CancellationToken cancellationToken) =>
        await people.QueryPeopleSpanAsync(cancellationToken).ConfigureAwait(false) is { } span ? new DateOnly(span.Last.Year, span.Last.Month, 1) : null;

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The declared teams of the units (all teams when null), in declaration order.</summary>
    private List<Team> TeamsOf(IReadOnlyCollection<string>? businessUnits) =>
        [.. Organisation.Teams.Where(t => businessUnits is null || businessUnits.Contains(t.BusinessUnit, StringComparer.Ordinal))];

    /// <summary>The total row's id and name: the organisation, or the units asked for (ids and names joined by ", ").</summary>
    private (string Id, string Name) TotalOf(IReadOnlyCollection<string>? businessUnits) =>
        businessUnits is null
            ? (OrganisationUnit, "Organisation")
            : (string.Join(", ", businessUnits), string.Join(", ", businessUnits.Select(b => Organisation.FindBusinessUnit(b)?.Name ?? b)));
}
