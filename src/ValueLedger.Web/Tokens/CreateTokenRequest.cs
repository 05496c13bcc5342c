namespace ValueLedger.Web.Tokens;

/// <summary><c>POST /api/tokens</c>: the actor the token acts as, a label, and days until it expires (default 90).</summary>
internal sealed record CreateTokenRequest(string? Actor, string? Label, int? Days);
