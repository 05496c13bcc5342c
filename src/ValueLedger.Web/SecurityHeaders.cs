using Microsoft.AspNetCore.Builder;

namespace ValueLedger.Web;

/// <summary>
/// Headers set on every response, errors included. The policy allows only this site's own CSS, JS and forms: no
/// inline script or style (pages use classes and SVG presentation attributes), no frames, no other origins.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
