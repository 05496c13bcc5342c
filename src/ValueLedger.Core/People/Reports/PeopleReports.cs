using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Computes every people report from the store ports, shared by the CLI and the web so both show the same figures.
/// Person-level facts go in; only team-level aggregates with small groups suppressed come out. The threshold is the
/// organisation's <c>people.min_group_size</c> (default 5).
/// </summary>
public sealed class PeopleReports(
    Organisation.Organisation organisation,
    IPeopleStore people,
    IShowbackStore showback,
    IValueFiguresStore figures,
    IOutcomeStore outcomes,
    IInitiativeStore initiatives)
{
    public Organisation.Organisation Organisation { get; } = organisation;

    /// <summary>The adoption ladder of <paramref name="month"/> (its first day) with a trend over the <paramref name="trendMonths"/> months ending with it.</summary>
    public Task<AdoptionReport> AdoptionAsync(DateOnly month, int trendMonths, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"{nameof(AdoptionAsync)} {people}{showback}{figures}{outcomes}{initiatives}");

    /// <summary>Conviction distance of every business unit and the organisation in <paramref name="month"/>, with a trend over <paramref name="trendMonths"/> months.</summary>
    public Task<ConvictionReport> ConvictionAsync(DateOnly month, int trendMonths, CancellationToken cancellationToken) =>
        throw new NotImplementedException(nameof(ConvictionAsync));

    /// <summary>Behavioural outcomes and capacity of every initiative (or one) over the months <c>[from, to)</c>.</summary>
    public Task<BehaviourReport> BehaviourAsync(DateOnly from, DateOnly to, string? initiative, CancellationToken cancellationToken) =>
        throw new NotImplementedException(nameof(BehaviourAsync));

    /// <summary>Crawl/walk/run maturity per capability in <paramref name="month"/>, with its evidence.</summary>
    public Task<MaturityReport> MaturityAsync(DateOnly month, CancellationToken cancellationToken) =>
        throw new NotImplementedException(nameof(MaturityAsync));

    /// <summary>The role-redesign register with people affected suppressed below k.</summary>
    public Task<RoleRegisterReport> RolesAsync(CancellationToken cancellationToken) =>
        throw new NotImplementedException(nameof(RolesAsync));

    /// <summary>The resistance-and-enabler map: the five built-in entries, replaced by saved edits, then saved additions.</summary>
    public async Task<IReadOnlyList<ResistanceEntry>> ResistancesAsync(CancellationToken cancellationToken) =>
        OperatingModelRegisters.Resistances(await people.ListResistancesAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>The latest month with any person-level fact (null when none): the reports' default month.</summary>
    public async Task<DateOnly?> LatestMonthAsync(CancellationToken cancellationToken) =>
        await people.QueryPeopleSpanAsync(cancellationToken).ConfigureAwait(false) is { } span ? new DateOnly(span.Last.Year, span.Last.Month, 1) : null;
}
