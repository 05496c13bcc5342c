using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;
using ValueLedger.Web.Value;

namespace ValueLedger.Web.Pages;

/// <summary>
/// <c>GET /outcomes</c>: the review queue (everyone reads it, scoped to their business units; claims awaiting review first), and the
/// finance forms <c>POST /outcomes/{id}/validate</c> and <c>/reject</c>, which go through <see cref="OutcomeReview"/> and redirect back
/// with a notice. A double submission ends with "outcome N was already validated …; nothing changed"; a non-finance POST is 403.
/// </summary>
internal static class OutcomesEndpoints
{
    public const int PageSize = 25;

    public static void Map(WebApplication app)
    {
        app.MapGet("/outcomes", QueueAsync).ExcludeFromDescription();
        app.MapPost("/outcomes/{id:long}/validate", (HttpContext context, LedgerAccess ledger, long id, CancellationToken ct) => ReviewAsync(context, ledger, id, OutcomeStatus.Validated, ct))
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/outcomes/{id:long}/reject", (HttpContext context, LedgerAccess ledger, long id, CancellationToken ct) => ReviewAsync(context, ledger, id, OutcomeStatus.Rejected, ct))
            .DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> QueueAsync(HttpContext context, LedgerAccess ledger, string? status, string? initiative, int? page, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        OutcomeStatus? only = KebabCase.TryParse<OutcomeStatus>(status, out var s) ? s : null;
        var visible = ledger.Organisation.Initiatives.Where(user.CanSeeInitiative).DistinctBy(i => i.Id).ToList();
        var names = visible.ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var records = await store.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var agreements = await store.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false);
        var counting = OutcomeRules.CountingRecords(records).Select(r => r.Id).ToHashSet();
        var scoped = records.Where(r => names.ContainsKey(r.Claim.Initiative)).ToList();
        var filter = string.IsNullOrWhiteSpace(initiative) ? null : initiative.Trim();
        var matching = scoped
            .Where(r => (only is null || r.Status == only) && (filter is null || r.Claim.Initiative == filter))
            .OrderBy(r => r.Status == OutcomeStatus.Claimed ? 0 : 1)
            .ThenBy(r => r.Status == OutcomeStatus.Claimed ? r.Id : -r.Id)
            .ToList();
        var pages = Math.Max(1, (matching.Count + PageSize - 1) / PageSize);
        var number = Math.Clamp(page ?? 1, 1, pages);
        var rows = matching.Skip((number - 1) * PageSize).Take(PageSize).Select(r => Row(r, names[r.Claim.Initiative], agreements, counting.Contains(r.Id))).ToList();
        var statusText = only is { } o ? KebabCase.Of(o) : null;
        var model = new OutcomesPageModel(
            rows, number, PageSize, matching.Count, scoped.Count(r => r.Status == OutcomeStatus.Claimed), statusText, filter,
            [.. visible.Select(i => new KeyValuePair<string, string>(i.Id, i.Name))], user.IsFinance, OutcomesLinks.Path(statusText, filter, number));
        return PageResults.Render<OutcomesPage>(new { Shell = PageResults.Shell(context, "Outcomes review queue", "outcomes"), Model = model });
    }

    internal static OutcomeRow Row(OutcomeRecord r, string name, IReadOnlyList<AttributionAgreement> agreements, bool counts)
    {
        var value = OutcomeRules.ValueOf(r.Claim, agreements);
        var evidence = r.Claim.Evidence;
        var link = Uri.TryCreate(evidence, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
        return new OutcomeRow(
            r.Id, r.Claim.Initiative, name, Money.Day(r.Claim.PeriodStart), Money.Day(r.Claim.PeriodEnd), r.Claim.Successful, r.Claim.Failed,
            value is { } v ? Money.Exact(v.Amount) : null, value?.Currency, KebabCase.Of(r.Status), counts, link, link is null ? evidence : null, r.ReviewReason,
            Money.Timestamp(r.RecordedAt), r.ReviewedAt is { } at ? Money.Timestamp(at) : null);
    }

    private static async Task<IResult> ReviewAsync(HttpContext context, LedgerAccess ledger, long id, OutcomeStatus decision, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (!user.IsFinance)
        {
            // Non-finance users get no forms; a forged POST is refused here (the CSRF guard has already checked the token).
            return PageResults.Render<ForbiddenPage>(new { Shell = PageResults.Shell(context, "Not allowed", "outcomes") }, StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var back = OutcomesLinks.SafeReturn(form["return"]);
        var reason = form["reason"].ToString();
        var text = id.ToString(CultureInfo.InvariantCulture);
        if (decision == OutcomeStatus.Rejected && string.IsNullOrWhiteSpace(reason))
        {
            return PageResults.SeeOther(back, error: $"outcome {text} was not rejected: a rejection needs a reason");
        }

        var (result, _, message) = await OutcomeReview.RunAsync(ledger, user, id, decision, reason, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            ReviewResult.NotFound => PageResults.SeeOther(back, error: $"there is no outcome {text}"),
            ReviewResult.AlreadyReviewed => PageResults.SeeOther(back, notice: message),
            ReviewResult.Refused => PageResults.SeeOther(back, error: message),
            _ => PageResults.SeeOther(back, notice: $"outcome {text} {(decision == OutcomeStatus.Validated ? "validated" : "rejected")}"),
        };
    }
}
