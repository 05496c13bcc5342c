namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// Activity of the month (distinction ladder rung <c>activity</c>): shown beside the scoreboard, never
/// scored (<see cref="Scored"/> is always false). Requests, tokens (input + cached + cache write + output)
/// and telemetry records of the usage telemetry attributed to the unit, all currencies together (they
/// are counts); tokens per validated successful outcome this and the previous month (null with none).
/// </summary>
public sealed record ScoreboardActivity(
    long Requests,
    long Tokens,
    long TelemetryRecords,
    long PreviousTokens,
    decimal? TokensPerValidatedOutcome,
    decimal? PreviousTokensPerValidatedOutcome)
{
    /// <summary>Always false: activity is never scored.</summary>
    public bool Scored { get; }
}
