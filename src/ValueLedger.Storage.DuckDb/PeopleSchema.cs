namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Ledger schema 8: person-level facts (Core <c>People/PeopleFacts</c>), the people import history, the operating-model
/// registers and <c>ledger_meta</c> (the fingerprint of the installation secret the person hashes were made under).
/// </summary>
/// <remarks>
/// <c>person</c> and <c>respondent</c> hold HMAC hashes (lower-case hex), never raw identifiers. Dates are DATE and
/// periods half-open (<c>valid_to</c>/<c>period_end</c> exclusive; null <c>valid_to</c> = still). Facts are unique by
/// their natural key (see Core <c>IPeopleStore</c>); like <c>spend_records</c> the fact tables carry no index, because
/// the store enforces the keys itself: imports take the store's write turn one at a time and insert only rows whose key
/// is absent (reviews and capacity replace by key), and an index would slow bulk imports and re-keying down.
/// <c>import_id</c> says which people import brought the row.
/// </remarks>
internal static class PeopleSchema
{
    internal const string Migration8 = """
        CREATE TABLE people_imports (
            id BIGINT PRIMARY KEY,
            file_name VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL UNIQUE,
            actor VARCHAR NOT NULL,
            imported_at TIMESTAMP NOT NULL,
            added BIGINT NOT NULL,
            duplicates BIGINT NOT NULL
        );

        CREATE TABLE people_memberships (
            person VARCHAR NOT NULL, team VARCHAR NOT NULL, valid_from DATE NOT NULL, valid_to DATE, source VARCHAR NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_seats (
            person VARCHAR NOT NULL, tool VARCHAR NOT NULL, valid_from DATE NOT NULL, valid_to DATE,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_learning (
            person VARCHAR NOT NULL, kind VARCHAR NOT NULL CHECK (kind IN ('awareness', 'training')), course VARCHAR NOT NULL,
            completed_on DATE NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_active_days (
            person VARCHAR NOT NULL, day DATE NOT NULL, source VARCHAR NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_team_activity (
            team VARCHAR NOT NULL, day DATE NOT NULL, active_users INTEGER NOT NULL, engaged_users INTEGER NOT NULL,
            source VARCHAR NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_workflows (
            team VARCHAR NOT NULL, workflow VARCHAR NOT NULL,
            status VARCHAR NOT NULL CHECK (status IN ('not-started', 'in-progress', 'updated')), as_of DATE NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_survey_responses (
            org_unit VARCHAR NOT NULL, measure VARCHAR NOT NULL, day DATE NOT NULL, score DECIMAL(38,18) NOT NULL,
            respondent VARCHAR NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_survey_aggregates (
            org_unit VARCHAR NOT NULL, measure VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL,
            respondents INTEGER NOT NULL, mean_score DECIMAL(38,18) NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_reviews (
            initiative VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL, people INTEGER NOT NULL,
            outputs BIGINT NOT NULL, reviewed BIGINT NOT NULL, review_minutes DECIMAL(38,18) NOT NULL,
            overrides BIGINT NOT NULL, ai_errors BIGINT NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE people_capacity (
            initiative VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL, people INTEGER NOT NULL,
            hours_saved DECIMAL(38,18) NOT NULL, hours_redeployed DECIMAL(38,18) NOT NULL,
            hours_cost_reduced DECIMAL(38,18) NOT NULL,
            import_id BIGINT NOT NULL
        );

        CREATE TABLE resistance_entries (
            id VARCHAR PRIMARY KEY,
            stakeholder_group VARCHAR NOT NULL,
            resistance VARCHAR NOT NULL,
            counter VARCHAR NOT NULL,
            owner VARCHAR,
            status VARCHAR NOT NULL CHECK (status IN ('open', 'in-progress', 'addressed')),
            updated_at TIMESTAMP NOT NULL,
            updated_by VARCHAR NOT NULL
        );

        CREATE TABLE role_changes (
            id VARCHAR PRIMARY KEY,
            role VARCHAR NOT NULL,
            business_unit VARCHAR NOT NULL,
            kind VARCHAR NOT NULL CHECK (kind IN ('augmented', 'changed', 'displaced', 'created')),
            people_affected INTEGER NOT NULL CHECK (people_affected >= 0),
            reskilling_plan VARCHAR,
            reskilling_progress INTEGER NOT NULL CHECK (reskilling_progress BETWEEN 0 AND 100),
            updated_at TIMESTAMP NOT NULL,
            updated_by VARCHAR NOT NULL
        );

        CREATE TABLE ledger_meta (
            key VARCHAR PRIMARY KEY,
            value VARCHAR NOT NULL
        );
        """;
}
