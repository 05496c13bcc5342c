namespace ValueLedger.Core.Allocation.Insight;

/// <summary>How <c>coverage</c> groups its rows (always per currency as well).</summary>
[Flags]
public enum CoverageGrouping
{
    /// <summary>One row per currency: the whole period.</summary>
    None = 0,

    /// <summary>Per calendar month (UTC) of the line's charge period start.</summary>
    Month = 1,

    /// <summary>Per business unit (null = Unallocated).</summary>
    Bu = 2,
}
