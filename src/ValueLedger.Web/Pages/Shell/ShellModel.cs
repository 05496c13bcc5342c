using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Shell;

/// <summary>
/// What every page's frame needs: the title, the navigation entry to highlight, the signed-in user (null on the
/// login page), the CSRF token for forms on the page, and a one-line notice (e.g. after a form was submitted).
/// </summary>
public sealed record ShellModel(string Title, string Active, CurrentUser? User, string Csrf)
{
    /// <summary>A message shown above the content (success of a form, "already done" for a double submission).</summary>
    public string? Notice { get; init; }

    /// <summary>An error shown above the content.</summary>
    public string? Error { get; init; }
}
