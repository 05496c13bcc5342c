namespace ValueLedger.Storage.DuckDb.Value;

/// <summary><c>readiness_entries</c>: append-only; the latest row per initiative and control is the control's state.</summary>
internal static class ReadinessSql
{
    public const string Insert = "INSERT INTO readiness_entries VALUES ($initiative, $control, $state, $evidence, $reason, $actor, $at)";

    /// <summary>Oldest first; rowid keeps insertion order among entries with the same timestamp.</summary>
    public const string Query = """
        SELECT initiative, control, state, evidence_link, reason, actor, changed_at
        FROM readiness_entries
        WHERE $initiative::VARCHAR IS NULL OR initiative = $initiative
        ORDER BY changed_at, rowid
        """;
}
