namespace ValueLedger.Storage.DuckDb.Value;

/// <summary>The SQL of attribution agreements, outcomes and reviews (tables of <see cref="LedgerSchema.Migration5"/>).</summary>
internal static class OutcomeSql
{
    public const string InsertAgreement = """
        INSERT INTO attribution_agreements VALUES ($initiative, $method, $metric, CAST($value AS DECIMAL(38,18)), $currency, $approver, $at)
        """;

    public const string Agreements = """
        SELECT initiative, method, metric_definition, value_per_outcome, currency, approver, agreed_at
        FROM attribution_agreements
        WHERE $initiative IS NULL OR initiative = $initiative
        ORDER BY agreed_at, initiative
        """;

    public const string NextId = "SELECT coalesce(max(id), 0) + 1 FROM outcomes";

    public const string InsertOutcome = """
        INSERT INTO outcomes VALUES ($id, $initiative, $start, $end, $successful, $failed, CAST($value AS DECIMAL(38,18)), $currency, $evidence, $corrects, $by, $at)
        """;

    public const string Exists = "SELECT count(*) FROM outcomes WHERE id = $id";

    public const string ReviewOf = "SELECT status, reviewed_by FROM outcome_reviews WHERE outcome_id = $id";

    public const string InsertReview = "INSERT INTO outcome_reviews VALUES ($id, $status, $by, $at, $reason)";

    /// <summary>Audit entries of an earlier import of a file with this SHA-256 (its <c>outcome.record</c> entries carry it).</summary>
    public const string ImportedBefore = """
        SELECT min(occurred_at), min(actor), count(*) FROM audit_log
        WHERE action = 'outcome.record' AND json_extract_string(details, '$.sha256') = $sha
        """;

    public const string Outcomes = """
        SELECT o.id, o.initiative, o.period_start, o.period_end, o.successful, o.failed, o.value, o.currency, o.evidence, o.corrects,
               o.recorded_by, o.recorded_at, r.status, r.reviewed_by, r.reviewed_at, r.reason
        FROM outcomes o LEFT JOIN outcome_reviews r ON r.outcome_id = o.id
        WHERE $initiative IS NULL OR o.initiative = $initiative
        ORDER BY o.id
        """;

    /// <summary>Newest first; <c>$subject</c> exact, or <c>$prefix</c> for a subject ending in <c>*</c>; [<c>$from</c>, <c>$to</c>) when given.</summary>
    public const string Audit = """
        SELECT seq, occurred_at, actor, action, subject, details, reason FROM audit_log
        WHERE ($subject IS NULL OR subject = $subject)
          AND ($prefix IS NULL OR starts_with(subject, $prefix))
          AND ($from IS NULL OR occurred_at >= $from)
          AND ($to IS NULL OR occurred_at < $to)
        ORDER BY seq DESC
        LIMIT $limit
        """;
}
