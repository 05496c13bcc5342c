using System.Globalization;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// The incentive scoreboard (PRODUCT.md) per business unit for one month, from plain inputs: the
/// ledger's <see cref="InitiativeMonth"/> rows (cost and activity), the counting outcomes per initiative
/// and month (<see cref="OutcomeMonth"/>, spread by <see cref="OutcomeSpread"/>), and the laggards each
/// unit retired in the month. Outcomes belong to the business unit owning their initiative in the
/// organisation (outcomes of initiatives it does not know are left out). Pure.
/// </summary>
public static partial class IncentiveScoreboard
{
    /// <summary>Tokenmaxxing: tokens per validated outcome rose by more than this fraction...</summary>
    public const decimal TokenmaxxingRise = 0.25m;

    /// <summary>...while validated successful outcomes changed (either way) by less than this fraction.</summary>
    public const decimal FlatOutcomes = 0.05m;

    /// <summary>High rejected share: rejected ÷ reviewed claims above this fraction...</summary>
    public const decimal RejectedShareLimit = 0.30m;

    /// <summary>...with at least this many claims reviewed in the month.</summary>
    public const decimal MinimumReviewedClaims = 5;

    /// <summary>
    /// Flags also look at a sustained trend, not only at the month: tokenmaxxing compares the last
    /// <see cref="TrendMonths"/> months (the scored one included) with the ones before, and the rejected
    /// share counts the claims reviewed over the last <see cref="RejectedShareMonths"/> months (a unit
    /// with one claim a month never reaches <see cref="MinimumReviewedClaims"/> in a single month). A flag
    /// is raised once, by the month when it holds there, else by the trend.
    /// </summary>
    public const int TrendMonths = 3;

    /// <summary>The months over which the rejected share is judged as a trend (see <see cref="TrendMonths"/>).</summary>
    public const int RejectedShareMonths = 6;

    /// <param name="organisation">Business units (the lines, in order) and initiatives' owners.</param>
    /// <param name="period">The month scored: the first instant of a UTC calendar month.</param>
    /// <param name="months">Ledger rows of at least the month and the one before (others are ignored).</param>
    /// <param name="outcomes">Counting outcomes per initiative and month (others are ignored).</param>
    /// <param name="laggardsRetired">Laggards retired in the month per business unit id (absent = 0).</param>
    public static ScoreboardReport Compute(
        Organisation.Organisation organisation,
        DateTime period,
        IReadOnlyList<InitiativeMonth> months,
        IReadOnlyList<OutcomeMonth> outcomes,
        IReadOnlyDictionary<string, int> laggardsRetired)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(laggardsRetired);
        if (period.Kind != DateTimeKind.Utc || period != new DateTime(period.Year, period.Month, 1, 0, 0, 0, DateTimeKind.Utc))
        {
            throw new ArgumentException("The period must be the first instant of a UTC calendar month.", nameof(period));
        }

        var previous = period.AddMonths(-1);
        var now = new Slice(months.Where(m => m.Month == period).ToList(), outcomes.Where(o => o.Month == period).ToList());
        var before = new Slice(months.Where(m => m.Month == previous).ToList(), outcomes.Where(o => o.Month == previous).ToList());

        var trends = new Trends(
            Window(months, outcomes, period, TrendMonths),
            Window(months, outcomes, period.AddMonths(-TrendMonths), TrendMonths),
            Window(months, outcomes, period, RejectedShareMonths));
        var units = organisation.BusinessUnits.Select(b => b.Id)
            .Concat(now.Rows.Concat(before.Rows).Select(r => r.Bu).OfType<string>().Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(bu => ScoreUnit(bu, organisation, now, before, trends, laggardsRetired.GetValueOrDefault(bu)))
            .ToList();
        var overall = Money(now, before, _ => true, _ => true);
        return new ScoreboardReport(period, previous, units, overall);
    }

    private static BuScore ScoreUnit(string bu, Organisation.Organisation organisation, Slice now, Slice before, Trends trends, int laggardsRetired)
    {
        bool Owns(string initiative) => string.Equals(organisation.FindInitiative(initiative)?.OwnerBu, bu, StringComparison.Ordinal);
        bool InUnit(InitiativeMonth row) => string.Equals(row.Bu, bu, StringComparison.Ordinal);

        var outcomesNow = now.Outcomes.Where(o => Owns(o.Initiative)).ToList();
        var successfulNow = outcomesNow.Sum(o => o.Successful);
        var successfulBefore = before.Outcomes.Where(o => Owns(o.Initiative)).Sum(o => o.Successful);
        var validatedClaims = outcomesNow.Sum(o => o.ValidatedClaims);
        var rejectedClaims = outcomesNow.Sum(o => o.RejectedClaims);
        var reviewed = validatedClaims + rejectedClaims;
        decimal? rejectedShare = reviewed == 0 ? null : rejectedClaims / reviewed;

        var rowsNow = now.Rows.Where(InUnit).ToList();
        var tokensNow = rowsNow.Sum(r => r.Tokens);
        var tokensBefore = before.Rows.Where(InUnit).Sum(r => r.Tokens);
        var activity = new ScoreboardActivity(
            rowsNow.Sum(r => r.Requests),
            tokensNow,
            rowsNow.Sum(r => r.TelemetryRecords),
            tokensBefore,
            ValueMetrics.TokensPerValidatedOutcome(tokensNow, successfulNow),
            ValueMetrics.TokensPerValidatedOutcome(tokensBefore, successfulBefore));

        var flags = new List<GamingSignal>();
        var tokensRise = ValueMetrics.RelativeChange(activity.TokensPerValidatedOutcome, activity.PreviousTokensPerValidatedOutcome);
        var outcomesChange = ValueMetrics.RelativeChange(successfulNow, successfulBefore);
        if (tokensRise > TokenmaxxingRise && outcomesChange is { } change && Math.Abs(change) < FlatOutcomes)
        {
            flags.Add(new GamingSignal(
                GamingSignalKind.Tokenmaxxing,
                string.Create(CultureInfo.InvariantCulture, $"tokens per validated outcome {Percent(tokensRise.Value)} while validated outcomes changed {Percent(change)}")));
        }

        else if (TrendTokenmaxxing(bu, trends, Owns) is { } trend)
        {
            flags.Add(trend);
        }

        if (reviewed >= MinimumReviewedClaims && rejectedShare > RejectedShareLimit)
        {
            flags.Add(new GamingSignal(
                GamingSignalKind.HighRejectedShare,
                string.Create(CultureInfo.InvariantCulture, $"{Percent(rejectedShare.Value, signed: false)} of {reviewed.ToString("0.##", CultureInfo.InvariantCulture)} reviewed claims rejected")));
        }
        else if (TrendRejectedShare(trends, Owns) is { } trend)
        {
            flags.Add(trend);
        }

        return new BuScore(
            bu,
            Money(now, before, InUnit, Owns),
            laggardsRetired,
            successfulNow,
            successfulBefore,
            ValueMetrics.SuccessRate(successfulNow, outcomesNow.Sum(o => o.Failed)),
            reviewed,
            rejectedShare,
            flags,
            activity);
    }

    /// <summary>Tokenmaxxing over <see cref="TrendMonths"/> months against the ones before (null when it does not hold or is undefined).</summary>
    private static GamingSignal? TrendTokenmaxxing(string bu, Trends trends, Func<string, bool> owns)
    {
        var (tokensNow, outcomesNow) = TokensAndOutcomes(bu, trends.Recent, owns);
        var (tokensBefore, outcomesBefore) = TokensAndOutcomes(bu, trends.Earlier, owns);
        var rise = ValueMetrics.RelativeChange(ValueMetrics.TokensPerValidatedOutcome(tokensNow, outcomesNow), ValueMetrics.TokensPerValidatedOutcome(tokensBefore, outcomesBefore));
        var change = ValueMetrics.RelativeChange(outcomesNow, outcomesBefore);
        return rise > TokenmaxxingRise && change is { } flat && Math.Abs(flat) < FlatOutcomes
            ? new GamingSignal(
                GamingSignalKind.Tokenmaxxing,
                string.Create(CultureInfo.InvariantCulture, $"over the last {TrendMonths} months, tokens per validated outcome {Percent(rise.Value)} against the {TrendMonths} before, while validated outcomes changed {Percent(flat)}"))
            : null;
    }

    /// <summary>The rejected share over <see cref="RejectedShareMonths"/> months (null when it does not hold).</summary>
    private static GamingSignal? TrendRejectedShare(Trends trends, Func<string, bool> owns)
    {
        var mine = trends.ForRejections.Outcomes.Where(o => owns(o.Initiative)).ToList();
        var rejected = mine.Sum(o => o.RejectedClaims);
        var reviewed = mine.Sum(o => o.ValidatedClaims) + rejected;
        return reviewed >= MinimumReviewedClaims && rejected / reviewed > RejectedShareLimit
            ? new GamingSignal(
                GamingSignalKind.HighRejectedShare,
                string.Create(CultureInfo.InvariantCulture, $"over the last {RejectedShareMonths} months, {Percent(rejected / reviewed, signed: false)} of {reviewed.ToString("0.##", CultureInfo.InvariantCulture)} reviewed claims rejected"))
            : null;
    }

    private static (long Tokens, decimal Outcomes) TokensAndOutcomes(string bu, Slice slice, Func<string, bool> owns) =>
        (slice.Rows.Where(r => string.Equals(r.Bu, bu, StringComparison.Ordinal)).Sum(r => r.Tokens), slice.Outcomes.Where(o => owns(o.Initiative)).Sum(o => o.Successful));

    /// <summary>The <paramref name="count"/> months ending with <paramref name="last"/> (included).</summary>
    private static Slice Window(IReadOnlyList<InitiativeMonth> months, IReadOnlyList<OutcomeMonth> outcomes, DateTime last, int count)
    {
        var first = last.AddMonths(-(count - 1));
        return new Slice(
            months.Where(m => m.Month >= first && m.Month <= last).ToList(),
            outcomes.Where(o => o.Month >= first && o.Month <= last).ToList());
    }

    private static string Percent(decimal fraction, bool signed = true) =>
        (fraction * 100).ToString(signed ? "+0.#;-0.#;0" : "0.#", CultureInfo.InvariantCulture) + " %";

    /// <summary>One month's ledger rows and counting outcomes.</summary>
    private sealed record Slice(IReadOnlyList<InitiativeMonth> Rows, IReadOnlyList<OutcomeMonth> Outcomes);

    /// <summary>The windows the trend flags look at: the last <see cref="TrendMonths"/>, the ones before, and the last <see cref="RejectedShareMonths"/>.</summary>
    private sealed record Trends(Slice Recent, Slice Earlier, Slice ForRejections);
}
