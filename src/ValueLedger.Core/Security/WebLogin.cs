namespace ValueLedger.Core.Security;

/// <summary>An actor that can log in to the web dashboard (a password hash is stored; never the password).</summary>
public sealed record WebLogin(string Actor, DateTimeOffset UpdatedAt, string UpdatedBy);
