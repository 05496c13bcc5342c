using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Value.Outcomes;

/// <summary>
/// The rules of attribution agreements and the outcomes ledger over the storage port: who may agree,
/// validate and reject (the finance role), what a claim must satisfy, and the "agreed before outcomes
/// count" gate. Throws <see cref="ValueRuleException"/> with a message for the user; nothing is written then.
/// <paramref name="lifecycle"/> gives stage transitions (retirement); null = none recorded, the stage in
/// organisation.yaml stands.
/// </summary>
public sealed partial class OutcomeService(IOutcomeStore store, IInitiativeStore? lifecycle, Organisation.Organisation organisation, TimeProvider time)
{
    /// <summary>Records an attribution agreement with <paramref name="actor"/> as the finance approver, agreed now.</summary>
    public async Task<AttributionAgreement> AgreeAsync(string initiative, AttributionMethodKind method, string metricDefinition, decimal valuePerOutcome, string currency, string actor, CancellationToken cancellationToken)
    {
        RequireFinance(actor, $"agree an attribution method for '{initiative}'");
        RequireInitiative(initiative);
        if (string.IsNullOrWhiteSpace(metricDefinition))
        {
            throw new ValueRuleException("the metric definition is empty; say what one successful outcome is");
        }

        if (valuePerOutcome < 0)
        {
            throw new ValueRuleException($"the value per outcome must be 0 or more, not {valuePerOutcome.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var code = Currency(currency);
        var agreement = new AttributionAgreement(initiative, method, metricDefinition.Trim(), valuePerOutcome, code, actor, time.GetUtcNow());
        await store.AgreeAttributionAsync(agreement, actor, cancellationToken).ConfigureAwait(false);
        return agreement;
    }

    /// <summary>Records one claim (status claimed) and returns its id.</summary>
    public async Task<long> RecordAsync(OutcomeClaim claim, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var context = await LoadContextAsync(claim.Initiative, cancellationToken).ConfigureAwait(false);
        var checkedClaim = Check(claim, context, out var problem);
        if (problem is not null)
        {
            throw new ValueRuleException(problem.Reason);
        }

        var ids = await store.RecordOutcomesAsync([checkedClaim!], actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    /// <summary>
    /// Records the claims of one file, all or none: every row is checked first and every problem is
    /// reported ("line N, column C: reason", at most <paramref name="maxProblems"/>); a file imported before (same
    /// SHA-256) is refused by the store.
    /// </summary>
    public async Task<IReadOnlyList<long>> ImportAsync(IReadOnlyList<OutcomeImportRow> rows, string fileName, string sha256, string actor, CancellationToken cancellationToken, int maxProblems = 20)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new List<string>();
        var claims = new List<OutcomeClaim>(rows.Count);
        var contexts = new Dictionary<string, ClaimContext>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!contexts.TryGetValue(row.Claim.Initiative, out var context))
            {
                context = await LoadContextAsync(row.Claim.Initiative, cancellationToken).ConfigureAwait(false);
                contexts.Add(row.Claim.Initiative, context);
            }

            var checkedClaim = Check(row.Claim, context, out var problem);
            if (problem is not null)
            {
                problems.Add($"line {row.Line}, column {problem.Column}: {problem.Reason}");
                if (problems.Count >= maxProblems)
                {
                    break;
                }
            }
            else
            {
                claims.Add(checkedClaim!);
            }
        }

        if (problems.Count > 0)
        {
            throw new ValueRuleException($"{fileName}: nothing imported; {string.Join(Environment.NewLine, problems)}");
        }

        if (claims.Count == 0)
        {
            throw new ValueRuleException($"{fileName}: nothing imported; the file holds no outcome rows");
        }

        return await store.ImportOutcomesAsync(claims, fileName, sha256, actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates a claim: finance only, once, and only under a method agreed at or before its period start.</summary>
    public async Task<OutcomeRecord> ValidateAsync(long id, string actor, string? reason, CancellationToken cancellationToken)
    {
        RequireFinance(actor, $"validate outcome {id}");
        var record = await FindUnreviewedAsync(id, cancellationToken).ConfigureAwait(false);
        var agreements = await store.QueryAgreementsAsync(record.Claim.Initiative, cancellationToken).ConfigureAwait(false);
        if (OutcomeRules.WhyNotValidatable(record.Claim, agreements) is { } why)
        {
            throw new ValueRuleException($"outcome {id} cannot be validated: {why}");
        }

        await store.ReviewOutcomeAsync(id, OutcomeStatus.Validated, actor, Blank(reason), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await FindAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rejects a claim: finance only, once, with a reason.</summary>
    public async Task<OutcomeRecord> RejectAsync(long id, string actor, string reason, CancellationToken cancellationToken)
    {
        RequireFinance(actor, $"reject outcome {id}");
        if (Blank(reason) is not { } why)
        {
            throw new ValueRuleException($"rejecting outcome {id} needs a reason");
        }

        await FindUnreviewedAsync(id, cancellationToken).ConfigureAwait(false);
        await store.ReviewOutcomeAsync(id, OutcomeStatus.Rejected, actor, why, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await FindAsync(id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OutcomeRecord> FindUnreviewedAsync(long id, CancellationToken cancellationToken)
    {
        var record = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record.Status != OutcomeStatus.Claimed)
        {
            throw new ValueRuleException(
                $"outcome {id} was already {KebabCase.Of(record.Status)} by {record.ReviewedBy} at {record.ReviewedAt?.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; "
                + $"a reviewed record is never changed: record a correction (outcome record --corrects {id})");
        }

        return record;
    }

    private async Task<OutcomeRecord> FindAsync(long id, CancellationToken cancellationToken)
    {
        var all = await store.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(r => r.Id == id) ?? throw new ValueRuleException($"there is no outcome {id}");
    }

    private void RequireFinance(string actor, string what)
    {
        if (!organisation.RolesOf(actor).Contains(AccessRoles.Finance, StringComparer.Ordinal))
        {
            var roles = organisation.RolesOf(actor);
            throw new ValueRuleException(
                $"'{actor}' may not {what}: that needs the {AccessRoles.Finance} role, and '{actor}' holds "
                + (roles.Count == 0 ? "no role in the organisation's access list" : $"only {string.Join(", ", roles)}"));
        }
    }

    private Initiative RequireInitiative(string id) =>
        organisation.FindInitiative(id) ?? throw new ValueRuleException(
            $"'{id}' is not a declared initiative; declared: {(organisation.Initiatives.Count == 0 ? "none" : string.Join(", ", organisation.Initiatives.Select(i => i.Id)))}");

    private static string Currency(string? text) =>
        CurrencyCodes.TryNormalize(text, out var code) ? code : throw new ValueRuleException($"'{text}' is not an ISO 4217 currency code (e.g. USD, EUR)");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
