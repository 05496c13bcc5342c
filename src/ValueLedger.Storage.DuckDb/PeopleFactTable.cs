using System.Globalization;
using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// One fact table of ledger schema 8 (<see cref="PeopleSchema"/>) and how an import writes to it: the batch is
/// appended to a temporary staging table (the appender: a million active days in seconds, not a million INSERTs), then
/// moved in with one set-based statement that keeps each natural key once.
/// </summary>
/// <param name="Name">The table.</param>
/// <param name="Columns">Its columns as written, in order, without <c>import_id</c>.</param>
/// <param name="Key">The natural key (none of its columns is nullable).</param>
/// <param name="ReplaceByKey">A later record for a key replaces the stored one (reviews, capacity); else the first stays.</param>
internal sealed record PeopleFactTable(string Name, string[] Columns, string[] Key, bool ReplaceByKey)
{
    private const int CancellationCheckEvery = 65_536;

    public static PeopleFactTable Memberships { get; } = new("people_memberships", ["person", "team", "valid_from", "valid_to", "source"], ["person", "team", "valid_from", "source"], false);

    public static PeopleFactTable Seats { get; } = new("people_seats", ["person", "tool", "valid_from", "valid_to"], ["person", "tool", "valid_from"], false);

    public static PeopleFactTable Learning { get; } = new("people_learning", ["person", "kind", "course", "completed_on"], ["person", "kind", "course", "completed_on"], false);

    public static PeopleFactTable ActiveDays { get; } = new("people_active_days", ["person", "day", "source"], ["person", "day", "source"], false);

    public static PeopleFactTable TeamActivity { get; } = new("people_team_activity", ["team", "day", "active_users", "engaged_users", "source"], ["team", "day", "source"], false);

    public static PeopleFactTable Workflows { get; } = new("people_workflows", ["team", "workflow", "status", "as_of"], ["team", "workflow", "as_of"], false);

    public static PeopleFactTable SurveyResponses { get; } = new("people_survey_responses", ["org_unit", "measure", "day", "score", "respondent"], ["org_unit", "measure", "day", "respondent"], false);

    public static PeopleFactTable SurveyAggregates { get; } = new("people_survey_aggregates", ["org_unit", "measure", "period_start", "period_end", "respondents", "mean_score"], ["org_unit", "measure", "period_start", "period_end"], false);

    public static PeopleFactTable Reviews { get; } = new(
        "people_reviews", ["initiative", "period_start", "period_end", "people", "outputs", "reviewed", "review_minutes", "overrides", "ai_errors"], ["initiative", "period_start", "period_end"], true);

    public static PeopleFactTable Capacity { get; } = new(
        "people_capacity", ["initiative", "period_start", "period_end", "people", "hours_saved", "hours_redeployed", "hours_cost_reduced"], ["initiative", "period_start", "period_end"], true);

    /// <summary>The tables with a person hash, and its column: what re-keying rewrites.</summary>
    public static IReadOnlyList<(string Table, string Column)> PersonColumns { get; } =
    [
        (Memberships.Name, "person"),
        (Seats.Name, "person"),
        (Learning.Name, "person"),
        (ActiveDays.Name, "person"),
        (SurveyResponses.Name, "respondent"),
    ];

    /// <summary>
    /// Writes <paramref name="rows"/> into this table under import <paramref name="importId"/>, inside the caller's
    /// transaction; returns how many were written (new keys, or changed records replacing theirs). The rest of the batch
    /// (keys already held with the same record, or repeated within the batch) is what the import counts as duplicates.
    /// </summary>
    public async Task<int> WriteAsync<T>(
        DuckDBConnection writer, long importId, IReadOnlyList<T> rows, Action<IDuckDBAppenderRow, T> append, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var columns = string.Join(", ", Columns);
        await Sql.ExecuteAsync(
            writer,
            $"CREATE OR REPLACE TEMP TABLE people_stage AS SELECT {columns}, 0::BIGINT AS ord FROM main.{Name} WHERE false",
            cancellationToken).ConfigureAwait(false);
        using (var appender = writer.CreateAppender("temp", "main", "people_stage"))
        {
            long ordinal = 0;
            foreach (var fact in rows)
            {
                if (++ordinal % CancellationCheckEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var row = appender.CreateRow();
                append(row, fact);
                row.AppendValue(ordinal).EndRow();
            }
        }

        // The batch's record per key (its last when a later one replaces, else its first), less those the table
        // already holds: for insert-if-absent tables by key, for replacing tables only when identical.
        var stored = ReplaceByKey ? Columns : Key;
        var keyMatch = string.Join(" AND ", Key.Select(c => $"t.{c} = s.{c}"));
        var storedMatch = string.Join(" AND ", stored.Select(c => $"t.{c} = s.{c}"));
        await Sql.ExecuteAsync(writer, $"""
            CREATE OR REPLACE TEMP TABLE people_new AS
            SELECT {columns} FROM (
                SELECT *, row_number() OVER (PARTITION BY {string.Join(", ", Key)} ORDER BY ord {(ReplaceByKey ? "DESC" : "ASC")}) AS rn
                FROM people_stage) s
            WHERE rn = 1 AND NOT EXISTS (SELECT 1 FROM main.{Name} t WHERE {storedMatch})
            """, cancellationToken).ConfigureAwait(false);
        if (ReplaceByKey)
        {
            await Sql.ExecuteAsync(writer, $"DELETE FROM main.{Name} t WHERE EXISTS (SELECT 1 FROM people_new s WHERE {keyMatch})", cancellationToken).ConfigureAwait(false);
        }

        var written = await Sql.ExecuteAsync(
            writer,
            $"INSERT INTO main.{Name} ({columns}, import_id) SELECT {columns}, $import FROM people_new",
            cancellationToken,
            ("import", importId)).ConfigureAwait(false);
        await Sql.ExecuteAsync(writer, "DROP TABLE people_stage; DROP TABLE people_new", cancellationToken).ConfigureAwait(false);
        return checked((int)written);
    }

    /// <summary>A SELECT of this table's columns (for loading), with <paramref name="where"/>, in key order.</summary>
    public string Select(string where) =>
        string.Create(CultureInfo.InvariantCulture, $"SELECT {string.Join(", ", Columns)} FROM {Name} WHERE {where} ORDER BY {string.Join(", ", Key)}");
}
