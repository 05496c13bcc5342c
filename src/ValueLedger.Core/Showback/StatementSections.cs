namespace ValueLedger.Core.Showback;

/// <summary>The breakdowns of a statement (<see cref="StatementLine.Section"/>); each sums to the statement's total per currency.</summary>
public static class StatementSections
{
    /// <summary>By <c>AllocationShareKinds</c>: direct, telemetry-split, shared (and unallocated on the Unallocated statement).</summary>
    public const string ShareKind = "share-kind";

    /// <summary>By initiative id; <see cref="NoInitiative"/> for the unit's cost without an initiative.</summary>
    public const string Initiative = "initiative";

    /// <summary>By provider and model (<c>provider / model</c>).</summary>
    public const string ProviderModel = "provider-model";

    /// <summary>By reason (Unallocated statement only): why the cost is on no business unit.</summary>
    public const string Reason = "reason";

    public const string NoInitiative = "(no initiative)";

    public const string NoModel = "(no model)";
}
