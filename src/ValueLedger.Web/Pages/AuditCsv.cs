using System.Globalization;
using System.Text;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.Pages;

/// <summary>
/// The audit log as CSV (RFC 4180: every cell quoted, quotes doubled), newest first. Cells that a spreadsheet would run as a formula
/// (= + - @ tab CR) are neutralised with a leading quote by Core <see cref="CsvCells"/>, the CLI's rule.
/// </summary>
internal static class AuditCsv
{
    public static string Write(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new StringBuilder();
        Row(csv, "seq", "at", "actor", "action", "subject", "reason", "details");
        foreach (var e in entries)
        {
            Row(csv, e.Seq.ToString(CultureInfo.InvariantCulture), Money.Timestamp(e.At), e.Actor, e.Action, e.Subject, e.Reason, e.Details);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params string?[] cells)
    {
        csv.AppendJoin(',', cells.Select(c => "\"" + CsvCells.Neutralise(c ?? string.Empty).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        csv.Append("\r\n");
    }
}
