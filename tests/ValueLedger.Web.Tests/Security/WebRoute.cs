namespace ValueLedger.Web.Tests.Security;

/// <summary>One endpoint of the application as the route walker sees it.</summary>
/// <param name="Pattern">The route template, e.g. <c>/api/initiatives/{id}</c>.</param>
/// <param name="Methods">HTTP methods (GET, POST…); empty = any.</param>
/// <param name="Policies">Named authorisation policies on the endpoint (empty = the fallback, read).</param>
/// <param name="Anonymous">Marked AllowAnonymous.</param>
/// <param name="RouteParameters">Route parameter names with the literal segment before each (null when none), for resolving <c>{id}</c>.</param>
/// <param name="QueryParameters">Handler parameters bound from the query string (simple types not in the route).</param>
public sealed record WebRoute(
    string Pattern,
    IReadOnlyList<string> Methods,
    IReadOnlyList<string> Policies,
    bool Anonymous,
    IReadOnlyList<(string Name, string? After)> RouteParameters,
    IReadOnlyList<string> QueryParameters)
{
    public bool IsApi => Pattern.StartsWith("/api", StringComparison.Ordinal) || Pattern.StartsWith("/v1", StringComparison.Ordinal);

    public bool IsGet => Methods.Count == 0 || Methods.Contains("GET");

    /// <summary>Needs more than the read fallback: a bu-owner is refused (every named policy but read excludes bu-owners).</summary>
    public bool NeedsMoreThanRead => Policies.Any(p => p != ValueLedger.Web.Security.Policies.Read);

    public override string ToString() => $"{string.Join('|', Methods)} {Pattern}";
}
