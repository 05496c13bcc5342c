using ValueLedger.Core.Value;

namespace ValueLedger.Web.Value;

/// <summary>How a validate or reject request ended (shared by the API and the review queue's forms).</summary>
internal enum ReviewResult
{
    Done,
    NotFound,
    AlreadyReviewed,
    Refused,
}

/// <summary>
/// Validates or rejects one claim through <see cref="Core.Value.Outcomes.OutcomeService"/> (finance only, once). A record
/// outside the user's business units is "not found"; a second review of the same record (a double-submitted form, two
/// people at once) ends as <see cref="ReviewResult.AlreadyReviewed"/> with nothing changed, never an error page.
/// </summary>
internal static class OutcomeReview
{
    public static async Task<(ReviewResult Result, OutcomeRecord? Record, string? Message)> RunAsync(
        LedgerAccess ledger, Security.CurrentUser user, long id, OutcomeStatus decision, string? reason, CancellationToken cancellationToken)
    {
        var before = await ValueServices.FindOutcomeAsync(ledger, id, cancellationToken).ConfigureAwait(false);
        if (before is null || ValueServices.Visible(ledger, user, before.Claim.Initiative) is null)
        {
            return (ReviewResult.NotFound, null, null);
        }

        if (before.Status != OutcomeStatus.Claimed)
        {
            return (ReviewResult.AlreadyReviewed, before, ValueServices.AlreadyReviewed(before));
        }

        var service = await ValueServices.OutcomesAsync(ledger, cancellationToken).ConfigureAwait(false);
        try
        {
            var record = decision == OutcomeStatus.Validated
                ? await service.ValidateAsync(id, user.Actor, reason, cancellationToken).ConfigureAwait(false)
                : await service.RejectAsync(id, user.Actor, reason ?? string.Empty, cancellationToken).ConfigureAwait(false);
            return (ReviewResult.Done, record, null);
        }
        catch (ValueRuleException refusal)
        {
            // Another request may have reviewed it between our look and the write (the store refuses a second review).
            var after = await ValueServices.FindOutcomeAsync(ledger, id, cancellationToken).ConfigureAwait(false);
            return after is { Status: not OutcomeStatus.Claimed }
                ? (ReviewResult.AlreadyReviewed, after, ValueServices.AlreadyReviewed(after))
                : (ReviewResult.Refused, before, refusal.Message);
        }
    }
}
