namespace ValueLedger.Core.Value;

/// <summary>
/// The storage port of attribution agreements and the outcomes ledger. Every write appends its audit
/// entry in the same transaction (<see cref="IAuditLog"/>). The store enforces what must never happen
/// whatever the caller (a review happens once; records are never changed); role and gate checks are
/// the Core services' (which throw <see cref="ValueRuleException"/>).
/// </summary>
public interface IOutcomeStore
{
    Task AgreeAttributionAsync(AttributionAgreement agreement, string actor, CancellationToken cancellationToken);

    /// <summary>Agreements, oldest first; of one initiative when given.</summary>
    Task<IReadOnlyList<AttributionAgreement>> QueryAgreementsAsync(string? initiative, CancellationToken cancellationToken);

    /// <summary>Stores the claims atomically (all or none) as <see cref="OutcomeStatus.Claimed"/>; returns their ids in order.</summary>
    Task<IReadOnlyList<long>> RecordOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the claims of one import file like <see cref="RecordOutcomesAsync"/> (all or none), with the
    /// file's name and SHA-256 in each audit entry's details; throws <see cref="ValueRuleException"/>
    /// (nothing written) when a file with that SHA-256 was imported before. A default so that other
    /// implementations (test fakes) need not have it; they refuse file imports.
    /// </summary>
    Task<IReadOnlyList<long>> ImportOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string fileName, string sha256, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotSupportedException("this store cannot import outcome files");

    /// <summary>Validates or rejects a claim (<paramref name="decision"/> not Claimed); throws <see cref="ValueRuleException"/> when it was already reviewed or does not exist.</summary>
    Task ReviewOutcomeAsync(long id, OutcomeStatus decision, string actor, string? reason, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Outcome records by id; of one initiative when given.</summary>
    Task<IReadOnlyList<OutcomeRecord>> QueryOutcomesAsync(string? initiative, CancellationToken cancellationToken);
}
