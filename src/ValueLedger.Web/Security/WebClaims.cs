namespace ValueLedger.Web.Security;

/// <summary>Claim types the web server issues beyond the actor's name.</summary>
internal static class WebClaims
{
    public const string TokenId = "vl:token";
}
