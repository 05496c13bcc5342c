using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ValueLedger.Core.Security;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages;

/// <summary>
/// <c>GET/POST /login</c>, <c>POST /logout</c>, <c>GET /forbidden</c>. A login needs a password set with
/// <c>valueledger login set</c> and a reading role in organisation.yaml; failures say only "wrong user name or
/// password" (no hint which), and attempts are rate-limited per client address.
/// </summary>
internal static class LoginEndpoints
{
    public const string Failed = "Wrong user name or password.";

    public static void Map(WebApplication app)
    {
        app.MapGet("/login", (HttpContext context, string? returnUrl) =>
            PageResults.Render<LoginPage>(new { Shell = PageResults.Shell(context, "Log in", "login") with { User = null }, ReturnUrl = SafeReturn(returnUrl) }))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", LoginAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(WebSecurity.LoginLimiter).ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect("/login");
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/forbidden", (HttpContext context) =>
            PageResults.Render<ForbiddenPage>(new { Shell = PageResults.Shell(context, "Not allowed", "") }, StatusCodes.Status403Forbidden))
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .ExcludeFromDescription();
    }

    private static async Task<IResult> LoginAsync(HttpContext context, LedgerAccess ledger, ILogger<LedgerAccess> log)
    {
        // The CSRF guard has validated the form's token before this runs (login CSRF counts too).
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var name = form["username"].ToString().Trim();
        var password = form["password"].ToString();
        var returnUrl = SafeReturn(form["returnUrl"]);
        var hash = name.Length is > 0 and <= 200
            ? await ledger.WithStoreAsync(s => ((ICredentialStore)s).FindPasswordHashAsync(name, context.RequestAborted), context.RequestAborted).ConfigureAwait(false)
            : null;
        var ok = hash is not null && Passwords.Verify(hash, password) && CurrentUser.For(ledger.Organisation, name, viaToken: false).CanRead;
        if (!ok)
        {
            log.LogWarning("failed login for {Actor} from {Address}", name.Length > 200 ? name[..200] : name, context.Connection.RemoteIpAddress);
            var shell = PageResults.Shell(context, "Log in", "login") with { User = null, Error = Failed };
            return PageResults.Render<LoginPage>(new { Shell = shell, ReturnUrl = returnUrl, UserName = name.Length > 200 ? null : name }, StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return Results.Redirect(returnUrl ?? "/");
    }

    /// <summary>Only local paths (no scheme, no host, no <c>//</c>) — an open redirect is refused.</summary>
    internal static string? SafeReturn(string? url) =>
        url is { Length: > 0 and < 2000 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : null;
}
