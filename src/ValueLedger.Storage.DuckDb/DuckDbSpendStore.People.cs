using System.Text.Json;
using DuckDB.NET.Data;
using ValueLedger.Core.People;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// People imports (ledger schema 8, <see cref="PeopleSchema"/>): one file's facts, its history row and its audit entry in
/// one transaction, taking the store's write turn like every other write.
/// </summary>
public sealed partial class DuckDbSpendStore : IPeopleStore
{
    public async Task<PeopleImportResult> ImportPeopleAsync(PeopleImport import, PeopleFacts facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return (await ImportPeopleChunkedAsync(
            import,
            async write =>
            {
                await write(facts).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// One transaction open while the producer reads the file: each chunk is staged and merged as it comes (a later chunk
    /// sees the earlier ones, so natural-key dedupe holds across chunks), so memory stays at one chunk whatever the
    /// file's size. The producer's false, or any exception, rolls everything back.
    /// </summary>
    public async Task<PeopleImportResult?> ImportPeopleChunkedAsync(PeopleImport import, Func<Func<PeopleFacts, Task>, Task<bool>> produce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(produce);
        return await WriteExclusivelyAsync(
            async () =>
            {
                await using var writer = OpenConnection();
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (var command = Sql.Command(writer, "SELECT id FROM people_imports WHERE sha256 = $sha", ("sha", import.Sha256)))
                {
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long previous)
                    {
                        return new PeopleImportResult(previous, 0, 0, AlreadyImported: true);
                    }
                }

                var id = await Sql.ScalarAsync<long>(writer, "SELECT coalesce(max(id), 0) + 1 FROM people_imports", cancellationToken).ConfigureAwait(false);
                var added = 0;
                var total = 0;
                var commit = await produce(async chunk =>
                {
                    added += await WriteFactsAsync(writer, id, chunk, cancellationToken).ConfigureAwait(false);
                    total += chunk.Count;
                }).ConfigureAwait(false);
                if (!commit)
                {
                    return null;
                }

                var duplicates = total - added;
                await Sql.ExecuteAsync(
                    writer,
                    "INSERT INTO people_imports VALUES ($id, $file, $format, $sha, $actor, $at, $added, $duplicates)",
                    cancellationToken,
                    ("id", id),
                    ("file", import.FileName),
                    ("format", import.Format),
                    ("sha", import.Sha256),
                    ("actor", import.Actor),
                    ("at", import.At.UtcDateTime),
                    ("added", (long)added),
                    ("duplicates", (long)duplicates)).ConfigureAwait(false);
                var details = JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["file"] = import.FileName,
                    ["format"] = import.Format,
                    ["added"] = added,
                    ["duplicates"] = duplicates,
                });
                await AuditSql.AppendAsync(writer, import.At, import.Actor, AuditActions.PeopleImport, FormattableString.Invariant($"people-import:{id}"), details, null, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new PeopleImportResult(id, added, duplicates, AlreadyImported: false);
            },
            cancellationToken,
            result => result is { AlreadyImported: false }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PeopleImportSummary>> ListPeopleImportsAsync(CancellationToken cancellationToken)
    {
        var result = new List<PeopleImportSummary>();
        await ReadCredentialsAsync(
            "SELECT id, file_name, format, sha256, actor, imported_at, added, duplicates FROM people_imports ORDER BY id DESC",
            [],
            rows => result.Add(new PeopleImportSummary(
                rows.GetInt64(0), rows.GetString(1), rows.GetString(2), rows.GetString(3), rows.GetString(4), Utc(rows.GetDateTime(5)),
                checked((int)rows.GetInt64(6)), checked((int)rows.GetInt64(7)))),
            cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Writes every kind of fact of one import; returns how many were written (the rest were duplicates).</summary>
    private static async Task<int> WriteFactsAsync(DuckDBConnection writer, long id, PeopleFacts facts, CancellationToken cancellationToken)
    {
        var added = 0;
        added += await PeopleFactTable.Memberships.WriteAsync(writer, id, facts.Memberships, static (r, m) => r.AppendValue(m.Person).AppendValue(m.Team).AppendValue(m.From).AppendValue(m.To).AppendValue(m.Source), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.Seats.WriteAsync(writer, id, facts.Seats, static (r, s) => r.AppendValue(s.Person).AppendValue(s.Tool).AppendValue(s.From).AppendValue(s.To), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.Learning.WriteAsync(writer, id, facts.Learning, static (r, l) => r.AppendValue(l.Person).AppendValue(KebabCase.Of(l.Kind)).AppendValue(l.Course).AppendValue(l.CompletedOn), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.ActiveDays.WriteAsync(writer, id, facts.ActiveDays, static (r, a) => r.AppendValue(a.Person).AppendValue(a.Day).AppendValue(a.Source), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.TeamActivity.WriteAsync(writer, id, facts.TeamActivity, static (r, t) => r.AppendValue(t.Team).AppendValue(t.Day).AppendValue(t.ActiveUsers).AppendValue(t.EngagedUsers).AppendValue(t.Source), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.Workflows.WriteAsync(writer, id, facts.Workflows, static (r, w) => r.AppendValue(w.Team).AppendValue(w.Workflow).AppendValue(KebabCase.Of(w.Status)).AppendValue(w.AsOf), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.SurveyResponses.WriteAsync(writer, id, facts.SurveyResponses, static (r, s) => r.AppendValue(s.OrgUnit).AppendValue(KebabCase.Of(s.Measure)).AppendValue(s.Day).AppendValue(s.Score).AppendValue(s.Respondent), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.SurveyAggregates.WriteAsync(writer, id, facts.SurveyAggregates, static (r, g) => r.AppendValue(g.OrgUnit).AppendValue(KebabCase.Of(g.Measure)).AppendValue(g.PeriodStart).AppendValue(g.PeriodEnd).AppendValue(g.Respondents).AppendValue(g.MeanScore), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.Reviews.WriteAsync(writer, id, facts.Reviews, static (r, v) => r.AppendValue(v.Initiative).AppendValue(v.PeriodStart).AppendValue(v.PeriodEnd).AppendValue(v.People).AppendValue(v.Outputs).AppendValue(v.Reviewed).AppendValue(v.ReviewMinutes).AppendValue(v.Overrides).AppendValue(v.AiErrors), cancellationToken).ConfigureAwait(false);
        added += await PeopleFactTable.Capacity.WriteAsync(writer, id, facts.Capacity, static (r, c) => r.AppendValue(c.Initiative).AppendValue(c.PeriodStart).AppendValue(c.PeriodEnd).AppendValue(c.People).AppendValue(c.HoursSaved).AppendValue(c.HoursRedeployed).AppendValue(c.HoursCostReduced), cancellationToken).ConfigureAwait(false);
        return added;
    }
}
