namespace ValueLedger.Core.Allocation;

/// <summary>The allocation rows of a run with one <see cref="Method"/> (see <see cref="AllocationMethods"/>) in one currency: their summed amount (net, credits included) and how many rows.</summary>
public sealed record AllocationOutcomeTotal(string Method, string Currency, decimal Amount, long Rows);
