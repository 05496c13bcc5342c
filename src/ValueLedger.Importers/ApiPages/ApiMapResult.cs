using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.ApiPages;

/// <summary>A mapped record, or the field that made a result unreadable.</summary>
internal readonly record struct ApiMapResult(SpendRecord? Record, string? Column, string? Reason, string? Raw)
{
    public static ApiMapResult Ok(SpendRecord record) => new(record, null, null, null);

    public static ApiMapResult Bad(string column, string reason, string? raw = null) => new(null, column, reason, raw);
}
