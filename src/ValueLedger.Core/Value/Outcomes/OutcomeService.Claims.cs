using System.Globalization;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Value.Outcomes;

public sealed partial class OutcomeService
{
    /// <summary>
    /// Checks a claim against the organisation and the ledger; returns it normalised (currency upper
    /// case; with no stated value, the currency of the agreement in force, else empty) or null with the
    /// problem.
    /// </summary>
    private static OutcomeClaim? Check(OutcomeClaim claim, ClaimContext context, out ClaimProblem? problem)
    {
        problem = Problem(claim, context);
        if (problem is not null)
        {
            return null;
        }

        string currency;
        if (claim.Value is not null)
        {
            CurrencyCodes.TryNormalize(claim.Currency, out currency);
        }
        else
        {
            currency = OutcomeRules.AgreementInForce(context.Agreements, claim.Initiative, claim.PeriodStart)?.Currency ?? string.Empty;
        }

        return claim with { Currency = currency, Evidence = Blank(claim.Evidence) };
    }

    private static ClaimProblem? Problem(OutcomeClaim claim, ClaimContext context)
    {
        if (context.Initiative is null)
        {
            return new("initiative", context.UnknownInitiative!);
        }

        if (claim.PeriodEnd <= claim.PeriodStart)
        {
            return new("period_end", $"the period end {Day(claim.PeriodEnd)} must be after its start {Day(claim.PeriodStart)} (periods are half-open: [start, end))");
        }

        if (claim.Successful < 0 || claim.Failed < 0)
        {
            return new(claim.Successful < 0 ? "successful" : "failed", $"outcome counts must be 0 or more (successful {claim.Successful}, failed {claim.Failed})");
        }

        if (claim.Value is { } value)
        {
            if (value < 0)
            {
                return new("value", $"the value must be 0 or more, not {value.ToString(CultureInfo.InvariantCulture)}");
            }

            if (!CurrencyCodes.TryNormalize(claim.Currency, out _))
            {
                return new("currency", string.IsNullOrWhiteSpace(claim.Currency)
                    ? "a stated value needs its currency"
                    : $"'{claim.Currency}' is not an ISO 4217 currency code (e.g. USD, EUR)");
            }
        }
        else if (!string.IsNullOrWhiteSpace(claim.Currency)
            && OutcomeRules.AgreementInForce(context.Agreements, claim.Initiative, claim.PeriodStart) is { } agreement
            && !string.Equals(agreement.Currency, claim.Currency.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return new("currency", $"without a stated value the value is successful × the agreed value per outcome in {agreement.Currency}; the currency {claim.Currency} does not match");
        }

        if (context.RetiredAt is { } retired && OutcomeRules.StartOf(claim.PeriodStart) >= retired)
        {
            return new("period_start", retired == DateTimeOffset.MinValue
                ? $"'{claim.Initiative}' is retired (organisation.yaml) with no recorded retirement date; it accepts no claims"
                : $"'{claim.Initiative}' was retired at {retired.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; it accepts claims only for periods starting before then");
        }

        if (claim.Corrects is { } corrected)
        {
            var target = context.Records.FirstOrDefault(r => r.Id == corrected);
            if (target is null)
            {
                return new("corrects", $"'corrects' names outcome {corrected}, which does not exist");
            }

            if (!string.Equals(target.Claim.Initiative, claim.Initiative, StringComparison.Ordinal))
            {
                return new("corrects", $"'corrects' names outcome {corrected}, which belongs to '{target.Claim.Initiative}', not '{claim.Initiative}'");
            }
        }

        return null;
    }

    /// <summary>What checking claims of one initiative needs: its declaration, agreements, every record (for <c>corrects</c>) and retirement time.</summary>
    private async Task<ClaimContext> LoadContextAsync(string initiative, CancellationToken cancellationToken)
    {
        var declared = organisation.FindInitiative(initiative);
        if (declared is null)
        {
            string? unknown = null;
            try
            {
                RequireInitiative(initiative);
            }
            catch (ValueRuleException e)
            {
                unknown = e.Message;
            }

            return new ClaimContext(null, unknown, [], [], null);
        }

        var agreements = await store.QueryAgreementsAsync(initiative, cancellationToken).ConfigureAwait(false);
        var records = await store.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var transitions = lifecycle is null ? [] : await lifecycle.QueryTransitionsAsync(initiative, cancellationToken).ConfigureAwait(false);
        return new ClaimContext(declared, null, agreements, records, RetiredAt(declared, transitions));
    }

    /// <summary>
    /// When the initiative was retired: the latest transition's time when it moved to retired; null when
    /// its current stage is not retired. Retired in organisation.yaml with no transition: retired since
    /// before any period (every claim refused), because the date is unknown.
    /// </summary>
    internal static DateTimeOffset? RetiredAt(Initiative initiative, IReadOnlyList<StageTransition> transitions)
    {
        var latest = transitions.Where(t => string.Equals(t.Initiative, initiative.Id, StringComparison.Ordinal)).OrderBy(t => t.At).LastOrDefault();
        if (latest is null)
        {
            return initiative.Stage == InitiativeStage.Retired ? DateTimeOffset.MinValue : null;
        }

        return latest.To == InitiativeStage.Retired ? latest.At : null;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What is wrong with a claim and which field (the CSV column name) is at fault.</summary>
    private sealed record ClaimProblem(string Column, string Reason);

    private sealed record ClaimContext(
        Initiative? Initiative,
        string? UnknownInitiative,
        IReadOnlyList<AttributionAgreement> Agreements,
        IReadOnlyList<OutcomeRecord> Records,
        DateTimeOffset? RetiredAt);
}
