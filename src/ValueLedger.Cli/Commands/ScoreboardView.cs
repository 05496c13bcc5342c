using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The scoreboard as the table and HTML forms show it: the scored lines (one per business unit and currency,
/// then the organisation overall) and the activity lines, as text cells with "n/a" for undefined figures, and
/// the column headings labelled with each metric's distinction-ladder rung (<see cref="MetricCatalogue"/>).
/// </summary>
internal sealed record ScoreboardView(Core.Organisation.Organisation Organisation, ScoreboardReport Report, DateTimeOffset GeneratedAt)
{
    public const string NotApplicable = "n/a";

    public const string Overall = "Overall";

    public string Title => $"Incentive scoreboard — {ScoreboardCommand.Month(Report.Period)} (against {ScoreboardCommand.Month(Report.PreviousPeriod)})";

    /// <summary>Headings of the scored part; the figure columns carry their rung.</summary>
    public static IReadOnlyList<string> ScoredHeadings { get; } =
    [
        "Business unit", "Currency",
        $"Coverage [{Rung(MetricCatalogue.AttributionCoverage)}]", "Previous", "Change (points)",
        $"Laggards retired [{KebabCase.Of(LadderRung.Outcome)}]",
        $"Cost per successful outcome, change [{Rung(MetricCatalogue.CostPerSuccessfulOutcome)}]",
        Label(MetricCatalogue.ValueRealised), Label(MetricCatalogue.NetValue), Label(MetricCatalogue.Roi), Label(MetricCatalogue.SuccessRate),
    ];

    public static IReadOnlyList<string> ActivityHeadings { get; } =
    [
        "Business unit", Label(MetricCatalogue.Requests), Label(MetricCatalogue.Tokens), Label(MetricCatalogue.TelemetryRecords),
        Label(MetricCatalogue.TokensPerValidatedOutcome), "Previous month",
    ];

    /// <summary>The metrics the report shows, for the definitions footnote.</summary>
    public static IReadOnlyList<MetricDefinition> Metrics => MetricCatalogue.All;

    public string UnitName(string bu) => Organisation.FindBusinessUnit(bu)?.Name is { } name && name != bu ? $"{name} ({bu})" : bu;

    /// <summary>One line per business unit and currency (one line of n/a for a unit without money), then the overall lines.</summary>
    public IEnumerable<string[]> ScoredLines()
    {
        foreach (var unit in Report.Units)
        {
            var success = Ratio(unit.SuccessRate);
            var laggards = unit.LaggardsRetired.ToString(CultureInfo.InvariantCulture);
            if (unit.Money.Count == 0)
            {
                yield return [UnitName(unit.Bu), NotApplicable, NotApplicable, NotApplicable, NotApplicable, laggards, NotApplicable, NotApplicable, NotApplicable, NotApplicable, success];
            }

            foreach (var money in unit.Money)
            {
                yield return MoneyLine(UnitName(unit.Bu), money, laggards, success);
            }
        }

        var totalLaggards = Report.Units.Sum(u => u.LaggardsRetired).ToString(CultureInfo.InvariantCulture);
        foreach (var money in Report.Overall)
        {
            yield return MoneyLine(Overall, money, totalLaggards, string.Empty);
        }
    }

    public IEnumerable<string[]> ActivityLines() =>
        Report.Units.Select(u => new[]
        {
            UnitName(u.Bu), MoneyText.Count(u.Activity.Requests), MoneyText.Count(u.Activity.Tokens), MoneyText.Count(u.Activity.TelemetryRecords),
            Number(u.Activity.TokensPerValidatedOutcome), Number(u.Activity.PreviousTokensPerValidatedOutcome),
        });

    /// <summary>Flags raised, as (unit, kind, explanation).</summary>
    public IEnumerable<(string Unit, string Kind, string Explanation)> Flags() =>
        Report.Units.SelectMany(u => u.Flags.Select(f => (UnitName(u.Bu), KebabCase.Of(f.Kind), f.Explanation)));

    public static string Rung(MetricDefinition metric) => KebabCase.Of(metric.Rung);

    public static string Ratio(decimal? ratio) => ratio is null ? NotApplicable : MoneyText.Percent(ratio);

    public static string Points(decimal? points) => points is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : NotApplicable;

    public static string Change(decimal? fraction) => fraction is { } f ? (f * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %" : NotApplicable;

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,##0.##", CultureInfo.InvariantCulture) : NotApplicable;

    private static string Label(MetricDefinition metric) => $"{metric.Name} [{Rung(metric)}]";

    private static string[] MoneyLine(string unit, ScoreboardMoney money, string laggards, string success) =>
    [
        unit, money.Currency, Ratio(money.Coverage), Ratio(money.PreviousCoverage), Points(money.CoverageChangePoints), laggards,
        Change(money.CostPerOutcomeChange), MoneyText.Table(money.ValueRealised), MoneyText.Table(money.NetValue), Ratio(money.Roi), success,
    ];
}
