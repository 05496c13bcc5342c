using ValueLedger.Core.People;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>The operating-model registers (resistance-and-enabler map, role redesign); each save lands with its audit entry.</summary>
public sealed partial class DuckDbSpendStore
{
    public async Task<IReadOnlyList<ResistanceEntry>> ListResistancesAsync(CancellationToken cancellationToken)
    {
        var result = new List<ResistanceEntry>();
        await ReadCredentialsAsync(
            "SELECT id, stakeholder_group, resistance, counter, owner, status, updated_at, updated_by FROM resistance_entries ORDER BY id",
            [],
            r => result.Add(new ResistanceEntry(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                Parse<ResistanceStatus>(r.GetString(5)), Utc(r.GetDateTime(6)), r.GetString(7))),
            cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task SaveResistanceAsync(ResistanceEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Id);
        return WriteLifecycleAsync(
            async writer =>
            {
                await Sql.ExecuteAsync(
                    writer,
                    "INSERT OR REPLACE INTO resistance_entries VALUES ($id, $group, $resistance, $counter, $owner, $status, $at, $by)",
                    cancellationToken,
                    ("id", entry.Id),
                    ("group", entry.StakeholderGroup),
                    ("resistance", entry.Resistance),
                    ("counter", entry.Counter),
                    ("owner", entry.Owner),
                    ("status", KebabCase.Of(entry.Status)),
                    ("at", entry.UpdatedAt.UtcDateTime),
                    ("by", entry.UpdatedBy)).ConfigureAwait(false);
                var details = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["status"] = KebabCase.Of(entry.Status), ["owner"] = entry.Owner });
                await AuditSql.AppendAsync(writer, entry.UpdatedAt, entry.UpdatedBy, AuditActions.RegisterResistance, "resistance:" + entry.Id, details, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<RoleChange>> ListRoleChangesAsync(CancellationToken cancellationToken)
    {
        var result = new List<RoleChange>();
        await ReadCredentialsAsync(
            "SELECT id, role, business_unit, kind, people_affected, reskilling_plan, reskilling_progress, updated_at, updated_by FROM role_changes ORDER BY id",
            [],
            r => result.Add(new RoleChange(
                r.GetString(0), r.GetString(1), r.GetString(2), Parse<RoleChangeKind>(r.GetString(3)), r.GetInt32(4),
                r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), Utc(r.GetDateTime(7)), r.GetString(8))),
            cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task SaveRoleChangeAsync(RoleChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(change.Id);
        return WriteLifecycleAsync(
            async writer =>
            {
                await Sql.ExecuteAsync(
                    writer,
                    "INSERT OR REPLACE INTO role_changes VALUES ($id, $role, $bu, $kind, $people, $plan, $progress, $at, $by)",
                    cancellationToken,
                    ("id", change.Id),
                    ("role", change.Role),
                    ("bu", change.BusinessUnit),
                    ("kind", KebabCase.Of(change.Kind)),
                    ("people", change.PeopleAffected),
                    ("plan", change.ReskillingPlan),
                    ("progress", change.ReskillingProgressPercent),
                    ("at", change.UpdatedAt.UtcDateTime),
                    ("by", change.UpdatedBy)).ConfigureAwait(false);
                // The audit entry names the role and kind, not the number of people (a count under the privacy threshold must not leak through the log).
                var details = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["role"] = change.Role, ["businessUnit"] = change.BusinessUnit, ["kind"] = KebabCase.Of(change.Kind) });
                await AuditSql.AppendAsync(writer, change.UpdatedAt, change.UpdatedBy, AuditActions.RegisterRole, "role:" + change.Id, details, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
