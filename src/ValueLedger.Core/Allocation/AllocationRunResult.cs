namespace ValueLedger.Core.Allocation;

/// <summary>
/// What one allocation run did: its id, the lines it considered (cost-of-record lines and uncovered
/// usage telemetry together), the amount per outcome, and <see cref="Notices"/> about telemetry splits
/// that fell back or left lines Unallocated.
/// </summary>
public sealed record AllocationRunResult(long RunId, long LinesConsidered, IReadOnlyList<AllocationOutcomeTotal> Outcomes)
{
    /// <summary>Of <see cref="AllocationRunResult.LinesConsidered"/>, the usage telemetry records no bill covers (allocated as <c>line_kind</c> <c>usage</c>, estimated cost).</summary>
    public long UsageLinesConsidered { get; init; }

    /// <summary>Telemetry splits that had nothing (or nothing consistent) to split by, per rule or policy, reason, month and currency.</summary>
    public IReadOnlyList<AllocationNotice> Notices { get; init; } = [];
}
