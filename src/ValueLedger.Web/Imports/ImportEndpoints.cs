using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Storage;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Imports;

/// <summary>
/// <c>POST /api/imports</c> (upload a bill or usage file: streamed to disk, imported like <c>valueledger import --lenient</c>),
/// <c>GET /api/imports</c> (the import history, like <c>valueledger sources</c>) and <c>GET /api/imports/{id}/rejects</c>.
/// </summary>
internal static class ImportEndpoints
{
    public const int MaxPageSize = 500;

    /// <summary>Maps the imports slice: these endpoints, the imports pages, and allocation with its explanations.</summary>
    public static void Map(WebApplication app)
    {
        Pages.Imports.ImportPageEndpoints.Map(app);
        Allocation.AllocationEndpoints.Map(app);
        app.MapPost("/api/imports", UploadAsync).RequireAuthorization(Policies.Import)
            .Accepts<byte[]>("application/octet-stream", "multipart/form-data")
            .WithName("UploadImport").WithTags("Imports")
            .WithSummary("Upload a cost or usage file (raw body with ?name=FILE&format=auto|FORMAT&lenient=true|false, or multipart/form-data with one file part) and import it.")
            .Produces<ImportResultDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGet("/api/imports", HistoryAsync).RequireAuthorization(Policies.LedgerWide)
            .WithName("ListImports").WithTags("Imports").WithSummary("The import history, newest first, paginated (page from 1, pageSize 1-500).")
            .Produces<ImportPageDto>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/imports/{id:long}/rejects", RejectsAsync).RequireAuthorization(Policies.LedgerWide)
            .WithName("ListImportRejects").WithTags("Imports")
            .WithSummary("The rows an import set aside, with line, column, reason and an excerpt (the first 10,000 are kept), paginated.")
            .Produces<ImportRejectPageDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Receives and imports the upload; the answer for the API (201, or a problem).</summary>
    internal static async Task<IResult> UploadAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadReceiver.ReceiveAsync(context, ledger.Options.LedgerPath, ledger.Options.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return problem!;
        }

        using (upload)
        {
            if (!WebImporter.IsFormat(upload.Format))
            {
                return ApiProblems.BadParameter("format", $"unknown format '{upload.Format}'; use auto or one of: {string.Join(", ", WebImporter.Formats)}");
            }

            var result = await WebImporter.ImportAsync(ledger, upload, context.RequireUser().Actor, cancellationToken).ConfigureAwait(false);
            var dto = ImportViews.Result(result);
            return result.Outcome switch
            {
                ImportOutcome.Imported => Results.Created($"/api/imports/{dto.SourceId}", dto),
                ImportOutcome.DuplicateFile => Results.Problem(
                    statusCode: StatusCodes.Status409Conflict, title: "Already imported", detail: $"{upload.Name}: {dto.Message}",
                    extensions: new Dictionary<string, object?> { ["sourceId"] = dto.SourceId }),
                _ => Results.Problem(
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: $"{upload.Name} cannot be imported", detail: dto.Message,
                    extensions: new Dictionary<string, object?> { ["file"] = upload.Name, ["formatsTried"] = upload.Format is null ? WebImporter.Formats : [upload.Format] }),
            };
        }
    }

    private static async Task<IResult> HistoryAsync(LedgerAccess ledger, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }

        return Results.Ok(await ImportViews.HistoryAsync(ledger, number, size, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> RejectsAsync(LedgerAccess ledger, long id, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging(page, pageSize, out var number, out var size) is { } bad)
        {
            return bad;
        }

        if (await ImportViews.FindAsync(ledger, id, cancellationToken).ConfigureAwait(false) is not { } source)
        {
            return ApiProblems.NotFound("Unknown import", $"no import with id {id}");
        }

        return Results.Ok(await ImportViews.RejectsAsync(ledger, source, number, size, cancellationToken).ConfigureAwait(false));
    }

    internal static IResult? Paging(int? page, int? pageSize, out int number, out int size)
    {
        number = page ?? 1;
        size = pageSize ?? 50;
        if (number < 1)
        {
            return ApiProblems.BadParameter("page", "page starts at 1");
        }

        return size is < 1 or > MaxPageSize ? ApiProblems.BadParameter("pageSize", $"pageSize must be between 1 and {MaxPageSize}") : null;
    }
}
