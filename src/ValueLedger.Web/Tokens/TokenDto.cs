namespace ValueLedger.Web.Tokens;

/// <summary>An API token as the API lists it: never the secret or its hash.</summary>
public sealed record TokenDto(string Id, string Actor, string Label, string CreatedAt, string ExpiresAt, string State);
