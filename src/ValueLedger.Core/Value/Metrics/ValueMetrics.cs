namespace ValueLedger.Core.Value.Metrics;

/// <summary>
/// The value metrics as pure functions (labels: <see cref="MetricCatalogue"/>). Money arguments are in
/// one currency (figures in different currencies are never combined; callers group by currency).
/// Undefined stays undefined: a ratio with nothing to divide by is null, never 0 or infinity.
/// </summary>
public static class ValueMetrics
{
    /// <summary>
    /// Rung outcome. Attribution coverage = <paramref name="attributedGross"/> (gross in-scope cost allocated to
    /// initiatives with at least one validated outcome overlapping the period, see <see cref="AttributedGross"/>)
    /// ÷ <paramref name="grossInScope"/> (all gross in-scope cost of the period, unallocated and BU-only
    /// included, see <see cref="GrossInScope"/>). Null when there is no gross cost. In [0, 1] because gross
    /// amounts are positive lines only and the numerator is part of the denominator.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount, or a numerator above the denominator (a caller bug).</exception>
    public static decimal? AttributionCoverage(decimal attributedGross, decimal grossInScope)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attributedGross);
        ArgumentOutOfRangeException.ThrowIfNegative(grossInScope);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(attributedGross, grossInScope);
        return grossInScope == 0 ? null : attributedGross / grossInScope;
    }

    /// <summary>The coverage numerator: the gross cost of the rows whose initiative is in <paramref name="validatedInitiatives"/> (initiatives with a validated outcome overlapping the period).</summary>
    public static decimal AttributedGross(IEnumerable<InitiativeMonth> rows, IReadOnlySet<string> validatedInitiatives)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(validatedInitiatives);
        return rows.Where(r => r.Initiative is not null && validatedInitiatives.Contains(r.Initiative)).Sum(r => r.GrossCost);
    }

    /// <summary>The coverage denominator: the gross cost of every row (initiative, BU-only and Unallocated alike).</summary>
    public static decimal GrossInScope(IEnumerable<InitiativeMonth> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Sum(r => r.GrossCost);
    }

    /// <summary>
    /// Rung outcome. Cost per successful outcome = <paramref name="allocatedCost"/> (net, money) ÷
    /// <paramref name="validatedSuccessful"/> (validated successful outcomes; fractional when an outcome
    /// period is spread over months). Null with no validated successful outcome (zero or less).
    /// </summary>
    public static decimal? CostPerSuccessfulOutcome(decimal allocatedCost, decimal validatedSuccessful) =>
        validatedSuccessful <= 0 ? null : allocatedCost / validatedSuccessful;

    /// <summary>Rung value. Value realised = Σ validated outcome values (money; 0 for none: nothing was realised).</summary>
    public static decimal ValueRealised(IEnumerable<decimal> validatedValues)
    {
        ArgumentNullException.ThrowIfNull(validatedValues);
        return validatedValues.Sum();
    }

    /// <summary>Rung value. Net value = value realised − allocated (net) cost; negative when cost exceeds value.</summary>
    public static decimal NetValue(decimal valueRealised, decimal allocatedCost) => valueRealised - allocatedCost;

    /// <summary>
    /// Rung value. ROI = <paramref name="netValue"/> ÷ <paramref name="allocatedCost"/> (a fraction: 0.5 = +50 %).
    /// Null when the cost is zero, and when it is negative (credits above charges), where the sign of the
    /// ratio would say the opposite of what happened.
    /// </summary>
    public static decimal? Roi(decimal netValue, decimal allocatedCost) => allocatedCost <= 0 ? null : netValue / allocatedCost;

    /// <summary>Rung outcome. Success rate = successful ÷ (successful + failed) validated outcomes; null with none.</summary>
    public static decimal? SuccessRate(decimal successful, decimal failed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successful);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        var total = successful + failed;
        return total == 0 ? null : successful / total;
    }

    /// <summary>Rung activity (never scored). Tokens per validated outcome = tokens ÷ validated successful outcomes; null with none.</summary>
    public static decimal? TokensPerValidatedOutcome(long tokens, decimal validatedSuccessful) =>
        validatedSuccessful <= 0 ? null : tokens / validatedSuccessful;

    /// <summary>A ratio's change in percentage points ((now − before) × 100); null unless both are defined.</summary>
    public static decimal? ChangeInPoints(decimal? now, decimal? before) => now is { } n && before is { } b ? (n - b) * 100 : null;

    /// <summary>Relative change (now − before) ÷ |before| as a fraction (−0.2 = fell 20 %); null unless both are defined and before is not 0.</summary>
    public static decimal? RelativeChange(decimal? now, decimal? before) =>
        now is { } n && before is { } b && b != 0 ? (n - b) / Math.Abs(b) : null;
}
