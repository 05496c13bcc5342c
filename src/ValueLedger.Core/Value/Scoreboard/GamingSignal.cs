namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>A raised gaming flag (its kind) with the figures that raised it, in words (for tables and the HTML report).</summary>
public sealed record GamingSignal(GamingSignalKind Kind, string Explanation);
