using System.Globalization;

namespace ValueLedger.Core.Allocation;

/// <summary>
/// Something an allocation run did that a user should know: a telemetry split (rule or policy) that had
/// nothing to split by in <see cref="Month"/> (see <see cref="AllocationReasons"/>), so its <see cref="Lines"/>
/// lines (<see cref="Amount"/> net, in <see cref="Currency"/>) went to the declared <see cref="Fallback"/>
/// method (<c>even</c> | <c>weights</c>), or to Unallocated when <see cref="Fallback"/> is null.
/// </summary>
/// <param name="RuleKind"><c>rule</c> (an allocation rule) or <c>policy</c> (a shared-cost policy).</param>
/// <param name="Month">The first day (UTC) of the month of the lines' charge period start.</param>
public sealed record AllocationNotice(string RuleKind, string RuleId, string Reason, string? Fallback, DateTime Month, string Currency, long Lines, decimal Amount)
{
    /// <summary>One sentence, e.g. <c>shared-azure: 31 lines in 2026-03 (1234.5 USD) had no telemetry; split evenly as declared</c>.</summary>
    public string Message
    {
        get
        {
            var what = Reason switch
            {
                AllocationReasons.NoTelemetry => "had no telemetry",
                AllocationReasons.TelemetryMixesCurrencies => "had telemetry priced in more than one currency",
                _ => $"could not be split ({Reason})",
            };
            var outcome = Fallback switch
            {
                AllocationMethods.Even => "split evenly as declared",
                AllocationMethods.Weights => "split by weights as declared",
                _ => "left Unallocated (no fallback declared)",
            };
            var amount = Amount.ToString("0.##################", CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{RuleId}: {Lines} line{(Lines == 1 ? string.Empty : "s")} in {Month:yyyy-MM} ({amount} {Currency}) {what}; {outcome}");
        }
    }
}
