using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// A browser-like client of the in-memory server: keeps cookies (session and antiforgery), follows no redirects
/// (tests look at them), and logs in through the real form with its CSRF field.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient client;

    public WebSession(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Cookies = new CookieContainer();
        client = new HttpClient(new CookieContainerHandler(Cookies) { InnerHandler = app.GetTestServer().CreateHandler() })
        {
            BaseAddress = new Uri("http://localhost"),
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => client;

    /// <summary>GET /login and the form's CSRF token (the antiforgery cookie is kept).</summary>
    public async Task<string> LoginFormTokenAsync()
    {
        using var page = await client.GetAsync(new Uri("/login", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        return CsrfOf(html);
    }

    /// <summary>Posts the login form as a browser would; the caller checks the answer (303/302 on success, 401 on failure).</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(string userName, string password, string? returnUrl = null, bool withToken = true)
    {
        var token = await LoginFormTokenAsync();
        var fields = new List<KeyValuePair<string, string>> { new("username", userName), new("password", password) };
        if (withToken)
        {
            fields.Add(new("__csrf", token));
        }

        if (returnUrl is not null)
        {
            fields.Add(new("returnUrl", returnUrl));
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/login", UriKind.Relative), form);
    }

    /// <summary>Logs in and fails the test when the server does not redirect.</summary>
    public async Task LoginAsync(string userName, string password)
    {
        using var response = await PostLoginAsync(userName, password);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"login as {userName}: {(int)response.StatusCode}");
    }

    /// <summary>The value of the hidden CSRF field in a page.</summary>
    public static string CsrfOf(string html)
    {
        var match = CsrfField().Match(html);
        Assert.True(match.Success, "no __csrf field in the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
