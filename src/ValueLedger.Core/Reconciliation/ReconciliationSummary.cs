using ValueLedger.Core.Storage;

namespace ValueLedger.Core.Reconciliation;

/// <summary>
/// Reconciliation totals for one currency: the cost of record, the telemetry no bill covers (at its
/// estimated cost), the share of money that is estimated (see <see cref="EstimatedShare"/>), and how
/// many rows have each status.
/// </summary>
public sealed record ReconciliationSummary(
    string Currency,
    decimal CostOfRecord,
    decimal EstimatedUncovered,
    decimal? EstimatedShare,
    IReadOnlyDictionary<ReconciliationStatus, int> StatusCounts)
{
    /// <summary>Rows with any status but <see cref="ReconciliationStatus.Matched"/>.</summary>
    public int Flagged => StatusCounts.Where(c => ReconciliationRules.IsFlagged(c.Key)).Sum(c => c.Value);

    /// <summary>
    /// One summary per currency (ordinal order) found in either input. Status counts come from the
    /// reconciliation rows; the cost of record and the estimate from the spend rows (any grouping,
    /// same period and scope), so that the estimate is telemetry no bill covers, never covered telemetry.
    /// </summary>
    public static IReadOnlyList<ReconciliationSummary> Build(
        IReadOnlyList<ReconciliationRow> rows,
        VarianceThreshold threshold,
        IReadOnlyList<SpendRow> spend)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(spend);
        var currencies = rows.Select(r => r.Currency).Concat(spend.Select(s => s.Currency))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var result = new List<ReconciliationSummary>();
        foreach (var currency in currencies)
        {
            var counts = Enum.GetValues<ReconciliationStatus>().ToDictionary(s => s, _ => 0);
            foreach (var row in rows.Where(r => string.Equals(r.Currency, currency, StringComparison.Ordinal)))
            {
                counts[ReconciliationRules.Decide(row, threshold)]++;
            }

            var money = spend.Where(s => string.Equals(s.Currency, currency, StringComparison.Ordinal)).ToList();
            result.Add(new ReconciliationSummary(
                currency,
                money.Sum(s => s.CostOfRecord),
                money.Sum(s => s.EstimatedUncovered),
                Reconciliation.EstimatedShare.Of(money),
                counts));
        }

        return result;
    }
}
