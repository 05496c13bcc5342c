namespace ValueLedger.Storage.DuckDb.Value;

/// <summary><c>stage_transitions</c>: append-only; the latest row per initiative is its current stage.</summary>
internal static class TransitionSql
{
    public const string Insert = "INSERT INTO stage_transitions VALUES ($initiative, $from, $to, $actor, $at, $reason)";

    /// <summary>Oldest first; rowid keeps insertion order among transitions with the same timestamp.</summary>
    public const string Query = """
        SELECT initiative, from_stage, to_stage, actor, changed_at, reason
        FROM stage_transitions
        WHERE $initiative::VARCHAR IS NULL OR initiative = $initiative
        ORDER BY changed_at, rowid
        """;
}
