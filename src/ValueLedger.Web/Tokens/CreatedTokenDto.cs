namespace ValueLedger.Web.Tokens;

/// <summary>The answer to creating a token: the only time its secret is shown.</summary>
public sealed record CreatedTokenDto(TokenDto Token, string Secret);
