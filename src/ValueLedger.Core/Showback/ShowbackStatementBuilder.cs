using ValueLedger.Core.Allocation;
using OrganisationModel = ValueLedger.Core.Organisation.Organisation;

namespace ValueLedger.Core.Showback;

/// <summary>
/// Builds a month's statements from allocation rows (pure). Each row goes to exactly one statement (its
/// business unit's, declared or not, or Unallocated), so the statements reconcile to the month's allocated
/// total per currency. Every declared unit gets a statement, even without cost.
/// </summary>
public static partial class ShowbackStatementBuilder
{
    public const string UnallocatedName = "Unallocated";

    /// <param name="organisation">Business units (names, owners, declared modes) and initiative names.</param>
    /// <param name="acknowledgements">The latest acknowledgement per unit (see <see cref="BuAcknowledgement.LatestPerBu"/>).</param>
    /// <param name="month">The statement month's first instant (UTC).</param>
    /// <param name="rows">Rows of <paramref name="month"/> and of the month before (for the change); other months are ignored.</param>
    /// <param name="notAllocated">Lines of the month not yet allocated, passed through to the report.</param>
    public static ShowbackReport Build(
        OrganisationModel organisation,
        IReadOnlyDictionary<string, BuAcknowledgement> acknowledgements,
        DateTime month,
        IReadOnlyList<ShowbackRow> rows,
        IReadOnlyList<NotAllocatedLines> notAllocated)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(acknowledgements);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(notAllocated);
        var previousMonth = month.AddMonths(-1);
        var current = rows.Where(r => r.Month == month).ToList();
        var previous = rows.Where(r => r.Month == previousMonth).ToList();

        var statements = new List<ShowbackStatement>();
        foreach (var unit in organisation.BusinessUnits.DistinctBy(b => b.Id, StringComparer.Ordinal))
        {
            acknowledgements.TryGetValue(unit.Id, out var latest);
            statements.Add(Statement(unit.Id, unit.Name, unit.Owner, month, BuBillingState.Of(unit, latest), current, previous, organisation));
        }

        var undeclared = current.Concat(previous)
            .Select(r => r.Bu)
            .OfType<string>()
            .Where(bu => organisation.FindBusinessUnit(bu) is null)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var bu in undeclared)
        {
            var billing = BuBillingState.Undeclared($"'{bu}' is not declared in the organisation (any more); its cost was allocated by an earlier version of the rules");
            statements.Add(Statement(bu, bu, null, month, billing, current, previous, organisation));
        }

        statements.Add(Statement(null, UnallocatedName, null, month, BuBillingState.Undeclared(null), current, previous, organisation));

        var periodTotals = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var group in current.GroupBy(r => r.Currency, StringComparer.Ordinal))
        {
            periodTotals[group.Key] = group.Sum(r => r.Amount);
        }

        return new ShowbackReport(month, statements, periodTotals, notAllocated, previous.Count > 0);
    }

    private static ShowbackStatement Statement(
        string? bu,
        string name,
        string? owner,
        DateTime month,
        BuBillingState billing,
        List<ShowbackRow> current,
        List<ShowbackRow> previous,
        OrganisationModel organisation)
    {
        var mine = current.Where(r => string.Equals(r.Bu, bu, StringComparison.Ordinal)).ToList();
        var before = previous.Where(r => string.Equals(r.Bu, bu, StringComparison.Ordinal)).ToList();
        var lines = new List<StatementLine>();
        lines.AddRange(Breakdown(mine, StatementSections.ShareKind, r => AllocationShareKinds.Of(r.Method, r.RuleKind, r.Fallback), key => key, ShareKindOrder));
        if (bu is null)
        {
            lines.AddRange(Breakdown(mine, StatementSections.Reason, r => r.Reason ?? "(none)", key => key, null));
        }
        else
        {
            lines.AddRange(Breakdown(
                mine,
                StatementSections.Initiative,
                r => r.Initiative ?? StatementSections.NoInitiative,
                key => organisation.FindInitiative(key)?.Name ?? key,
                null));
        }

        lines.AddRange(Breakdown(mine, StatementSections.ProviderModel, r => $"{r.Provider} / {r.Model ?? StatementSections.NoModel}", key => key, null));
        return new ShowbackStatement(bu, name, owner, month, billing, Totals(mine, before), lines);
    }
}
