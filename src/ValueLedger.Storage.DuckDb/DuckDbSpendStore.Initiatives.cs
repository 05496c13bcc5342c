using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Storage.DuckDb.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Initiative life-cycle storage (J-curve versions and sign-offs, readiness, stage transitions); each write
/// and its audit entry commit in one transaction. See <see cref="JCurveSql"/>, <see cref="ReadinessSql"/>, <see cref="TransitionSql"/>.
/// </summary>
public sealed partial class DuckDbSpendStore : IInitiativeStore
{
    public async Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var version = 0;
        await WriteLifecycleAsync(
            async writer =>
            {
                version = await Sql.ScalarAsync<int>(writer, JCurveSql.NextVersion, cancellationToken, ("initiative", declaration.Initiative)).ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    writer,
                    JCurveSql.Insert,
                    cancellationToken,
                    ("initiative", declaration.Initiative),
                    ("version", version),
                    ("start", declaration.StartMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
                    ("cost", declaration.MonthlyCost),
                    ("trough", declaration.TroughMonth),
                    ("depth", declaration.TroughDepth),
                    ("maturity", declaration.MaturityMonth),
                    ("target", declaration.TargetMonthlyNet),
                    ("tolerance", declaration.Tolerance),
                    ("currency", declaration.Currency),
                    ("by", declaration.DeclaredBy),
                    ("at", declaration.DeclaredAt.UtcDateTime)).ConfigureAwait(false);
                var details = JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["start"] = declaration.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    ["monthlyCost"] = LifecycleInvariant(declaration.MonthlyCost),
                    ["troughMonth"] = LifecycleInvariant(declaration.TroughMonth),
                    ["troughDepth"] = LifecycleInvariant(declaration.TroughDepth),
                    ["maturityMonth"] = LifecycleInvariant(declaration.MaturityMonth),
                    ["targetNet"] = LifecycleInvariant(declaration.TargetMonthlyNet),
                    ["tolerance"] = LifecycleInvariant(declaration.Tolerance),
                    ["currency"] = declaration.Currency,
                });
                await AuditSql.AppendAsync(writer, declaration.DeclaredAt, declaration.DeclaredBy, AuditActions.JCurveDeclare, LifecycleJCurveSubject(declaration.Initiative, version), details, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return version;
    }

    public async Task SignJCurveAsync(string initiative, int version, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await WriteLifecycleAsync(
            async writer =>
            {
                var state = await Sql.ScalarAsync<int>(writer, JCurveSql.VersionState, cancellationToken, ("initiative", initiative), ("version", version)).ConfigureAwait(false);
                if (state != 1)
                {
                    throw new ValueRuleException(state == 0
                        ? $"{initiative} has no J-curve version {version}"
                        : $"J-curve version {version} of {initiative} is already signed; a signed version never changes");
                }

                await Sql.ExecuteAsync(writer, JCurveSql.Sign, cancellationToken, ("initiative", initiative), ("version", version), ("by", actor), ("at", at.UtcDateTime)).ConfigureAwait(false);
                await AuditSql.AppendAsync(writer, at, actor, AuditActions.JCurveSign, LifecycleJCurveSubject(initiative, version), null, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JCurveDeclaration>> QueryJCurvesAsync(string? initiative, CancellationToken cancellationToken)
    {
        var result = new List<JCurveDeclaration>();
        await ReadLifecycleAsync(JCurveSql.Query, initiative, rows => result.Add(new JCurveDeclaration(
            rows.GetString(0),
            rows.GetInt32(1),
            DateOnly.FromDateTime(rows.GetDateTime(2)),
            rows.GetDecimal(3),
            rows.GetInt32(4),
            rows.GetDecimal(5),
            rows.GetInt32(6),
            rows.GetDecimal(7),
            rows.GetDecimal(8),
            rows.GetString(9),
            rows.GetString(10),
            LifecycleInstant(rows, 11)!.Value,
            rows.IsDBNull(12) ? null : rows.GetString(12),
            LifecycleInstant(rows, 13))), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task SetReadinessAsync(ReadinessEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var control = KebabCase.Of(entry.Control);
        var state = KebabCase.Of(entry.State);
        await WriteLifecycleAsync(
            async writer =>
            {
                await Sql.ExecuteAsync(
                    writer,
                    ReadinessSql.Insert,
                    cancellationToken,
                    ("initiative", entry.Initiative),
                    ("control", control),
                    ("state", state),
                    ("evidence", entry.EvidenceLink),
                    ("reason", entry.Reason),
                    ("actor", entry.Actor),
                    ("at", entry.At.UtcDateTime)).ConfigureAwait(false);
                var details = JsonSerializer.Serialize(new Dictionary<string, string?> { ["control"] = control, ["state"] = state, ["evidence"] = entry.EvidenceLink });
                await AuditSql.AppendAsync(writer, entry.At, entry.Actor, AuditActions.ReadinessSet, LifecycleInitiativeSubject(entry.Initiative), details, entry.Reason, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReadinessEntry>> QueryReadinessAsync(string? initiative, CancellationToken cancellationToken)
    {
        var result = new List<ReadinessEntry>();
        await ReadLifecycleAsync(ReadinessSql.Query, initiative, rows => result.Add(new ReadinessEntry(
            rows.GetString(0),
            ParseLifecycle<ReadinessControl>(rows.GetString(1)),
            ParseLifecycle<ReadinessState>(rows.GetString(2)),
            rows.IsDBNull(3) ? null : rows.GetString(3),
            rows.IsDBNull(4) ? null : rows.GetString(4),
            rows.GetString(5),
            LifecycleInstant(rows, 6)!.Value)), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task RecordTransitionAsync(StageTransition transition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var from = KebabCase.Of(transition.From);
        var to = KebabCase.Of(transition.To);
        await WriteLifecycleAsync(
            async writer =>
            {
                await Sql.ExecuteAsync(
                    writer,
                    TransitionSql.Insert,
                    cancellationToken,
                    ("initiative", transition.Initiative),
                    ("from", from),
                    ("to", to),
                    ("actor", transition.Actor),
                    ("at", transition.At.UtcDateTime),
                    ("reason", transition.Reason)).ConfigureAwait(false);
                var details = JsonSerializer.Serialize(new Dictionary<string, string> { ["from"] = from, ["to"] = to });
                await AuditSql.AppendAsync(writer, transition.At, transition.Actor, AuditActions.StageTransition, LifecycleInitiativeSubject(transition.Initiative), details, transition.Reason, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StageTransition>> QueryTransitionsAsync(string? initiative, CancellationToken cancellationToken)
    {
        var result = new List<StageTransition>();
        await ReadLifecycleAsync(TransitionSql.Query, initiative, rows => result.Add(new StageTransition(
            rows.GetString(0),
            ParseLifecycle<InitiativeStage>(rows.GetString(1)),
            ParseLifecycle<InitiativeStage>(rows.GetString(2)),
            rows.GetString(3),
            LifecycleInstant(rows, 4)!.Value,
            rows.IsDBNull(5) ? null : rows.GetString(5))), cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static string LifecycleJCurveSubject(string initiative, int version) => string.Create(CultureInfo.InvariantCulture, $"jcurve:{initiative}@{version}");

    private static string LifecycleInitiativeSubject(string initiative) => "initiative:" + initiative;

    private static string LifecycleInvariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static DateTimeOffset? LifecycleInstant(DbDataReader rows, int ordinal) =>
        rows.IsDBNull(ordinal) ? null : new DateTimeOffset(Sql.Utc(rows.GetDateTime(ordinal)));

    private static TEnum ParseLifecycle<TEnum>(string text)
        where TEnum : struct, Enum =>
        KebabCase.TryParse<TEnum>(text, out var value) ? value : throw new InvalidDataException($"the ledger holds '{text}', not a {typeof(TEnum).Name}");

    /// <summary>Runs <paramref name="write"/> in one transaction on its own connection, taking the store's write turn.</summary>
    private Task WriteLifecycleAsync(Func<DuckDBConnection, Task> write, CancellationToken cancellationToken) =>
        WriteExclusivelyAsync(
            async () =>
            {
                await using var writer = OpenConnection();
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await write(writer).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    private async Task ReadLifecycleAsync(string sql, string? initiative, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, sql, ("initiative", initiative));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            read(rows);
        }
    }
}
