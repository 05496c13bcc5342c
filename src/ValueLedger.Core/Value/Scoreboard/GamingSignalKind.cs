namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>A sign that a business unit's figures may be gamed (text form kebab-case: <c>tokenmaxxing</c>, <c>high-rejected-share</c>).</summary>
public enum GamingSignalKind
{
    /// <summary>Tokens per validated outcome up more than 25 % on the previous month while validated successful outcomes changed less than 5 %.</summary>
    Tokenmaxxing,

    /// <summary>Rejected ÷ (validated + rejected) claims above 30 % in the month, with at least 5 reviewed claims.</summary>
    HighRejectedShare,
}
