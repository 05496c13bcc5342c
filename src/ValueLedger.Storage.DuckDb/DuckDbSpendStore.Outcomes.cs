using DuckDB.NET.Data;
using ValueLedger.Core.Value;
using ValueLedger.Storage.DuckDb.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Attribution agreements and the outcomes ledger (append-only) and the audit log, on the tables of
/// <see cref="LedgerSchema.Migration5"/>. Every write takes the store's write turn and lands with its audit
/// entry in one transaction; outcome ids are max + 1 inside it. A second review of one outcome is refused
/// here too (and by the <c>outcome_reviews</c> primary key), whatever the caller.
/// </summary>
public sealed partial class DuckDbSpendStore : IOutcomeStore, IAuditLog
{
    public Task AgreeAttributionAsync(AttributionAgreement agreement, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return InTransactionAsync(
            async connection =>
            {
                await Sql.ExecuteAsync(connection, OutcomeSql.InsertAgreement, cancellationToken,
                    ("initiative", agreement.Initiative), ("method", KebabCase.Of(agreement.Method)), ("metric", agreement.MetricDefinition),
                    ("value", agreement.ValuePerOutcome), ("currency", agreement.Currency), ("approver", agreement.Approver), ("at", agreement.AgreedAt.UtcDateTime)).ConfigureAwait(false);
                await AuditSql.AppendAsync(connection, agreement.AgreedAt, actor, AuditActions.AttributionAgree, $"initiative:{agreement.Initiative}", OutcomeAuditDetails.Of(agreement), null, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<AttributionAgreement>> QueryAgreementsAsync(string? initiative, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        return await OutcomeRows.AgreementsAsync(reader, initiative, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<long>> RecordOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        InsertOutcomesAsync(claims, actor, at, fileName: null, sha256: null, cancellationToken);

    public Task<IReadOnlyList<long>> ImportOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string fileName, string sha256, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        return InsertOutcomesAsync(claims, actor, at, fileName, sha256, cancellationToken);
    }

    public Task ReviewOutcomeAsync(long id, OutcomeStatus decision, string actor, string? reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (decision == OutcomeStatus.Claimed)
        {
            throw new ArgumentOutOfRangeException(nameof(decision), decision, "a review validates or rejects");
        }

        return InTransactionAsync(
            async connection =>
            {
                if (await Sql.ScalarAsync<long>(connection, OutcomeSql.Exists, cancellationToken, ("id", id)).ConfigureAwait(false) == 0)
                {
                    throw new ValueRuleException($"there is no outcome {id}");
                }

                await using (var command = Sql.Command(connection, OutcomeSql.ReviewOf, ("id", id)))
                await using (var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        throw new ValueRuleException($"outcome {id} was already {rows.GetString(0)} by {rows.GetString(1)}; a reviewed record is never changed: record a correction");
                    }
                }

                var status = KebabCase.Of(decision);
                await Sql.ExecuteAsync(connection, OutcomeSql.InsertReview, cancellationToken,
                    ("id", id), ("status", status), ("by", actor), ("at", at.UtcDateTime), ("reason", reason)).ConfigureAwait(false);
                var action = decision == OutcomeStatus.Validated ? AuditActions.OutcomeValidate : AuditActions.OutcomeReject;
                await AuditSql.AppendAsync(connection, at, actor, action, $"outcome:{id}", null, reason, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<OutcomeRecord>> QueryOutcomesAsync(string? initiative, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        return await OutcomeRows.OutcomesAsync(reader, initiative, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> QueryAuditAsync(string? subject, DateTime? from, DateTime? to, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var reader = OpenConnection();
        return await OutcomeRows.AuditAsync(reader, subject, from, to, limit, cancellationToken).ConfigureAwait(false);
    }

    private Task<IReadOnlyList<long>> InsertOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string actor, DateTimeOffset at, string? fileName, string? sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return InTransactionAsync<IReadOnlyList<long>>(
            async connection =>
            {
                if (sha256 is not null)
                {
                    await RefuseImportedBeforeAsync(connection, fileName!, sha256, cancellationToken).ConfigureAwait(false);
                }

                var next = await Sql.ScalarAsync<long>(connection, OutcomeSql.NextId, cancellationToken).ConfigureAwait(false);
                var ids = new List<long>(claims.Count);
                foreach (var claim in claims)
                {
                    var id = next++;
                    await Sql.ExecuteAsync(connection, OutcomeSql.InsertOutcome, cancellationToken,
                        ("id", id), ("initiative", claim.Initiative), ("start", Midnight(claim.PeriodStart)), ("end", Midnight(claim.PeriodEnd)),
                        ("successful", claim.Successful), ("failed", claim.Failed), ("value", claim.Value), ("currency", claim.Currency),
                        ("evidence", claim.Evidence), ("corrects", claim.Corrects), ("by", actor), ("at", at.UtcDateTime)).ConfigureAwait(false);
                    await AuditSql.AppendAsync(connection, at, actor, AuditActions.OutcomeRecord, $"outcome:{id}", OutcomeAuditDetails.Of(claim, fileName, sha256), null, cancellationToken).ConfigureAwait(false);
                    ids.Add(id);
                }

                return ids;
            },
            cancellationToken);
    }

    private static async Task RefuseImportedBeforeAsync(DuckDBConnection connection, string fileName, string sha256, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, OutcomeSql.ImportedBefore, ("sha", sha256));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (await rows.ReadAsync(cancellationToken).ConfigureAwait(false) && rows.GetInt64(2) > 0)
        {
            throw new ValueRuleException(
                $"{fileName}: this file (sha256 {sha256}) was already imported by {rows.GetString(1)} at {Sql.Instant(Sql.Utc(rows.GetDateTime(0)))} ({rows.GetInt64(2)} outcome record(s)); nothing imported");
        }
    }

    /// <summary>Runs <paramref name="write"/> in one transaction on a fresh connection, in the store's write turn; an exception rolls it back.</summary>
    private Task<T> InTransactionAsync<T>(Func<DuckDBConnection, Task<T>> write, CancellationToken cancellationToken) =>
        WriteExclusivelyAsync(
            async () =>
            {
                await using var connection = OpenConnection();
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var result = await write(connection).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            },
            cancellationToken);

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
