namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// Which rule decides each line, on sets. Matching looks at a line's "signature" (the fields rules
/// match on, and the day, since effective dates are whole days), so lines are matched as their few
/// distinct signatures, not one by one: <c>alloc_line_sigs</c> (one row per signature, <c>sig_id</c>),
/// matched to <c>alloc_line_match</c>, joined back to the lines as <c>alloc_lines</c>.
/// Parameters <c>$from</c>, <c>$to</c>: the period of the lines' charge period start.
/// </summary>
internal static class AllocationMatchSql
{
    /// <summary>The fields rules match on (see <see cref="Holds"/>), besides the day.</summary>
    public static readonly string[] SignatureColumns =
        ["provider", "model", "service_name", "billing_account_id", "billing_account_name", "sub_account_id", "sub_account_name", "api_key_id", "team", "agent_id", "tags_norm"];

    /// <summary>The AI-scope usage records of the period whose coverage is judged (as <c>spend --scope ai</c> over the period judges it).</summary>
    private const string UsageInPeriod = "r.ai_scope AND r.charge_period_start >= $from AND r.charge_period_start < $to";

    /// <summary>
    /// The lines: AI-scope cost-of-record lines with a cost (<c>line_kind</c> 'cost') and AI-scope usage
    /// records with a cost that no AI bill covers ('usage'), charge period starting in the period.
    /// </summary>
    private static readonly string LineSource = $"""
        WITH {TelemetryCoverageSql.Ctes(UsageInPeriod)},
        src AS (
            SELECT CASE WHEN r.kind = 'cost' THEN 'cost' ELSE 'usage' END AS line_kind, r.source_id, r.seq,
                   r.charge_period_start, r.charge_period_end, r.cost, r.currency, {Columns("r.")}
            FROM spend_records r
            {TelemetryCoverageSql.JoinCovered}
            WHERE r.ai_scope AND r.cost IS NOT NULL AND r.charge_period_start >= $from AND r.charge_period_start < $to
              AND (r.kind = 'cost' OR k.provider IS NULL)
        )
        """;

    /// <summary>The lines, materialised once (<c>alloc_src</c>): judging coverage and reading the ledger are the expensive part.</summary>
    public static readonly string Source = $"""
        CREATE OR REPLACE TEMP TABLE alloc_src AS
        {LineSource}
        SELECT * FROM src
        """;

    public static readonly string LineSignatures = $"""
        CREATE OR REPLACE TEMP TABLE alloc_line_sigs AS
        SELECT row_number() OVER () AS sig_id, *
        FROM (SELECT DISTINCT date_trunc('day', charge_period_start) AS day, {Columns(string.Empty)} FROM alloc_src)
        """;

    /// <summary>The lines with the rule (or policy) that decides each (<c>rule_key</c> null: none matched). <c>model</c> is lower-cased for telemetry splits by model.</summary>
    public static readonly string Lines = $"""
        CREATE OR REPLACE TEMP TABLE alloc_lines AS
        SELECT src.line_kind, src.source_id, src.seq, src.charge_period_start, src.charge_period_end, src.cost, src.currency,
               src.provider, lower(src.model) AS model, m.rule_key
        FROM alloc_src src
        JOIN alloc_line_sigs s ON s.day = date_trunc('day', src.charge_period_start) AND {SameSignature("s.", "src.")}
        LEFT JOIN alloc_line_match m ON m.sig_id = s.sig_id
        """;

    /// <summary>
    /// Whether condition <c>c</c> holds for signature <c>s</c> (null counts as false). Ids and names both
    /// match account globs.
    /// </summary>
    private const string Holds = """
        CASE c.field
            WHEN 'tag' THEN lower(json_extract_string(s.tags_norm, c.tag_path)) LIKE c.pattern ESCAPE '\'
            WHEN 'billing_account' THEN lower(s.billing_account_id) LIKE c.pattern ESCAPE '\' OR lower(s.billing_account_name) LIKE c.pattern ESCAPE '\'
            WHEN 'sub_account' THEN lower(s.sub_account_id) LIKE c.pattern ESCAPE '\' OR lower(s.sub_account_name) LIKE c.pattern ESCAPE '\'
            WHEN 'api_key' THEN lower(s.api_key_id) LIKE c.pattern ESCAPE '\'
            WHEN 'team' THEN lower(s.team) LIKE c.pattern ESCAPE '\'
            WHEN 'agent' THEN lower(s.agent_id) LIKE c.pattern ESCAPE '\'
            WHEN 'provider' THEN lower(s.provider) LIKE c.pattern ESCAPE '\'
            WHEN 'service' THEN lower(s.service_name) LIKE c.pattern ESCAPE '\'
            WHEN 'model' THEN lower(s.model) LIKE c.pattern ESCAPE '\'
            ELSE false
        END
        """;

    /// <summary>
    /// <c>CREATE TEMP TABLE {output} (sig_id, rule_key)</c>: for each signature of <paramref name="signatures"/>
    /// (columns <c>sig_id</c>, <c>day</c> and <see cref="SignatureColumns"/>), the first rule in force whose
    /// conditions all hold, among those passing <paramref name="ruleFilter"/> (over <c>alloc_rules r</c>).
    /// </summary>
    public static string Match(string signatures, string output, string ruleFilter) => $"""
        CREATE OR REPLACE TEMP TABLE {output} AS
        SELECT sig_id, min(rule_key) AS rule_key
        FROM (
            SELECT s.sig_id, r.rule_key
            FROM {signatures} s
            JOIN alloc_rules r
              ON (r.effective_from IS NULL OR s.day >= r.effective_from)
             AND (r.effective_to IS NULL OR s.day < r.effective_to)
             AND {ruleFilter}
            LEFT JOIN alloc_conditions c ON c.rule_key = r.rule_key
            GROUP BY s.sig_id, r.rule_key
            HAVING bool_and(c.rule_key IS NULL OR coalesce({Holds}, false))
        )
        GROUP BY sig_id
        """;

    /// <summary>The signature columns, each prefixed (<c>r.provider, r.model, ...</c>).</summary>
    public static string Columns(string prefix) => string.Join(", ", SignatureColumns.Select(c => prefix + c));

    /// <summary>Null-safe equality of every signature column (a hash join in DuckDB).</summary>
    public static string SameSignature(string left, string right) =>
        string.Join(" AND ", SignatureColumns.Select(c => $"{left}{c} IS NOT DISTINCT FROM {right}{c}"));
}
