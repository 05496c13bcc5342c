namespace ValueLedger.Core.People.Reports;

/// <summary>The behavioural-outcome tolerances, for help texts and JSON (the calculation is BehaviourOutcomes').</summary>
public static class BehaviourThresholds
{
    /// <summary>Override rate within this many percentage points of the error rate = calibrated reliance.</summary>
    public const decimal TolerancePoints = 5m;

    /// <summary>A relative change of review minutes per output beyond ± this many per cent is a trend.</summary>
    public const decimal TrendPercent = 5m;
}
