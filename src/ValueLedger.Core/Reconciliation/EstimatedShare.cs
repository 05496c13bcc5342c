using ValueLedger.Core.Storage;

namespace ValueLedger.Core.Reconciliation;

/// <summary>
/// The share of money counted from estimates rather than of record: estimated uncovered telemetry
/// over cost (cost of record + estimated uncovered). Pure.
/// </summary>
public static class EstimatedShare
{
    /// <summary>
    /// The share as a fraction in [0, 1], or null when there is no positive cost. Only positive
    /// figures count (a credit or a negative estimate adds 0), so that credits cannot push the share
    /// below 0 or above 1.
    /// </summary>
    public static decimal? Of(decimal costOfRecord, decimal estimatedUncovered)
    {
        var estimated = Math.Max(0m, estimatedUncovered);
        var cost = Math.Max(0m, costOfRecord) + estimated;
        return cost == 0m ? null : estimated / cost;
    }

    /// <summary>The share over several spend rows (one currency): positive parts of each row are summed first.</summary>
    public static decimal? Of(IEnumerable<SpendRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ofRecord = 0m;
        var estimated = 0m;
        foreach (var row in rows)
        {
            ofRecord += Math.Max(0m, row.CostOfRecord);
            estimated += Math.Max(0m, row.EstimatedUncovered);
        }

        return Of(ofRecord, estimated);
    }
}
