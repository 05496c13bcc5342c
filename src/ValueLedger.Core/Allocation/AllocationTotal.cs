namespace ValueLedger.Core.Allocation;

/// <summary>Allocated amount (net, in <see cref="Currency"/>) to a business unit and initiative; <see cref="Bu"/> null = Unallocated.</summary>
public sealed record AllocationTotal(string? Bu, string? Initiative, string Currency, decimal Amount);
