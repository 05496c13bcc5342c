using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Storage;
using ValueLedger.Web.Imports;
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

    public static void Map(WebApplication app)
    {
        app.MapGet("/imports", HistoryAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();
        app.MapGet("/imports/{id:long}", DetailAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();
        app.MapPost("/imports/upload", UploadAsync).RequireAuthorization(Policies.Import).ExcludeFromDescription();
    }

    private static async Task<IResult> HistoryAsync(HttpContext context, LedgerAccess ledger, int? page, CancellationToken cancellationToken)
    {
        var history = await ImportViews.HistoryAsync(ledger, Math.Max(page ?? 1, 1), HistoryPageSize, cancellationToken).ConfigureAwait(false);
        var model = new ImportsPageModel(history, context.RequireUser().CanImport, WebImporter.Formats);
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
}
