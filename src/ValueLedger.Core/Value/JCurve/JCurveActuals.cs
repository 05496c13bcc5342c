namespace ValueLedger.Core.Value.JCurve;

/// <summary>
/// Actual cumulative net value per J-curve month, pure: validated outcome value − allocated net cost, in
/// the declaration's currency only (other currencies are never mixed in), from the start month.
/// <list type="bullet">
/// <item>An outcome counts when validated and not corrected by another validated record (<c>corrects</c>);
/// its value is its stated value, else successful × the value per outcome of the agreement in force at
/// its period start (the latest agreed at or before it; none = no value). It falls in the month of its
/// period start.</item>
/// <item>Cost is the initiative's allocated net cost of the month (all business units).</item>
/// </list>
/// </summary>
public static class JCurveActuals
{
    /// <summary>
    /// Actual cumulative net value for months 0 … <paramref name="months"/> − 1 whose start is at or before
    /// <paramref name="asOf"/> (later months are in the future: null).
    /// </summary>
    public static IReadOnlyList<decimal?> Cumulative(
        JCurveDeclaration declaration,
        int months,
        DateOnly asOf,
        IReadOnlyList<OutcomeRecord> outcomes,
        IReadOnlyList<AttributionAgreement> agreements,
        IReadOnlyList<InitiativeMonth> costs)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(agreements);
        ArgumentNullException.ThrowIfNull(costs);
        var perMonth = new decimal[months];
        foreach (var outcome in Counting(declaration, outcomes))
        {
            var index = MonthIndex(declaration.StartMonth, outcome.Claim.PeriodStart);
            if (index >= 0 && index < months && ValueOf(outcome.Claim, agreements) is { } value)
            {
                perMonth[index] += value;
            }
        }

        foreach (var cost in costs.Where(c => c.Initiative == declaration.Initiative && c.Currency == declaration.Currency))
        {
            var index = MonthIndex(declaration.StartMonth, DateOnly.FromDateTime(cost.Month));
            if (index >= 0 && index < months)
            {
                perMonth[index] -= cost.NetCost;
            }
        }

        var result = new decimal?[months];
        var running = 0m;
        for (var t = 0; t < months && declaration.StartMonth.AddMonths(t) <= asOf; t++)
        {
            running += perMonth[t];
            result[t] = running;
        }

        return result;
    }

    /// <summary>True when at least one outcome of the initiative counts (validated, not corrected).</summary>
    public static bool HasValidatedOutcome(JCurveDeclaration declaration, IReadOnlyList<OutcomeRecord> outcomes) => Counting(declaration, outcomes).Any();

    /// <summary>The claim's value: stated, else successful × the agreement in force at its period start (null when none).</summary>
    public static decimal? ValueOf(OutcomeClaim claim, IReadOnlyList<AttributionAgreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(agreements);
        if (claim.Value is { } stated)
        {
            return stated;
        }

        var periodStart = new DateTimeOffset(claim.PeriodStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var agreement = agreements
            .Where(a => a.Initiative == claim.Initiative && a.AgreedAt <= periodStart)
            .MaxBy(a => a.AgreedAt);
        return agreement is null || agreement.Currency != claim.Currency ? null : claim.Successful * agreement.ValuePerOutcome;
    }

    private static IEnumerable<OutcomeRecord> Counting(JCurveDeclaration declaration, IReadOnlyList<OutcomeRecord> outcomes)
    {
        var corrected = outcomes.Where(o => o.Status == OutcomeStatus.Validated && o.Claim.Corrects is not null).Select(o => o.Claim.Corrects!.Value).ToHashSet();
        return outcomes.Where(o => o.Status == OutcomeStatus.Validated
            && o.Claim.Initiative == declaration.Initiative
            && o.Claim.Currency == declaration.Currency
            && !corrected.Contains(o.Id));
    }

    private static int MonthIndex(DateOnly start, DateOnly date) => ((date.Year - start.Year) * 12) + date.Month - start.Month;
}
