using System.Globalization;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Core.People.Reports;

public sealed partial class PeopleReports
{
    /// <summary>
    /// Crawl/walk/run maturity of the organisation per capability in <paramref name="month"/>, each from the ledger's
    /// figures against <see cref="MaturityAnchors"/>, with its evidence in words. Money ratios use the currency with the
    /// most gross spend in the month (currencies are never added).
    /// </summary>
    public async Task<MaturityReport> MaturityAsync(DateOnly month, CancellationToken cancellationToken)
    {
        month = FirstOfMonth(month);
        var end = month.AddMonths(1);
        var endInstant = new DateTimeOffset(Utc(end));
        var spend = await figures.QueryInitiativeMonthsAsync(Utc(month), Utc(end), cancellationToken).ConfigureAwait(false);
        var records = await outcomes.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var adoption = await AdoptionAsync(month, 1, cancellationToken).ConfigureAwait(false);
        var facts = await people.LoadPeopleFactsAsync(month, end, cancellationToken).ConfigureAwait(false);
        var readiness = await initiatives.QueryReadinessAsync(null, cancellationToken).ConfigureAwait(false);
        var transitions = await initiatives.QueryTransitionsAsync(null, cancellationToken).ConfigureAwait(false);
        var jcurves = await initiatives.QueryJCurvesAsync(null, cancellationToken).ConfigureAwait(false);
        var acknowledgements = await showback.QueryAcknowledgementsAsync(cancellationToken).ConfigureAwait(false);

        var currency = spend.GroupBy(r => r.Currency, StringComparer.Ordinal)
            .Select(g => (Currency: g.Key, Rows: g.ToList(), Gross: ValueMetrics.GrossInScope(g)))
            .Where(g => g.Gross > 0).OrderByDescending(g => g.Gross).ThenBy(g => g.Currency, StringComparer.Ordinal).FirstOrDefault();
        var capabilities = new List<CapabilityMaturity>();

        decimal? allocated = currency.Rows is null ? null : Percent(currency.Rows.Where(r => r.Initiative is not null).Sum(r => r.GrossCost), currency.Gross);
        capabilities.Add(Capability("cost-allocation", "Cost allocation", MaturityAnchors.CostAllocation, allocated, "allocation coverage",
            allocated is null ? "no allocated spend in the month"
            : Text($"{allocated:0.#} % of {currency.Gross:0.00} {currency.Currency} gross in-scope spend allocated to an initiative")));

        var validated = MonthLadder.ValidatedInitiatives(records, month, end);
        decimal? attributed = currency.Rows is null ? null : Percent(ValueMetrics.AttributedGross(currency.Rows, validated), currency.Gross);
        capabilities.Add(Capability("attribution", "Attribution", MaturityAnchors.Attribution, attributed, "attribution coverage",
            attributed is null ? "no allocated spend in the month"
            : Text($"{attributed:0.#} % of {currency.Gross:0.00} {currency.Currency} gross spend is on initiatives with a validated outcome")));

        var share = adoption.Organisation.RegularUseShare;
        capabilities.Add(Capability("adoption", "Adoption", MaturityAnchors.Adoption, share.Shown, "share at regular use or above",
            share.State == CellState.Value ? Text($"{share.Value:0.#} % of {share.People} people at regular use or above")
            : $"share at regular use or above: {share}"));

        var workflows = MonthLadder.LatestWorkflows(Organisation, facts.Workflows, end);
        var updated = workflows.Count(w => w.Status == WorkflowStatus.Updated);
        decimal? integrated = workflows.Count == 0 ? null : Percent(updated, workflows.Count);
        capabilities.Add(Capability("workflow-integration", "Workflow integration", MaturityAnchors.WorkflowIntegration, integrated, "share of updated SOPs",
            workflows.Count == 0 ? "no workflow records" : Text($"{updated} of {workflows.Count} workflows with an updated SOP")));

        var production = Organisation.Initiatives.Where(i => StageAt(i, transitions, endInstant) == InitiativeStage.Production).ToList();
        var ready = production.Count(i => Enum.GetValues<ReadinessControl>().All(control =>
            readiness.Where(r => r.Initiative == i.Id && r.Control == control && r.At < endInstant).OrderBy(r => r.At).LastOrDefault()
                is { State: ReadinessState.Evidenced or ReadinessState.Waived }));
        decimal? readyShare = production.Count == 0 ? null : Percent(ready, production.Count);
        capabilities.Add(Capability("production-readiness", "Production readiness", MaturityAnchors.ProductionReadiness, readyShare,
            "share of production initiatives with all five controls evidenced or waived",
            production.Count == 0 ? "no initiative in production" : Text($"{ready} of {production.Count} production initiatives with all five controls evidenced or waived")));

        var units = spend.Select(r => r.Bu).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var latest = BuAcknowledgement.LatestPerBu(acknowledgements.Where(a => a.AcknowledgedAt < endInstant));
        var acknowledged = units.Count(latest.ContainsKey);
        decimal? acknowledgedShare = units.Count == 0 ? null : Percent(acknowledged, units.Count);
        capabilities.Add(Capability("showback-chargeback", "Showback to chargeback", MaturityAnchors.ShowbackToChargeback, acknowledgedShare,
            "share of business units acknowledging their AI spend",
            units.Count == 0 ? "no spend allocated to a business unit" : Text($"{acknowledged} of {units.Count} business units with spend acknowledged it")));

        capabilities.Add(ValueDiscipline(month, endInstant, transitions, jcurves));
        return new MaturityReport(month, capabilities);
    }

    private CapabilityMaturity ValueDiscipline(
        DateOnly month, DateTimeOffset endInstant, IReadOnlyList<StageTransition> transitions, IReadOnlyList<JCurveDeclaration> jcurves)
    {
        var anchor = MaturityAnchors.ValueDiscipline;
        var past = Organisation.Initiatives.Where(i => StageAt(i, transitions, endInstant) is InitiativeStage.Pilot or InitiativeStage.Production).ToList();
        var signed = past.Count(i => jcurves.Any(j => j.Initiative == i.Id && j.SignedAt < endInstant));
        var since = new DateTimeOffset(Utc(month.AddMonths(-(MaturityAnchors.RetirementMonths - 1))));
        var retired = transitions.Where(t => t.To == InitiativeStage.Retired && t.At >= since && t.At < endInstant)
            .Select(t => t.Initiative).Distinct(StringComparer.Ordinal).Count();
        decimal? share = past.Count == 0 ? null : Percent(signed, past.Count);
        var level = anchor.Level(share);
        if (level == MaturityLevel.Run && retired == 0)
        {
            level = MaturityLevel.Walk;
        }

        var evidence = past.Count == 0 ? "no initiative past experiment"
            : Text($"{signed} of {past.Count} pilot and production initiatives with a signed J-curve; {retired} retired in the last {MaturityAnchors.RetirementMonths} months");
        var next = level == MaturityLevel.Walk && share >= anchor.Run
            ? $"run: retire a laggard (none retired in the last {MaturityAnchors.RetirementMonths} months)"
            : level == MaturityLevel.Walk ? "run: every pilot and production initiative with a signed J-curve, and a laggard retired"
            : anchor.Next(level, "share with a signed J-curve");
        return new CapabilityMaturity("value-discipline", "Value discipline", level, evidence, next);
    }

    private static CapabilityMaturity Capability(string id, string name, MaturityAnchors.Anchor anchor, decimal? percent, string measure, string evidence)
    {
        var level = anchor.Level(percent);
        return new CapabilityMaturity(id, name, level, evidence, anchor.Next(level, measure));
    }

    /// <summary>The stage at <paramref name="at"/>: the latest transition before it, else the declared stage.</summary>
    private static InitiativeStage StageAt(Initiative initiative, IReadOnlyList<StageTransition> transitions, DateTimeOffset at) =>
        transitions.Where(t => t.Initiative == initiative.Id && t.At < at).OrderBy(t => t.At).LastOrDefault()?.To ?? initiative.Stage;

    private static decimal Percent(decimal part, decimal whole) => Math.Round(part * 100 / whole, 1, MidpointRounding.AwayFromZero);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
