namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// From the outcomes ledger to the scoreboard's <see cref="OutcomeMonth"/> rows, by the value rules:
/// open claims do not count; a validated record counts unless a validated record corrects it
/// (<see cref="OutcomeClaim.Corrects"/>); its value is the stated value, else successful × the value per
/// outcome of the agreement in force at the period start (the latest agreed at or before it), in that
/// agreement's currency; every rejected record counts as one rejected claim. Each record is spread over
/// the months of its period by <see cref="OutcomeSpread"/>.
/// </summary>
public static class CountingOutcomes
{
    public static IReadOnlyList<OutcomeMonth> ByMonth(IReadOnlyList<OutcomeRecord> records, IReadOnlyList<AttributionAgreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(agreements);
        var corrected = records.Where(r => r.Status == OutcomeStatus.Validated && r.Claim.Corrects is not null)
            .Select(r => r.Claim.Corrects!.Value)
            .ToHashSet();
        var result = new List<OutcomeMonth>();
        foreach (var record in records)
        {
            var claim = record.Claim;
            if (record.Status == OutcomeStatus.Rejected)
            {
                result.AddRange(OutcomeSpread.ByMonth(claim.Initiative, claim.PeriodStart, claim.PeriodEnd, claim.Currency, 0, 0, 0, validated: false));
            }
            else if (record.Status == OutcomeStatus.Validated && !corrected.Contains(record.Id))
            {
                var (value, currency) = ValueOf(claim, agreements);
                result.AddRange(OutcomeSpread.ByMonth(claim.Initiative, claim.PeriodStart, claim.PeriodEnd, currency, claim.Successful, claim.Failed, value, validated: true));
            }
        }

        return result;
    }

    /// <summary>
    /// The stated value in the claim's currency, else successful × the agreed value per outcome in the agreement's
    /// currency. Validation requires an agreement at or before the period start, so a validated record always has
    /// one; were it missing, the record would realise 0 (nothing agreed, nothing counted).
    /// </summary>
    public static (decimal Value, string Currency) ValueOf(OutcomeClaim claim, IReadOnlyList<AttributionAgreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(agreements);
        if (claim.Value is { } stated)
        {
            return (stated, claim.Currency);
        }

        var start = new DateTimeOffset(claim.PeriodStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var agreement = agreements
            .Where(a => string.Equals(a.Initiative, claim.Initiative, StringComparison.Ordinal) && a.AgreedAt <= start)
            .MaxBy(a => a.AgreedAt);
        return agreement is null ? (0m, claim.Currency) : (claim.Successful * agreement.ValuePerOutcome, agreement.Currency);
    }
}
