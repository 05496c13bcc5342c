using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// The scoreboard as the CLI's <c>scoreboard --format json</c> names it (docs/cli-json.md): money exact strings per
/// currency, ratios numbers, undefined figures null; activity apart with <c>scored: false</c>.
/// </summary>
internal sealed record ScoreboardDto(string Month, string PreviousMonth, IReadOnlyList<ScoreboardUnitDto> Units, ScoreboardOverallDto Overall)
{
    /// <summary>The units <paramref name="user"/> may see; the overall figures only for users who see every unit (a bu-owner's are empty).</summary>
    public static ScoreboardDto From(Organisation organisation, ScoreboardReport report, CurrentUser user) => new(
        Money.Month(report.Period),
        Money.Month(report.PreviousPeriod),
        [.. report.Units.Where(u => user.CanSeeBu(u.Bu)).Select(u => new ScoreboardUnitDto(
            u.Bu, organisation.FindBusinessUnit(u.Bu)?.Name ?? u.Bu, MoneyOf(u.Money), u.LaggardsRetired,
            new ScoreboardOutcomesDto(u.ValidatedSuccessful, u.PreviousValidatedSuccessful, u.SuccessRate, u.ReviewedClaims, u.RejectedShare),
            [.. u.Flags.Select(f => new ScoreboardFlagDto(KebabCase.Of(f.Kind), f.Explanation))],
            new ScoreboardActivityDto(false, u.Activity.Requests, u.Activity.Tokens, u.Activity.TelemetryRecords, u.Activity.PreviousTokens,
                u.Activity.TokensPerValidatedOutcome, u.Activity.PreviousTokensPerValidatedOutcome)))],
        user.SeesAllBusinessUnits
            ? new ScoreboardOverallDto(MoneyOf(report.Overall), report.Units.Sum(u => u.LaggardsRetired))
            : new ScoreboardOverallDto([], report.Units.Where(u => user.CanSeeBu(u.Bu)).Sum(u => u.LaggardsRetired)));

    private static List<ScoreboardMoneyDto> MoneyOf(IReadOnlyList<ScoreboardMoney> money) =>
        [.. money.Select(m => new ScoreboardMoneyDto(
            m.Currency, Money.Exact(m.GrossInScope), Money.Exact(m.AttributedGross), m.Coverage, m.PreviousCoverage, m.CoverageChangePoints,
            m.CostPerOutcomeChange, m.InitiativesInCostChange, Money.Exact(m.NetCost), Money.Exact(m.ValueRealised), Money.Exact(m.NetValue), m.Roi))];
}

internal sealed record ScoreboardOverallDto(IReadOnlyList<ScoreboardMoneyDto> Money, int LaggardsRetired);

internal sealed record ScoreboardUnitDto(
    string Bu, string Name, IReadOnlyList<ScoreboardMoneyDto> Money, int LaggardsRetired, ScoreboardOutcomesDto Outcomes,
    IReadOnlyList<ScoreboardFlagDto> Flags, ScoreboardActivityDto Activity);

internal sealed record ScoreboardMoneyDto(
    string Currency, string GrossInScope, string AttributedGross, decimal? Coverage, decimal? PreviousCoverage, decimal? CoverageChangePoints,
    decimal? CostPerOutcomeChange, int InitiativesInCostChange, string NetCost, string ValueRealised, string NetValue, decimal? Roi);

internal sealed record ScoreboardOutcomesDto(decimal ValidatedSuccessful, decimal PreviousValidatedSuccessful, decimal? SuccessRate, decimal ReviewedClaims, decimal? RejectedShare);

internal sealed record ScoreboardFlagDto(string Kind, string Explanation);

internal sealed record ScoreboardActivityDto(
    bool Scored, long Requests, long Tokens, long TelemetryRecords, long PreviousTokens, decimal? TokensPerValidatedOutcome, decimal? PreviousTokensPerValidatedOutcome);
