namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The columns of a stored <see cref="Core.Ledger.SpendRecord"/>, in the order
/// <see cref="LedgerRowWriter"/> writes them: <c>spend_records</c> has these after its leading
/// columns (see <see cref="LedgerSchema"/>), then the <see cref="Generated"/> ones.
/// </summary>
/// <remarks>
/// <para>Money is <c>DECIMAL(38,18)</c>: exact, and sums of it stay exact (up to 10^20 per value, 18
/// decimal places, more than any currency needs). Times are <c>TIMESTAMP</c> holding UTC.</para>
/// <para><c>tags</c> is a JSON object with the keys as the source wrote them; <c>tags_norm</c> the
/// same with keys normalised by <see cref="Core.Ledger.Tag.NormalizeKey"/> (first value wins), so
/// that <c>json_extract_string(tags_norm, '/org')</c> finds "Org" and " org". Sources mostly write
/// normalised keys already, so <c>tags_norm</c> is computed when read: it is
/// <c>tags_norm_override</c>, which is stored only when it differs from <c>tags</c>, else
/// <c>tags</c>. Storing both in full made a ledger of 1.5M LiteLLM rows 181 MB instead of 118 MB,
/// and its import about a tenth slower.</para>
/// </remarks>
internal static class LedgerColumns
{
    public const string Money = "DECIMAL(38,18)";

    public static readonly IReadOnlyList<(string Name, string Type)> Record =
    [
        ("record_key", "VARCHAR NOT NULL"),
        ("source_line", "BIGINT"),
        ("provider", "VARCHAR NOT NULL"),
        ("billing_account_id", "VARCHAR"),
        ("billing_account_name", "VARCHAR"),
        ("sub_account_id", "VARCHAR"),
        ("sub_account_name", "VARCHAR"),
        ("service_name", "VARCHAR"),
        ("service_category", "VARCHAR"),
        ("charge_category", "VARCHAR"),
        ("charge_class", "VARCHAR"),
        ("charge_description", "VARCHAR"),
        ("resource_id", "VARCHAR"),
        ("resource_name", "VARCHAR"),
        ("region_id", "VARCHAR"),
        ("sku_id", "VARCHAR"),
        ("pricing_quantity", Money),
        ("pricing_unit", "VARCHAR"),
        ("model", "VARCHAR"),
        ("service_tier", "VARCHAR"),
        ("charge_period_start", "TIMESTAMP NOT NULL"),
        ("charge_period_end", "TIMESTAMP NOT NULL"),
        ("billing_period_start", "TIMESTAMP"),
        ("billing_period_end", "TIMESTAMP"),
        ("requests", "BIGINT"),
        ("input_tokens", "BIGINT"),
        ("cached_read_tokens", "BIGINT"),
        ("cache_write_tokens", "BIGINT"),
        ("output_tokens", "BIGINT"),
        ("reasoning_tokens", "BIGINT"),
        ("billed_cost", Money),
        ("effective_cost", Money),
        ("list_cost", Money),
        ("cost", Money),
        ("cost_measure", "VARCHAR"),
        ("price_id", "VARCHAR"),
        ("currency", "VARCHAR NOT NULL"),
        ("tags", "VARCHAR"),
        ("tags_norm_override", "VARCHAR"),
        ("api_key_id", "VARCHAR"),
        ("team", "VARCHAR"),
        ("end_user_hash", "VARCHAR"),
        ("agent_id", "VARCHAR"),
        ("succeeded", "BOOLEAN"),
        ("ai_scope", "BOOLEAN NOT NULL"),
    ];

    /// <summary>Columns computed when read (DuckDB virtual generated columns), after <see cref="Record"/>.</summary>
    public static readonly IReadOnlyList<(string Name, string Type)> Generated =
    [
        ("tags_norm", "VARCHAR GENERATED ALWAYS AS (coalesce(tags_norm_override, tags)) VIRTUAL"),
    ];

    /// <summary><c>a, b, c</c>: the names of <see cref="Record"/>.</summary>
    public static string List() => string.Join(", ", Record.Select(c => c.Name));

    /// <summary>The column definitions for a CREATE TABLE body: <see cref="Record"/>, then <see cref="Generated"/>.</summary>
    public static string Definitions() => string.Join(",\n    ", Record.Concat(Generated).Select(c => $"{c.Name} {c.Type}"));
}
