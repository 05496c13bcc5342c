namespace ValueLedger.Core.Organisation;

/// <summary>Where (part of) a line goes: a business unit, optionally an initiative; <see cref="Weight"/> only for the weights method (a fraction, 0..1).</summary>
public sealed record AllocationTarget(string Bu, string? Initiative, decimal? Weight, SourceLocation Location);
