using System.Security.Cryptography;
using ValueLedger.Core.Security;
using ValueLedger.Web.Security;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// The demo's web logins, one per kind of user: admin, finance (the CFO), a bu-owner (head of support, who sees only
/// customer support) and a viewer (the auditor), plus an API token for an OpenTelemetry exporter. Passwords are random per demo build (a well-known password would
/// open any demo left listening on a network) and written to <c>demo-logins.txt</c> beside the demo data (owner-only).
/// </summary>
internal static class DemoLogins
{
    public const string FileName = "demo-logins.txt";

    /// <summary>The demo's users: actor (as in the demo organisation's access list) and what they show.</summary>
    public static IReadOnlyList<(string Actor, string Shows)> Users { get; } =
    [
        ("admin", "admin: everything; readiness, stage moves, uploads, allocation"),
        ("cfo", "finance: validates outcomes, sees every unit"),
        ("head-of-support", "bu-owner: sees customer support only"),
        ("auditor", "viewer: reads everything, changes nothing"),
    ];

    /// <summary>Creates the logins and returns the lines to print (also written to the file).</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(ICredentialStore store, string dataDir, DateTimeOffset now, CancellationToken ct)
    {
        var lines = new List<string> { "Demo logins (user / password, role):" };
        foreach (var (actor, shows) in Users)
        {
            var password = NewPassword();
            await store.SetPasswordHashAsync(actor, Passwords.Hash(password), "demo", now, ct).ConfigureAwait(false);
            lines.Add($"  {actor} / {password}   ({shows})");
        }

        // An API token for an OpenTelemetry exporter (the demo organisation's otel-collector holds only the ingest role).
        var secret = ApiTokenSecret.Create(out var id);
        await store.CreateApiTokenAsync(new ApiToken(id, "otel-collector", "demo OTLP exporter", now, "demo", now.AddDays(30), null), ApiTokenSecret.Hash(secret), ct).ConfigureAwait(false);
        lines.Add($"OTLP exporter token (otel-collector, ingest only; 30 days): {secret}");

        var path = Path.Combine(dataDir, FileName);
        await File.WriteAllLinesAsync(path, lines, ct).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        lines.Add($"  (also in {path})");
        return lines;
    }

    /// <summary>16 characters from an alphabet without look-alikes (about 80 bits).</summary>
    private static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return string.Create(16, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
