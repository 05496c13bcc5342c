namespace ValueLedger.Core.Showback;

/// <summary>
/// One business unit's statement for one month (UTC; <see cref="Month"/> = its first instant), or the
/// Unallocated statement when <see cref="Bu"/> is null. Figures are per currency, never added across
/// currencies. <see cref="Lines"/> holds the breakdowns (see <see cref="StatementSections"/>).
/// </summary>
public sealed record ShowbackStatement(
    string? Bu,
    string Name,
    string? Owner,
    DateTime Month,
    BuBillingState Billing,
    IReadOnlyList<StatementTotal> Totals,
    IReadOnlyList<StatementLine> Lines)
{
    public bool IsUnallocated => Bu is null;

    public IEnumerable<StatementLine> Section(string section) => Lines.Where(l => string.Equals(l.Section, section, StringComparison.Ordinal));
}
