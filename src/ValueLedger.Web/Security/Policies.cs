using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.Security;

/// <summary>
/// Authorisation policies (roles from organisation.yaml <c>access:</c>, resolved per request through
/// <see cref="CurrentUser"/>). <see cref="Read"/> is the fallback: every endpoint needs it unless it says otherwise.
/// Business-unit scoping is applied to the data, by each endpoint, with <see cref="CurrentUser.CanSeeBu"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any reading role: admin, finance, bu-owner, viewer.</summary>
    public const string Read = "read";

    /// <summary>Figures across the whole ledger (spend explorer, reconciliation, imports, audit): admin, finance, viewer.</summary>
    public const string LedgerWide = "ledger-wide";

    /// <summary>Finance decisions (validate outcomes, agree methods, sign J-curves): finance.</summary>
    public const string Finance = "finance";

    /// <summary>Upload bills and run allocation: admin or finance.</summary>
    public const string Import = "import";

    /// <summary>Send OTLP telemetry: admin, finance or ingest.</summary>
    public const string Ingest = "ingest";

    /// <summary>Manage logins and tokens: admin.</summary>
    public const string Admin = "admin";

    internal static void Add(AuthorizationOptions options)
    {
        var read = Require(u => u.CanRead);
        options.FallbackPolicy = read;
        options.AddPolicy(Read, read);
        options.AddPolicy(LedgerWide, Require(u => u.CanRead && u.SeesAllBusinessUnits));
        options.AddPolicy(Finance, Require(u => u.IsFinance));
        options.AddPolicy(Import, Require(u => u.CanImport));
        options.AddPolicy(Ingest, Require(u => u.CanImport || u.Has(AccessRoles.Ingest)));
        options.AddPolicy(Admin, Require(u => u.IsAdmin));
    }

    private static AuthorizationPolicy Require(Func<CurrentUser, bool> allowed) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .RequireAssertion(context => context.Resource is HttpContext http && http.CurrentUser() is { } user && allowed(user))
        .Build();
}
