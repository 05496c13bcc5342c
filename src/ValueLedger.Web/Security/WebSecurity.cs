using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace ValueLedger.Web.Security;

/// <summary>
/// Authentication (session cookie for people, bearer API tokens for automation), authorisation policies, CSRF
/// protection and the login rate limit. Browser requests get redirected to <c>/login</c>; <c>/api</c> and
/// <c>/v1</c> requests get 401/403 problem details instead.
/// </summary>
internal static class WebSecurity
{
    public const string CookieName = "vl_session";
    public const string CsrfHeader = "X-CSRF-TOKEN";
    public const string CsrfField = "__csrf";
    public const string LoginLimiter = "login";
    private const string Smart = "smart";

    public static void AddValueLedgerSecurity(this IServiceCollection services, WebOptions options)
    {
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, o => o.ForwardDefaultSelector = context =>
                ApiTokenHandler.HasBearer(context.Request) ? ApiTokenHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/forbidden";
                o.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized, "Not authenticated", "log in or send an API token (Authorization: Bearer …)");
                o.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden, "Forbidden", "your role does not allow this");
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfHeader;
            o.FormFieldName = CsrfField;
            o.Cookie.Name = "vl_csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginLimiter, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static void UseValueLedgerSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Use(CsrfGuardAsync);
    }

    /// <summary>True for API-style paths, which answer problem details rather than redirects.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || request.Path.StartsWithSegments("/v1", StringComparison.Ordinal);

    /// <summary>
    /// Every state-changing request made with the session cookie must carry the CSRF token: in the form field
    /// <see cref="CsrfField"/> for url-encoded forms, else in the <see cref="CsrfHeader"/> header (JSON and streamed
    /// uploads, whose bodies are never buffered to look for it). Requests with an API token carry no cookie and are exempt.
    /// </summary>
    private static async Task CsrfGuardAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (!safe && !ApiTokenHandler.HasBearer(context.Request))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            var urlEncoded = context.Request.HasFormContentType && context.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
            if (!urlEncoded && context.Request.HasFormContentType && !context.Request.Headers.ContainsKey(CsrfHeader) && context.Request.Query[CsrfField] is { Count: 1 } fromQuery)
            {
                // A multipart form posted without JavaScript (the upload form) carries its token in its action URL: the
                // streamed body is never searched for it. Same token, same validation as the header.
                context.Request.Headers[CsrfHeader] = fromQuery;
            }

            if (!urlEncoded && !context.Request.Headers.ContainsKey(CsrfHeader))
            {
                await CsrfFailedAsync(context, $"send the CSRF token in the {CsrfHeader} header").ConfigureAwait(false);
                return;
            }

            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                await CsrfFailedAsync(context, "the form has expired or did not come from this site; reload the page and try again").ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private static Task CsrfFailedAsync(HttpContext context, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Results.Problem(statusCode: 400, title: "Missing or invalid CSRF token", detail: detail).ExecuteAsync(context);
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context.HttpContext);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
