using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Security;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Tokens;

/// <summary>
/// API tokens for automation and OTLP exporters, for admins who never open a terminal: the page <c>/tokens</c>
/// (list, create — the secret shown once on the answer page, never in a URL — and revoke) and the API
/// <c>GET/POST /api/tokens</c>, <c>POST /api/tokens/{id}/revoke</c>. Admin only; every change audited by the store.
/// </summary>
internal static class TokenEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/tokens", async (HttpContext context, LedgerAccess ledger, CancellationToken ct) =>
            PageResults.Render<TokensPage>(new { Shell = PageResults.Shell(context, "API tokens", "tokens"), Model = await ModelAsync(ledger, null, ct).ConfigureAwait(false) }))
            .RequireAuthorization(Policies.Admin).ExcludeFromDescription();
        app.MapPost("/tokens", CreateFormAsync).RequireAuthorization(Policies.Admin).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/tokens/{id}/revoke", async (HttpContext context, LedgerAccess ledger, string id, CancellationToken ct) =>
            await TokenService.RevokeAsync(ledger, id, context.RequireUser().Actor, ct).ConfigureAwait(false)
                ? PageResults.SeeOther("/tokens", notice: $"token {id} revoked")
                : PageResults.SeeOther("/tokens", notice: $"token {id} was already revoked (or does not exist); nothing changed"))
            .RequireAuthorization(Policies.Admin).DisableAntiforgery().ExcludeFromDescription();

        app.MapGet("/api/tokens", async (LedgerAccess ledger, CancellationToken ct) => Results.Ok(await DtosAsync(ledger, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.Admin).WithName("ListTokens").WithTags("Tokens")
            .WithSummary("API tokens (admin): ids, actors, labels, expiry and state; never secrets.").Produces<List<TokenDto>>();
        app.MapPost("/api/tokens", CreateApiAsync).RequireAuthorization(Policies.Admin).WithName("CreateToken").WithTags("Tokens")
            .WithSummary("Create an API token (admin). Body: {\"actor\": \"otel-collector\", \"label\": \"…\", \"days\": 90}. The secret is in this answer only.")
            .Produces<CreatedTokenDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/tokens/{id}/revoke", async (HttpContext context, LedgerAccess ledger, string id, CancellationToken ct) =>
            await TokenService.RevokeAsync(ledger, id, context.RequireUser().Actor, ct).ConfigureAwait(false)
                ? Results.NoContent()
                : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not revoked", detail: $"there is no active token '{id}'; nothing changed"))
            .RequireAuthorization(Policies.Admin).WithName("RevokeToken").WithTags("Tokens")
            .WithSummary("Revoke an API token (admin); effective at once on this server.").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CreateFormAsync(HttpContext context, LedgerAccess ledger, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct).ConfigureAwait(false);
        var actor = form["actor"].ToString().Trim();
        var label = form["label"].ToString();
        var days = int.TryParse(form["days"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;
        var shell = PageResults.Shell(context, "API tokens", "tokens");
        if (TokenService.Refusal(ledger.Organisation, actor, label, days) is { } refusal)
        {
            return PageResults.Render<TokensPage>(new { Shell = shell with { Error = refusal }, Model = await ModelAsync(ledger, null, ct).ConfigureAwait(false) }, StatusCodes.Status422UnprocessableEntity);
        }

        var (token, secret) = await TokenService.CreateAsync(ledger, actor, label, days, context.RequireUser().Actor, ct).ConfigureAwait(false);
        var created = new CreatedTokenDto(Dto(token, ledger.Time.GetUtcNow()), secret);

        // The secret is rendered on this answer only (no redirect: it must never travel in a URL); not cached anywhere.
        context.Response.Headers.CacheControl = "no-store";
        return PageResults.Render<TokensPage>(new { Shell = shell with { Notice = $"token {token.Id} created for {token.Actor}; copy its secret now, it is not shown again" }, Model = await ModelAsync(ledger, created, ct).ConfigureAwait(false) });
    }

    private static async Task<IResult> CreateApiAsync(HttpContext context, LedgerAccess ledger, CreateTokenRequest? request, CancellationToken ct)
    {
        var days = request?.Days ?? 90;
        if (TokenService.Refusal(ledger.Organisation, request?.Actor, request?.Label, days) is { } refusal)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Token refused", detail: refusal);
        }

        var (token, secret) = await TokenService.CreateAsync(ledger, request!.Actor!.Trim(), request.Label, days, context.RequireUser().Actor, ct).ConfigureAwait(false);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Created($"/api/tokens/{token.Id}", new CreatedTokenDto(Dto(token, ledger.Time.GetUtcNow()), secret));
    }

    private static async Task<TokensPageModel> ModelAsync(LedgerAccess ledger, CreatedTokenDto? created, CancellationToken ct) => new(
        await DtosAsync(ledger, ct).ConfigureAwait(false),
        [.. ledger.Organisation.Access.Select(a => a.Actor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        created);

    private static async Task<List<TokenDto>> DtosAsync(LedgerAccess ledger, CancellationToken ct)
    {
        var now = ledger.Time.GetUtcNow();
        return [.. (await TokenService.ListAsync(ledger, ct).ConfigureAwait(false)).OrderByDescending(t => t.CreatedAt).Select(t => Dto(t, now))];
    }

    private static TokenDto Dto(ApiToken token, DateTimeOffset now) =>
        new(token.Id, token.Actor, token.Label, Money.Timestamp(token.CreatedAt), Money.Timestamp(token.ExpiresAt), TokenService.State(token, now));
}
