namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// Unallocated cost in one currency: <see cref="Gross"/> (lines with a positive cost only) over
/// <see cref="Lines"/> lines, of <see cref="GrossInScope"/> (all gross in-scope cost in the currency),
/// and <see cref="Net"/> (credits included).
/// </summary>
public sealed record UnallocatedTotal(string Currency, decimal Gross, decimal Net, long Lines, decimal GrossInScope)
{
    /// <summary>Unallocated ÷ in scope, gross; null without cost.</summary>
    public decimal? Share => GrossInScope > 0 ? Gross / GrossInScope : null;
}
