using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The ledger's tables and their migrations. <c>schema_version</c> holds one row per applied
/// migration; a file with a higher version than <see cref="CurrentVersion"/> is refused.
/// </summary>
/// <remarks>
/// <c>spend_records.kind</c> is <c>'cost'</c> (cost of record) or <c>'usage'</c> (usage telemetry):
/// text rather than a number so that ad-hoc SQL over the file reads plainly; DuckDB's dictionary
/// compression makes it as small as a number. <c>format</c> repeats the importing source's format on
/// each record, so that duplicate keys are found and <c>--by source</c> grouped without a join.
/// <c>seq</c> is the record's ordinal within its import; (<c>source_id</c>, <c>seq</c>) identifies a
/// record. There are no indexes on <c>spend_records</c>: every lookup is a set-based hash join, and
/// indexes would slow the bulk inserts down.
/// </remarks>
internal static class LedgerSchema
{
    public const int CurrentVersion = 8;

    /// <summary>Version 1, as it was: the import history and the records, <c>tags_norm</c> stored in full.</summary>
    internal const string Migration1 = """
        CREATE TABLE sources (
            id BIGINT PRIMARY KEY,
            file_name VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL,
            size_bytes BIGINT NOT NULL,
            format VARCHAR NOT NULL,
            outcome VARCHAR NOT NULL CHECK (outcome IN ('imported', 'duplicate_file', 'failed')),
            rows_read BIGINT NOT NULL,
            rows_inserted BIGINT NOT NULL,
            rows_rejected BIGINT NOT NULL,
            rows_skipped_duplicate BIGINT NOT NULL,
            rows_replaced BIGINT NOT NULL,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP NOT NULL,
            message VARCHAR
        );

        CREATE TABLE spend_records (
            source_id BIGINT NOT NULL,
            seq BIGINT NOT NULL,
            format VARCHAR NOT NULL,
            kind VARCHAR NOT NULL CHECK (kind IN ('cost', 'usage')),
            record_key VARCHAR NOT NULL,
            source_line BIGINT,
            provider VARCHAR NOT NULL,
            billing_account_id VARCHAR,
            billing_account_name VARCHAR,
            sub_account_id VARCHAR,
            sub_account_name VARCHAR,
            service_name VARCHAR,
            service_category VARCHAR,
            charge_category VARCHAR,
            charge_class VARCHAR,
            charge_description VARCHAR,
            resource_id VARCHAR,
            resource_name VARCHAR,
            region_id VARCHAR,
            sku_id VARCHAR,
            pricing_quantity DECIMAL(38,18),
            pricing_unit VARCHAR,
            model VARCHAR,
            service_tier VARCHAR,
            charge_period_start TIMESTAMP NOT NULL,
            charge_period_end TIMESTAMP NOT NULL,
            billing_period_start TIMESTAMP,
            billing_period_end TIMESTAMP,
            requests BIGINT,
            input_tokens BIGINT,
            cached_read_tokens BIGINT,
            cache_write_tokens BIGINT,
            output_tokens BIGINT,
            reasoning_tokens BIGINT,
            billed_cost DECIMAL(38,18),
            effective_cost DECIMAL(38,18),
            list_cost DECIMAL(38,18),
            cost DECIMAL(38,18),
            cost_measure VARCHAR,
            price_id VARCHAR,
            currency VARCHAR NOT NULL,
            tags VARCHAR,
            tags_norm VARCHAR,
            api_key_id VARCHAR,
            team VARCHAR,
            end_user_hash VARCHAR,
            agent_id VARCHAR,
            succeeded BOOLEAN,
            ai_scope BOOLEAN NOT NULL
        );
        """;

    /// <summary>The columns of <c>spend_records</c> before the record's (<see cref="LedgerColumns"/>).</summary>
    private const string RecordsHead = """
        source_id BIGINT NOT NULL,
        seq BIGINT NOT NULL,
        format VARCHAR NOT NULL,
        kind VARCHAR NOT NULL CHECK (kind IN ('cost', 'usage'))
        """;

    /// <summary>
    /// Version 2: <c>tags_norm</c> becomes a generated column over <c>tags_norm_override</c> (see
    /// <see cref="LedgerColumns"/>). DuckDB cannot add a generated column to a table, so the table
    /// is rebuilt, in the migration's transaction.
    /// </summary>
    /// <remarks>
    /// Written against <see cref="LedgerColumns"/> as they are at version 2: a later change to those
    /// columns needs its own migration, and this one must then spell its columns out.
    /// </remarks>
    private static readonly string Migration2 = $"""
        CREATE TABLE spend_records_v2 (
            {RecordsHead},
            {LedgerColumns.Definitions()}
        );

        INSERT INTO spend_records_v2 (source_id, seq, format, kind, {LedgerColumns.List()})
        SELECT source_id, seq, format, kind, {string.Join(", ", LedgerColumns.Record.Select(c => c.Name == "tags_norm_override" ? "CASE WHEN tags_norm IS NOT DISTINCT FROM tags THEN NULL ELSE tags_norm END" : c.Name))}
        FROM spend_records;

        DROP TABLE spend_records;
        ALTER TABLE spend_records_v2 RENAME TO spend_records;
        """;

    /// <summary>
    /// Version 3: allocation runs and their rows (see <c>Allocation/AllocationSql</c>). An allocation row
    /// is one share of a cost line (<c>source_id</c>, <c>seq</c>); <c>bu</c> null is Unallocated.
    /// <c>charge_period_start</c> repeats the line's, so that a re-run replaces its period without a join.
    /// </summary>
    internal const string Migration3 = """
        CREATE TABLE allocation_runs (
            run_id BIGINT PRIMARY KEY,
            period_from TIMESTAMP NOT NULL,
            period_to TIMESTAMP NOT NULL,
            created_at TIMESTAMP NOT NULL,
            lines_considered BIGINT NOT NULL
        );

        CREATE TABLE allocations (
            run_id BIGINT NOT NULL,
            source_id BIGINT NOT NULL,
            seq BIGINT NOT NULL,
            charge_period_start TIMESTAMP NOT NULL,
            bu VARCHAR,
            initiative VARCHAR,
            amount DECIMAL(38,18) NOT NULL,
            currency VARCHAR NOT NULL,
            method VARCHAR NOT NULL CHECK (method IN ('direct', 'weights', 'even', 'unallocated', 'telemetry-pending')),
            rule_id VARCHAR,
            rule_version INTEGER
        );
        """;

    /// <summary>
    /// Version 4: allocation rows explain themselves and cover estimated telemetry; chargeback needs an
    /// acknowledgement. <c>allocations</c> is rebuilt (DuckDB cannot alter a CHECK constraint):
    /// <list type="bullet">
    /// <item><c>line_kind</c>: <c>'cost'</c> (a cost-of-record line) or <c>'usage'</c> (usage telemetry that
    /// no bill covers, so its estimated cost is allocated; see <c>SpendQuerySql</c> for coverage).</item>
    /// <item><c>method</c>: direct | telemetry | weights | even | unallocated (Core <c>AllocationMethods</c>);
    /// <c>rule_kind</c>: <c>'rule'</c> (an allocation rule) or <c>'policy'</c> (a shared-cost policy), null
    /// when nothing matched.</item>
    /// <item><c>fallback</c>: the row comes from the rule's declared fallback (weights or even) because the
    /// telemetry split had nothing to split by; <c>reason</c> says why (Core <c>AllocationReasons</c>), for
    /// fallbacks and for Unallocated rows.</item>
    /// <item><c>details</c>: JSON text for <c>explain</c> and the FOCUS export, e.g. the telemetry basis of a
    /// split share (its estimated cost, the basis total, the number of records).</item>
    /// </list>
    /// Rows of version 3 keep their meaning; their <c>telemetry-pending</c> rows become Unallocated with
    /// reason <c>telemetry-pending</c> until the period is allocated again.
    /// <c>bu_acknowledgements</c> is append-only: each row is one owner acknowledging ownership of a
    /// business unit's AI spend (who, when, with an optional note); the latest row per business unit counts.
    /// </summary>
    internal const string Migration4 = """
        CREATE TABLE allocations_v4 (
            run_id BIGINT NOT NULL,
            source_id BIGINT NOT NULL,
            seq BIGINT NOT NULL,
            line_kind VARCHAR NOT NULL CHECK (line_kind IN ('cost', 'usage')),
            charge_period_start TIMESTAMP NOT NULL,
            bu VARCHAR,
            initiative VARCHAR,
            amount DECIMAL(38,18) NOT NULL,
            currency VARCHAR NOT NULL,
            method VARCHAR NOT NULL CHECK (method IN ('direct', 'telemetry', 'weights', 'even', 'unallocated')),
            rule_kind VARCHAR CHECK (rule_kind IN ('rule', 'policy')),
            rule_id VARCHAR,
            rule_version INTEGER,
            fallback BOOLEAN NOT NULL,
            reason VARCHAR,
            details VARCHAR
        );

        INSERT INTO allocations_v4
        SELECT run_id, source_id, seq, 'cost', charge_period_start, bu, initiative, amount, currency,
               CASE WHEN method = 'telemetry-pending' THEN 'unallocated' ELSE method END,
               CASE WHEN rule_id IS NULL THEN NULL ELSE 'rule' END,
               rule_id, rule_version, false,
               CASE method WHEN 'telemetry-pending' THEN 'telemetry-pending' WHEN 'unallocated' THEN 'no-matching-rule' END,
               NULL
        FROM allocations;

        DROP TABLE allocations;
        ALTER TABLE allocations_v4 RENAME TO allocations;

        CREATE TABLE bu_acknowledgements (
            bu VARCHAR NOT NULL,
            owner VARCHAR NOT NULL,
            acknowledged_at TIMESTAMP NOT NULL,
            note VARCHAR
        );
        """;

    /// <summary>
    /// Version 5: the value engine (Core <c>Value</c>). All append-only: agreements, outcomes, reviews
    /// (one per outcome), J-curve versions and sign-offs (one per version), readiness entries, stage
    /// transitions, and the audit log (<c>seq</c> increasing; written in the transaction of the change it
    /// records). <c>allocation_activity</c>: per allocation run, the usage telemetry the rules attributed
    /// to each business unit / initiative per month (requests, tokens, records, estimated cost) — the
    /// activity shown beside (never in) the scoreboard.
    /// </summary>
    internal const string Migration5 = """
        CREATE TABLE audit_log (
            seq BIGINT PRIMARY KEY,
            occurred_at TIMESTAMP NOT NULL,
            actor VARCHAR NOT NULL,
            action VARCHAR NOT NULL,
            subject VARCHAR NOT NULL,
            details VARCHAR,
            reason VARCHAR
        );

        CREATE TABLE attribution_agreements (
            initiative VARCHAR NOT NULL,
            method VARCHAR NOT NULL,
            metric_definition VARCHAR NOT NULL,
            value_per_outcome DECIMAL(38,18) NOT NULL,
            currency VARCHAR NOT NULL,
            approver VARCHAR NOT NULL,
            agreed_at TIMESTAMP NOT NULL
        );

        CREATE TABLE outcomes (
            id BIGINT PRIMARY KEY,
            initiative VARCHAR NOT NULL,
            period_start DATE NOT NULL,
            period_end DATE NOT NULL,
            successful BIGINT NOT NULL,
            failed BIGINT NOT NULL,
            value DECIMAL(38,18),
            currency VARCHAR NOT NULL,
            evidence VARCHAR,
            corrects BIGINT,
            recorded_by VARCHAR NOT NULL,
            recorded_at TIMESTAMP NOT NULL,
            CHECK (period_end > period_start),
            CHECK (successful >= 0 AND failed >= 0)
        );

        CREATE TABLE outcome_reviews (
            outcome_id BIGINT PRIMARY KEY,
            status VARCHAR NOT NULL CHECK (status IN ('validated', 'rejected')),
            reviewed_by VARCHAR NOT NULL,
            reviewed_at TIMESTAMP NOT NULL,
            reason VARCHAR
        );

        CREATE TABLE jcurve_declarations (
            initiative VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            start_month DATE NOT NULL,
            monthly_cost DECIMAL(38,18) NOT NULL,
            trough_month INTEGER NOT NULL,
            trough_depth DECIMAL(38,18) NOT NULL,
            maturity_month INTEGER NOT NULL,
            target_monthly_net DECIMAL(38,18) NOT NULL,
            tolerance DECIMAL(38,18) NOT NULL,
            currency VARCHAR NOT NULL,
            declared_by VARCHAR NOT NULL,
            declared_at TIMESTAMP NOT NULL,
            PRIMARY KEY (initiative, version)
        );

        CREATE TABLE jcurve_signoffs (
            initiative VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            signed_by VARCHAR NOT NULL,
            signed_at TIMESTAMP NOT NULL,
            PRIMARY KEY (initiative, version)
        );

        CREATE TABLE readiness_entries (
            initiative VARCHAR NOT NULL,
            control VARCHAR NOT NULL,
            state VARCHAR NOT NULL CHECK (state IN ('missing', 'in-progress', 'evidenced', 'waived')),
            evidence_link VARCHAR,
            reason VARCHAR,
            actor VARCHAR NOT NULL,
            changed_at TIMESTAMP NOT NULL
        );

        CREATE TABLE stage_transitions (
            initiative VARCHAR NOT NULL,
            from_stage VARCHAR NOT NULL,
            to_stage VARCHAR NOT NULL,
            actor VARCHAR NOT NULL,
            changed_at TIMESTAMP NOT NULL,
            reason VARCHAR
        );

        CREATE TABLE allocation_activity (
            run_id BIGINT NOT NULL,
            month TIMESTAMP NOT NULL,
            bu VARCHAR,
            initiative VARCHAR,
            provider VARCHAR NOT NULL,
            requests BIGINT NOT NULL,
            tokens BIGINT NOT NULL,
            records BIGINT NOT NULL,
            estimated_cost DECIMAL(38,18),
            currency VARCHAR
        );
        """;

    /// <summary>
    /// Version 6: web logins (a KDF hash per actor; roles stay in organisation.yaml) and API tokens (SHA-256
    /// of the secret, expiry, revocation). Changes are audited in <c>audit_log</c> without secrets.
    /// </summary>
    internal const string Migration6 = """
        CREATE TABLE web_logins (
            actor VARCHAR PRIMARY KEY,
            password_hash VARCHAR NOT NULL,
            updated_at TIMESTAMP NOT NULL,
            updated_by VARCHAR NOT NULL
        );

        CREATE TABLE api_tokens (
            id VARCHAR PRIMARY KEY,
            secret_hash VARCHAR NOT NULL UNIQUE,
            actor VARCHAR NOT NULL,
            label VARCHAR NOT NULL,
            created_at TIMESTAMP NOT NULL,
            created_by VARCHAR NOT NULL,
            expires_at TIMESTAMP NOT NULL,
            revoked_at TIMESTAMP,
            revoked_by VARCHAR
        );
        """;

    /// <summary>
    /// Version 7: rejected rows of imports made through the web (the CLI writes them to a rejects file instead), at most
    /// 10,000 per import (<c>line</c> 0 = the file as a whole; <c>excerpt</c> cut to 300 characters).
    /// </summary>
    internal const string Migration7 = """
        CREATE TABLE import_rejects (
            source_id BIGINT NOT NULL,
            ordinal INTEGER NOT NULL,
            line BIGINT NOT NULL,
            column_name VARCHAR,
            reason VARCHAR NOT NULL,
            excerpt VARCHAR,
            PRIMARY KEY (source_id, ordinal)
        );
        """;

    private static readonly string[] Migrations = [Migration1, Migration2, Migration3, Migration4, Migration5, Migration6, Migration7, PeopleSchema.Migration8];

    /// <summary>Creates the schema in a new file, or brings an older one up to date.</summary>
    public static async Task MigrateAsync(DuckDBConnection connection, string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var tables = await Sql.ScalarAsync<long>(
            connection,
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary",
            cancellationToken).ConfigureAwait(false);
        var hasVersionTable = await Sql.ScalarAsync<long>(
            connection,
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'schema_version'",
            cancellationToken).ConfigureAwait(false) > 0;

        if (!hasVersionTable && tables > 0)
        {
            throw new LedgerOpenException($"{path} is a DuckDB database but not a ValueLedger ledger (it has no schema_version table); use another --ledger file")
            {
                LedgerPath = path,
            };
        }

        var version = hasVersionTable
            ? await Sql.ScalarAsync<int>(connection, "SELECT coalesce(max(version), 0)::INTEGER FROM schema_version", cancellationToken).ConfigureAwait(false)
            : 0;
        if (version > CurrentVersion)
        {
            throw new LedgerOpenException($"{path} was written by a newer ValueLedger (ledger schema {version}, this version knows up to {CurrentVersion}); upgrade ValueLedger")
            {
                LedgerPath = path,
            };
        }

        for (var next = version + 1; next <= CurrentVersion; next++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await Sql.ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)", cancellationToken).ConfigureAwait(false);
            await Sql.ExecuteAsync(connection, Migrations[next - 1], cancellationToken).ConfigureAwait(false);
            await Sql.ExecuteAsync(
                connection,
                "INSERT INTO schema_version VALUES ($version, $applied_at)",
                cancellationToken,
                ("version", next),
                ("applied_at", time.GetUtcNow().UtcDateTime)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
