using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Storage;
using ValueLedger.Importers.People;
using ValueLedger.Web.Imports;
using ValueLedger.Web.People;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Imports;

/// <summary>
/// <c>GET /imports</c> (history and upload form), <c>GET /imports/{id}</c> (one import and its rejected rows) and the
/// form endpoint <c>POST /imports/upload</c> (multipart, works without JavaScript; post/redirect/get).
/// </summary>
internal static class ImportPageEndpoints
{
    private const int HistoryPageSize = 50;
    private const int RejectsPageSize = 100;
    private const int PeopleHistoryShown = 20;
    private const int PeopleErrorsShown = 5;

    public static void Map(WebApplication app)
    {
        app.MapGet("/imports", HistoryAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();
        app.MapGet("/imports/{id:long}", DetailAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();
        app.MapPost("/imports/upload", UploadAsync).RequireAuthorization(Policies.Import).ExcludeFromDescription();
        app.MapPost("/imports/people/upload", PeopleUploadAsync).RequireAuthorization(Policies.Import).ExcludeFromDescription();
    }

    private static async Task<IResult> HistoryAsync(HttpContext context, LedgerAccess ledger, int? page, CancellationToken cancellationToken)
    {
        var history = await ImportViews.HistoryAsync(ledger, Math.Max(page ?? 1, 1), HistoryPageSize, cancellationToken).ConfigureAwait(false);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var people = await store.ListPeopleImportsAsync(cancellationToken).ConfigureAwait(false);
        var model = new ImportsPageModel(history, context.RequireUser().CanImport, WebImporter.Formats)
        {
            PeopleFormats = [.. PeopleFormats.All.Select(f => f.Id)],
            PeopleHistory = [.. people.Take(PeopleHistoryShown)],
            PeopleTotal = people.Count,
        };
        return PageResults.Render<ImportsPage>(new { Shell = PageResults.Shell(context, "Imports", "imports"), Model = model });
    }

    private static async Task<IResult> DetailAsync(HttpContext context, LedgerAccess ledger, long id, int? page, CancellationToken cancellationToken)
    {
        if (await ImportViews.FindAsync(ledger, id, cancellationToken).ConfigureAwait(false) is not { } source)
        {
            return Results.NotFound();
        }

        var rejects = await ImportViews.RejectsAsync(ledger, source, Math.Max(page ?? 1, 1), RejectsPageSize, cancellationToken).ConfigureAwait(false);
        var title = string.Create(CultureInfo.InvariantCulture, $"Import {source.Id}: {source.File}");
        return PageResults.Render<ImportDetailPage>(new { Shell = PageResults.Shell(context, title, "imports"), Model = new ImportDetailModel(source, rejects) });
    }

    private static async Task<IResult> UploadAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadReceiver.ReceiveAsync(context, ledger.Options.LedgerPath, ledger.Options.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            var why = problem is IValueHttpResult { Value: Microsoft.AspNetCore.Mvc.ProblemDetails details } ? details.Detail : null;
            return PageResults.SeeOther("/imports", error: why ?? "the upload could not be read");
        }

        using (upload)
        {
            if (!WebImporter.IsFormat(upload.Format))
            {
                return PageResults.SeeOther("/imports", error: $"unknown format '{upload.Format}'");
            }

            var result = await WebImporter.ImportAsync(ledger, upload, context.RequireUser().Actor, cancellationToken).ConfigureAwait(false);
            var dto = ImportViews.Result(result);
            return result.Outcome switch
            {
                ImportOutcome.Imported => PageResults.SeeOther(
                    $"/imports/{dto.SourceId}",
                    notice: string.Create(CultureInfo.InvariantCulture, $"Imported {upload.Name}: {dto.Rows:N0} rows, {dto.Rejected:N0} rejected, {dto.Replaced.Sum(r => r.RowsRemoved):N0} replaced.")),
                ImportOutcome.DuplicateFile => PageResults.SeeOther($"/imports/{dto.SourceId}", notice: $"{upload.Name} was {dto.Message}."),
                _ => PageResults.SeeOther("/imports", error: dto.Message),
            };
        }
    }

    /// <summary>The people-file form (multipart; format and lenient fields before the file): post/redirect/get to the people history.</summary>
    private static async Task<IResult> PeopleUploadAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadReceiver.ReceiveAsync(context, ledger.Options.LedgerPath, ledger.Options.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            var why = problem is IValueHttpResult { Value: Microsoft.AspNetCore.Mvc.ProblemDetails details } ? details.Detail : null;
            return PageResults.SeeOther("/imports#people", error: why ?? "the upload could not be read");
        }

        using (upload)
        {
            if (upload.Format is not null && !PeopleFormats.IsKnown(upload.Format))
            {
                return PageResults.SeeOther("/imports#people", error: $"unknown people format '{upload.Format}'");
            }

            var result = await PeopleImportEndpoints.ImportAsync(ledger, upload, upload.Lenient, context.RequireUser().Actor, cancellationToken).ConfigureAwait(false);
            if (result.Stored is not { } stored)
            {
                // Line, column and reason only: the importer never puts a login or e-mail in them.
                var errors = string.Join("; ", result.Errors.Take(PeopleErrorsShown).Select(e => string.Create(CultureInfo.InvariantCulture, $"line {e.Line}, {e.Column}: {e.Reason}")));
                var failure = result.Failure!.Replace("give --format", "choose the format", StringComparison.Ordinal).Replace("or use --lenient", "or choose to set bad rows aside", StringComparison.Ordinal);
                return PageResults.SeeOther("/imports#people", error: errors.Length == 0 ? $"{upload.Name}: {failure}" : $"{upload.Name}: {failure} ({errors})");
            }

            return stored.AlreadyImported
                ? PageResults.SeeOther("/imports#people", notice: $"{upload.Name} was imported before (people import {stored.ImportId}); nothing changed.")
                : PageResults.SeeOther("/imports#people", notice: string.Create(CultureInfo.InvariantCulture, $"Imported {upload.Name} as {result.Format}: {stored.Added:N0} facts added, {stored.Duplicates:N0} already held, {result.Rejected:N0} rows set aside."));
        }
    }
}
