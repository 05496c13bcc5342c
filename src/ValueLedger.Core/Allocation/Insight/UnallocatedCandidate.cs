namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// One value of a key (<see cref="UnallocatedKeys"/>) and the Unallocated GROSS cost it holds in one
/// currency: <see cref="Gross"/> over <see cref="Lines"/> lines, <see cref="Share"/> = gross ÷ all
/// Unallocated gross in <see cref="Currency"/> (0..1). <see cref="Rank"/> is 1 for the key's largest value.
/// <see cref="LargestLine"/> is the line of its largest Unallocated row, to drill in with <c>explain</c>.
/// </summary>
public sealed record UnallocatedCandidate(string Key, string Value, string Currency, decimal Gross, long Lines, decimal Share, int Rank, LineId LargestLine)
{
    /// <summary>What to do about it, in words (see <see cref="UnallocatedFix.Suggest"/>).</summary>
    public string SuggestedFix => UnallocatedFix.Suggest(this);
}
