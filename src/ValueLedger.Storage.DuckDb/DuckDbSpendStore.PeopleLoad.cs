using System.Data.Common;
using ValueLedger.Core.People;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Reading person-level facts for a calculation over a half-open period, and their span.</summary>
public sealed partial class DuckDbSpendStore
{
    /// <summary>
    /// Active days derived from the ledger's usage telemetry: one per distinct end-user hash and UTC day of
    /// <c>charge_period_start</c>, source <c>telemetry</c>. <c>$from_ts</c>/<c>$to_ts</c> are the period's bounds as
    /// timestamps (midnight UTC).
    /// </summary>
    private const string TelemetryActiveDays = """
        SELECT DISTINCT end_user_hash AS person, CAST(charge_period_start AS DATE) AS day, 'telemetry' AS source
        FROM spend_records
        WHERE kind = 'usage' AND end_user_hash IS NOT NULL AND charge_period_start >= $from_ts AND charge_period_start < $to_ts
        """;

    public async Task<PeopleFacts> LoadPeopleFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return PeopleFacts.Empty;
        }

        await using var reader = OpenConnection();
        (string, object?)[] period = [("from", from), ("to", to)];
        const string Overlaps = "period_start < $to AND period_end > $from";
        const string Within = "day >= $from AND day < $to";

        async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
        {
            var result = new List<T>();
            await using var command = Sql.Command(reader, sql, parameters);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(read(rows));
            }

            return result;
        }

        return new PeopleFacts
        {
            Memberships = await ReadAsync(
                PeopleFactTable.Memberships.Select("valid_from < $to AND (valid_to IS NULL OR valid_to > $from)"),
                r => new TeamMembership(r.GetString(0), r.GetString(1), Day(r, 2), NullableDay(r, 3), r.GetString(4)),
                period).ConfigureAwait(false),
            Seats = await ReadAsync(
                PeopleFactTable.Seats.Select("valid_from < $to AND (valid_to IS NULL OR valid_to > $from)"),
                r => new SeatGrant(r.GetString(0), r.GetString(1), Day(r, 2), NullableDay(r, 3)),
                period).ConfigureAwait(false),
            Learning = await ReadAsync(
                PeopleFactTable.Learning.Select("completed_on < $to"),
                r => new LearningRecord(r.GetString(0), Parse<LearningKind>(r.GetString(1)), r.GetString(2), Day(r, 3)),
                ("to", to)).ConfigureAwait(false),
            ActiveDays = await ReadAsync(
                $"SELECT person, day, source FROM people_active_days WHERE {Within} UNION {TelemetryActiveDays} ORDER BY day, person, source",
                r => new ActiveDay(r.GetString(0), Day(r, 1), r.GetString(2)),
                [.. period, ("from_ts", from.ToDateTime(TimeOnly.MinValue)), ("to_ts", to.ToDateTime(TimeOnly.MinValue))]).ConfigureAwait(false),
            TeamActivity = await ReadAsync(
                PeopleFactTable.TeamActivity.Select(Within),
                r => new TeamDailyActivity(r.GetString(0), Day(r, 1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)),
                period).ConfigureAwait(false),
            Workflows = await ReadAsync(
                PeopleFactTable.Workflows.Select("as_of < $to"),
                r => new WorkflowRecord(r.GetString(0), r.GetString(1), Parse<WorkflowStatus>(r.GetString(2)), Day(r, 3)),
                ("to", to)).ConfigureAwait(false),
            SurveyResponses = await ReadAsync(
                PeopleFactTable.SurveyResponses.Select(Within),
                r => new SurveyResponse(r.GetString(0), Parse<SurveyMeasure>(r.GetString(1)), Day(r, 2), r.GetDecimal(3), r.GetString(4)),
                period).ConfigureAwait(false),
            SurveyAggregates = await ReadAsync(
                PeopleFactTable.SurveyAggregates.Select(Overlaps),
                r => new SurveyAggregate(r.GetString(0), Parse<SurveyMeasure>(r.GetString(1)), Day(r, 2), Day(r, 3), r.GetInt32(4), r.GetDecimal(5)),
                period).ConfigureAwait(false),
            Reviews = await ReadAsync(
                PeopleFactTable.Reviews.Select(Overlaps),
                r => new ReviewRecord(r.GetString(0), Day(r, 1), Day(r, 2), r.GetInt32(3), r.GetInt64(4), r.GetInt64(5), r.GetDecimal(6), r.GetInt64(7), r.GetInt64(8)),
                period).ConfigureAwait(false),
            Capacity = await ReadAsync(
                PeopleFactTable.Capacity.Select(Overlaps),
                r => new CapacityRecord(r.GetString(0), Day(r, 1), Day(r, 2), r.GetInt32(3), r.GetDecimal(4), r.GetDecimal(5), r.GetDecimal(6)),
                period).ConfigureAwait(false),
        };
    }

    /// <summary>The first and last day of any person-level fact, the telemetry's end-user days included (periods count up to their last day).</summary>
    public async Task<(DateOnly First, DateOnly Last)?> QueryPeopleSpanAsync(CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, """
            WITH days AS (
                SELECT min(valid_from) AS first, max(valid_from) AS last FROM people_memberships
                UNION ALL SELECT min(valid_from), max(valid_from) FROM people_seats
                UNION ALL SELECT min(completed_on), max(completed_on) FROM people_learning
                UNION ALL SELECT min(day), max(day) FROM people_active_days
                UNION ALL SELECT min(day), max(day) FROM people_team_activity
                UNION ALL SELECT min(as_of), max(as_of) FROM people_workflows
                UNION ALL SELECT min(day), max(day) FROM people_survey_responses
                UNION ALL SELECT min(period_start), max(period_end) - 1 FROM people_survey_aggregates
                UNION ALL SELECT min(period_start), max(period_end) - 1 FROM people_reviews
                UNION ALL SELECT min(period_start), max(period_end) - 1 FROM people_capacity
                UNION ALL SELECT min(charge_period_start)::DATE, max(charge_period_start)::DATE FROM spend_records
                    WHERE kind = 'usage' AND end_user_hash IS NOT NULL)
            SELECT min(first), max(last) FROM days
            """);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await rows.ReadAsync(cancellationToken).ConfigureAwait(false) && !rows.IsDBNull(0)
            ? (Day(rows, 0), Day(rows, 1))
            : null;
    }

    private static DateOnly Day(DbDataReader rows, int ordinal) => rows.GetFieldValue<DateOnly>(ordinal);

    private static DateOnly? NullableDay(DbDataReader rows, int ordinal) => rows.IsDBNull(ordinal) ? null : Day(rows, ordinal);

    private static TEnum Parse<TEnum>(string text)
        where TEnum : struct, Enum => ParseLifecycle<TEnum>(text);
}
