using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Importers.People;
using ValueLedger.Web.Imports;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// <c>POST /api/people/imports</c> (upload a people file, streamed to disk like <c>/api/imports</c>, imported like
/// <c>valueledger people import</c>: strict unless <c>?lenient=true</c>) and <c>GET /api/people/imports</c> (the history).
/// </summary>
internal static class PeopleImportEndpoints
{
    /// <summary>Rejected rows returned in the answer (the rest are counted).</summary>
    private const int MaxRejectsShown = 100;

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/people/imports", UploadAsync).RequireAuthorization(Policies.Import)
            .Accepts<byte[]>("application/octet-stream")
            .WithName("UploadPeopleImport").WithTags("People")
            .WithSummary("Upload a people file (raw body with ?name=FILE&format=auto|FORMAT&lenient=false|true): seats, learning, Copilot reports, workflow status, surveys, review and capacity. Identifiers are hashed as read.")
            .Produces<PeopleImportResultDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/api/people/imports", HistoryAsync).RequireAuthorization(Policies.LedgerWide)
            .WithName("ListPeopleImports").WithTags("People").WithSummary("People imports, newest first.")
            .Produces<IReadOnlyList<PeopleImportSummaryDto>>();
    }

    internal static async Task<IResult> UploadAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadReceiver.ReceiveAsync(context, ledger.Options.LedgerPath, ledger.Options.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return problem!;
        }

        using (upload)
        {
            if (upload.Format is not null && !PeopleFormats.IsKnown(upload.Format))
            {
                return ApiProblems.BadParameter("format", $"unknown format '{upload.Format}'; use auto or one of: {string.Join(", ", PeopleFormats.All.Select(f => f.Id))}");
            }

            var lenient = string.Equals(context.Request.Query["lenient"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
            var result = await ImportAsync(ledger, upload, lenient, context.RequireUser().Actor, cancellationToken).ConfigureAwait(false);
            return Answer(result);
        }
    }

    /// <summary>Imports an uploaded people file in the server's import turn (shared by the API and the imports page's form).</summary>
    internal static async Task<PeopleFileResult> ImportAsync(LedgerAccess ledger, UploadedFile upload, bool lenient, string actor, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var options = new PeopleImportOptions
        {
            Format = upload.Format,
            Lenient = lenient,
            RejectsDirectory = upload.Folder,
            Organisation = ledger.Organisation,
            Hasher = await ledger.IdentifierKey.HasherAsync(cancellationToken).ConfigureAwait(false),
            Actor = actor,
            Time = ledger.Time,
        };
        await ledger.ImportTurn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await new PeopleImporter(store, options).ImportFileAsync(upload.Path, upload.Name, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ledger.ImportTurn.Release();
        }
    }

    private static IResult Answer(PeopleFileResult result)
    {
        var rejects = result.Errors.Take(MaxRejectsShown).Select(e => new PeopleImportRejectDto(e.Line, e.Column, e.Reason)).ToList();
        if (result.Stored is not { } stored)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity, title: $"{result.FileName} cannot be imported",
                detail: result.Failure!.Replace("give --format", "choose it with format=", StringComparison.Ordinal).Replace("or use --lenient", "or upload with lenient=true", StringComparison.Ordinal),
                extensions: new Dictionary<string, object?> { ["file"] = result.FileName, ["format"] = result.Format, ["errors"] = rejects });
        }

        if (stored.AlreadyImported)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "Already imported", detail: $"{result.FileName}: this file was imported before (people import {stored.ImportId}); nothing changed",
                extensions: new Dictionary<string, object?> { ["importId"] = stored.ImportId });
        }

        var message = $"{stored.Added} added, {stored.Duplicates} already held, {result.Rejected} rejected";
        return Results.Created(
            "/api/people/imports",
            new PeopleImportResultDto(stored.ImportId, result.FileName, result.Format!, stored.Added, stored.Duplicates, result.Rejected, false, rejects, message));
    }

    private static async Task<IResult> HistoryAsync(LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var imports = await store.ListPeopleImportsAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(imports.Select(i => new PeopleImportSummaryDto(i.ImportId, i.FileName, i.Format, i.Sha256, i.Actor, i.At, i.Added, i.Duplicates)).ToList());
    }
}
