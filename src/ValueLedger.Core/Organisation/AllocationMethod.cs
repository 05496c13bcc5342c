namespace ValueLedger.Core.Organisation;

/// <summary>How an allocation rule assigns a matched line: to one target, or split across several.</summary>
public enum AllocationMethod
{
    /// <summary>The whole line goes to the single target.</summary>
    Direct,

    /// <summary>Split in proportion to the targets' usage telemetry.</summary>
    Telemetry,

    /// <summary>Split by the declared weights (decimal, summing to exactly 1).</summary>
    Weights,

    /// <summary>Split in equal parts.</summary>
    Even,
}
