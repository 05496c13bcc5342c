namespace ValueLedger.Core.Value.Outcomes;

/// <summary>
/// The pure rules of what an outcome record is worth and which records count (PRODUCT.md "Outcome
/// record", "Attribution method"). Periods are half-open UTC dates; an agreement counts for a claim only
/// when it was made at or before the claim's period start (00:00 UTC of that date): "agreed before
/// outcomes count".
/// </summary>
public static class OutcomeRules
{
    /// <summary>
    /// The agreement in force for <paramref name="initiative"/> at the start of <paramref name="periodStart"/>:
    /// the latest one agreed at or before 00:00 UTC of that date; null when none was (the claim stays a claim).
    /// </summary>
    public static AttributionAgreement? AgreementInForce(IEnumerable<AttributionAgreement> agreements, string initiative, DateOnly periodStart)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        var start = StartOf(periodStart);
        return agreements
            .Where(a => string.Equals(a.Initiative, initiative, StringComparison.Ordinal) && a.AgreedAt <= start)
            .OrderBy(a => a.AgreedAt)
            .LastOrDefault();
    }

    /// <summary>
    /// A record's value: its stated value in its currency, else successful × the value per outcome of
    /// <paramref name="agreement"/> (the one in force at the period start) in the agreement's currency;
    /// null when neither is known (no stated value and no agreement) — undefined, not 0.
    /// </summary>
    public static OutcomeValue? ValueOf(OutcomeClaim claim, AttributionAgreement? agreement)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Value is { } stated)
        {
            return new OutcomeValue(stated, claim.Currency);
        }

        return agreement is null ? null : new OutcomeValue(claim.Successful * agreement.ValuePerOutcome, agreement.Currency);
    }

    /// <summary>A record's value with the agreement in force at its period start looked up in <paramref name="agreements"/>.</summary>
    public static OutcomeValue? ValueOf(OutcomeClaim claim, IEnumerable<AttributionAgreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ValueOf(claim, AgreementInForce(agreements, claim.Initiative, claim.PeriodStart));
    }

    /// <summary>
    /// The records that count: validated, and not superseded by a validated record that corrects them
    /// (<see cref="OutcomeClaim.Corrects"/>). A chain A ← B ← C of validated corrections leaves only C.
    /// A claimed or rejected correction supersedes nothing. Order of the input is kept.
    /// </summary>
    public static IReadOnlyList<OutcomeRecord> CountingRecords(IEnumerable<OutcomeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToList();
        var superseded = all
            .Where(r => r.Status == OutcomeStatus.Validated && r.Claim.Corrects is not null)
            .Select(r => r.Claim.Corrects!.Value)
            .ToHashSet();
        return [.. all.Where(r => r.Status == OutcomeStatus.Validated && !superseded.Contains(r.Id))];
    }

    /// <summary>
    /// Why <paramref name="claim"/> cannot be validated under the agreements, or null when it can: an
    /// attribution method must have been agreed for its initiative at or before its period start.
    /// </summary>
    public static string? WhyNotValidatable(OutcomeClaim claim, IEnumerable<AttributionAgreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var list = agreements.Where(a => string.Equals(a.Initiative, claim.Initiative, StringComparison.Ordinal)).OrderBy(a => a.AgreedAt).ToList();
        if (AgreementInForce(list, claim.Initiative, claim.PeriodStart) is not null)
        {
            return null;
        }

        var start = claim.PeriodStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return list.Count == 0
            ? $"no attribution method is agreed for '{claim.Initiative}'; the record stays a claim (outcomes count only under a method agreed before their period starts)"
            : $"the first attribution method for '{claim.Initiative}' was agreed at {list[0].AgreedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}, after the claim's period start {start}; the record stays a claim (outcomes count only under a method agreed before their period starts)";
    }

    /// <summary>00:00 UTC of a date.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
