namespace ValueLedger.Storage.DuckDb.Value;

/// <summary>
/// <c>jcurve_declarations</c> (one row per version, never updated) and <c>jcurve_signoffs</c> (at most
/// one per version: its primary key makes a second signature fail). Money is DECIMAL(38,18).
/// </summary>
internal static class JCurveSql
{
    public const string NextVersion = "SELECT (coalesce(max(version), 0) + 1)::INTEGER FROM jcurve_declarations WHERE initiative = $initiative";

    public const string Insert = """
        INSERT INTO jcurve_declarations VALUES ($initiative, $version, $start, $cost, $trough, $depth, $maturity, $target, $tolerance, $currency, $by, $at)
        """;

    /// <summary>1 when the version exists, 2 when it is also signed, 0 when it does not exist.</summary>
    public const string VersionState = """
        SELECT CASE WHEN s.version IS NOT NULL THEN 2 WHEN d.version IS NOT NULL THEN 1 ELSE 0 END
        FROM (SELECT 1) AS one(x)
        LEFT JOIN jcurve_declarations d ON d.initiative = $initiative AND d.version = $version
        LEFT JOIN jcurve_signoffs s ON s.initiative = $initiative AND s.version = $version
        """;

    public const string Sign = "INSERT INTO jcurve_signoffs VALUES ($initiative, $version, $by, $at)";

    public const string Query = """
        SELECT d.initiative, d.version, d.start_month, d.monthly_cost, d.trough_month, d.trough_depth, d.maturity_month,
               d.target_monthly_net, d.tolerance, d.currency, d.declared_by, d.declared_at, s.signed_by, s.signed_at
        FROM jcurve_declarations d
        LEFT JOIN jcurve_signoffs s ON s.initiative = d.initiative AND s.version = d.version
        WHERE $initiative::VARCHAR IS NULL OR d.initiative = $initiative
        ORDER BY d.initiative, d.version
        """;
}
