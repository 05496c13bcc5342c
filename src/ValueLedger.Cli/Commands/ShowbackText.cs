using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;

namespace ValueLedger.Cli.Commands;

/// <summary>The words and numbers every showback output shares, so table, CSV, JSON and HTML say the same.</summary>
internal static class ShowbackText
{
    /// <summary>The <c>--bu</c> id that selects the Unallocated statement.</summary>
    public const string UnallocatedId = "unallocated";

    public static string Month(DateTime month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthName(DateTime month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Status(ShowbackStatement statement) =>
        statement.Billing.Status == StatementStatus.Billable ? "billable" : "informational";

    public static string Mode(BillingMode mode) => mode == BillingMode.Chargeback ? "chargeback" : "showback";

    /// <summary>The banner: "BILLABLE — chargeback" or "Informational — showback".</summary>
    public static string Banner(ShowbackStatement statement) =>
        statement.Billing.Status == StatementStatus.Billable ? "BILLABLE — chargeback" : "Informational — showback";

    /// <summary>A change in percent with 2 decimals (<c>56.25</c>, <c>-100</c>), null when undefined.</summary>
    public static string? Percent(decimal? percent) =>
        percent is { } p ? MoneyText.Exact(decimal.Round(p, 2, MidpointRounding.AwayFromZero)) : null;

    /// <summary>A change for people: <c>+45.00 (+56.25 %)</c>, <c>+40.00 (n/a: no previous month)</c>.</summary>
    public static string Change(StatementTotal total, bool previousMonthAllocated)
    {
        var sign = total.Change > 0 ? "+" : string.Empty;
        var percent = Percent(total.ChangePercent) is { } p
            ? $"{(total.ChangePercent > 0 ? "+" : string.Empty)}{p} %"
            : total.Previous is not null ? "n/a: previous month 0"
            : previousMonthAllocated ? "n/a: no cost the month before" : "n/a: previous month not allocated";
        return $"{sign}{MoneyText.Table(total.Change)} ({percent})";
    }

    public static string Acknowledged(BuAcknowledgement acknowledgement) =>
        $"acknowledged by {acknowledgement.Owner} at {MoneyText.Timestamp(acknowledgement.AcknowledgedAt)}";

    /// <summary>The warning for cost lines no allocation run has seen, or null when there are none.</summary>
    public static string? NotAllocatedWarning(ShowbackReport report)
    {
        if (report.NotAllocated.Count == 0)
        {
            return null;
        }

        var lines = report.NotAllocated.Sum(n => n.Lines);
        var cost = string.Join(", ", report.NotAllocated.Select(n => $"{MoneyText.Table(n.Cost)} {n.Currency}"));
        return $"{MoneyText.Count(lines)} {(lines == 1 ? "line" : "lines")} ({cost}) imported since the last allocation run "
            + $"{(lines == 1 ? "is" : "are")} not in this statement; run valueledger allocate";
    }

    public static string SectionHeading(string section) => section switch
    {
        StatementSections.ShareKind => "By share kind",
        StatementSections.Initiative => "By initiative",
        StatementSections.ProviderModel => "By provider / model",
        StatementSections.Reason => "By reason",
        _ => section,
    };

    /// <summary>What the share kinds and figures mean; the same text ends every HTML statement.</summary>
    public static IReadOnlyList<(string Term, string Meaning)> HowToRead { get; } =
    [
        ("direct", "an allocation rule gave the whole cost line to this business unit (by tag, account, project, key, team or agent)."),
        ("telemetry-split", "a shared cost line (for example one cloud AI resource used by several teams) was split in proportion to each unit's usage telemetry of the same provider in the same period."),
        ("shared", "a shared-cost policy spread the line over units, or a rule split it by declared weights or evenly (including a telemetry split that had no telemetry and used its declared fallback)."),
        ("estimated", "usage telemetry that no bill covers yet, at its estimated cost (the source's own estimate, or priced from the price book); it is part of the total and will be replaced by the bill's figures once the bill is imported."),
        ("net and gross", "totals are net: credits and refunds are subtracted. Gross counts only lines with a positive cost."),
        ("change", "versus the previous month in the same currency; the percentage is undefined when the previous month had no cost."),
        ("currencies", "amounts in different currencies are never added together."),
    ];
}
