using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Shell;

/// <summary>
/// Renders dashboard pages: Razor components used as typed, auto-escaping templates from minimal-API handlers
/// (the handler loads the data; the component only renders). Pages take a <c>Shell</c> parameter and their model.
/// </summary>
public static class PageResults
{
    /// <summary>The frame for a page of the signed-in user (anonymous on the login page), with a fresh CSRF token.</summary>
    public static ShellModel Shell(HttpContext context, string title, string active)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new ShellModel(title, active, context.CurrentUser(), tokens.RequestToken ?? string.Empty)
        {
            Notice = Flash(context.Request.Query["notice"]),
            Error = Flash(context.Request.Query["error"]),
        };
    }

    /// <summary>The page component <typeparamref name="TPage"/> with its parameters (an anonymous object: <c>new { Shell = …, Model = … }</c>).</summary>
    public static RazorComponentResult<TPage> Render<TPage>(object parameters, int status = StatusCodes.Status200OK)
        where TPage : IComponent => new(parameters) { StatusCode = status };

    /// <summary>Post/redirect/get: back to <paramref name="path"/> with a notice (a refresh does not submit the form again).</summary>
    public static IResult SeeOther(string path, string? notice = null, string? error = null)
    {
        var query = new List<string>();
        if (notice is not null)
        {
            query.Add("notice=" + Uri.EscapeDataString(notice));
        }

        if (error is not null)
        {
            query.Add("error=" + Uri.EscapeDataString(error));
        }

        // A fragment (#people) goes after the query, where browsers look for it.
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var (bare, fragment) = hash < 0 ? (path, string.Empty) : (path[..hash], path[hash..]);
        var target = query.Count == 0 ? path : bare + (bare.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", query) + fragment;
        return Results.Redirect(target, permanent: false, preserveMethod: false);
    }

    /// <summary>Notices come from our own redirects; cap them so a crafted link cannot fill the page.</summary>
    private static string? Flash(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Length > 300 ? text[..300] : text;
}
