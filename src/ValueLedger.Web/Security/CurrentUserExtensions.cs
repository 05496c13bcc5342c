using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ValueLedger.Web.Security;

/// <summary>Resolves (once per request) the <see cref="CurrentUser"/> of an authenticated request.</summary>
public static class CurrentUserExtensions
{
    private static readonly object Key = new();

    /// <summary>The signed-in user, or null for an anonymous request.</summary>
    public static CurrentUser? CurrentUser(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var cached))
        {
            return (CurrentUser?)cached;
        }

        var name = context.User.Identity is { IsAuthenticated: true } identity ? identity.Name : null;
        CurrentUser? user = null;
        if (name is not null)
        {
            var ledger = context.RequestServices.GetRequiredService<LedgerAccess>();
            user = Security.CurrentUser.For(ledger.Organisation, name, context.User.HasClaim(c => c.Type == WebClaims.TokenId));
        }

        context.Items[Key] = user;
        return user;
    }

    /// <summary>The signed-in user of an endpoint that requires one (the fallback policy guarantees it).</summary>
    public static CurrentUser RequireUser(this HttpContext context) =>
        context.CurrentUser() ?? throw new InvalidOperationException("the endpoint requires an authenticated user");
}
