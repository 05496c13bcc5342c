namespace ValueLedger.Web.Tokens;

/// <summary>The tokens page: every token, the actors a token can act as, and a secret just created (shown once).</summary>
public sealed record TokensPageModel(IReadOnlyList<TokenDto> Tokens, IReadOnlyList<string> Actors, CreatedTokenDto? Created);
