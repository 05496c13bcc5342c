namespace ValueLedger.Core.Value;

/// <summary>The roles an actor can hold (organisation.yaml <c>access:</c>; the web server's logins use the same names).</summary>
public static class AccessRoles
{
    public const string Admin = "admin";
    public const string Finance = "finance";
    public const string BuOwner = "bu-owner";
    public const string Viewer = "viewer";

    /// <summary>Automation that only sends data (OTLP spans, bill uploads through an API token) and reads nothing.</summary>
    public const string Ingest = "ingest";

    public static IReadOnlyList<string> All { get; } = [Admin, Finance, BuOwner, Viewer, Ingest];
}
