using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Importers.Export;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// <c>GET /api/export/allocated?from=YYYY-MM-DD&amp;to=YYYY-MM-DD</c>: <c>valueledger export allocated</c> as a download —
/// every allocation row as FOCUS-style CSV (FOCUS 1.3 AllocatedMethodId/Details and x_ columns), written to a
/// temporary file as the store reads it (constant memory however large the period), then streamed to the client. Ledger-wide users only: it holds every unit.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/export/allocated", ExportAsync).RequireAuthorization(Policies.LedgerWide).WithName("ExportAllocated").WithTags("Allocation")
            .WithSummary("Allocated cost as FOCUS-style CSV (one row per allocation row; the line's FOCUS columns scaled by its share), [from, to) by charge period start.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> ExportAsync(HttpContext context, LedgerAccess ledger, string? from, string? to, CancellationToken cancellationToken)
    {
        var start = new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        if (from is not null && !ApiProblems.TryDay(from, out start))
        {
            return ApiProblems.BadParameter("from", $"'{from}' is not a day; use YYYY-MM-DD");
        }

        if (to is not null && !ApiProblems.TryDay(to, out end))
        {
            return ApiProblems.BadParameter("to", $"'{to}' is not a day; use YYYY-MM-DD");
        }

        if (end <= start)
        {
            return ApiProblems.BadParameter("to", "the period is empty: 'to' must be after 'from' (to is excluded)");
        }

        // Sep writes rows synchronously, and Kestrel refuses synchronous writes to the response: the CSV goes to a
        // temporary file next to the ledger first (constant memory), which is streamed out and deleted when closed.
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var folder = Path.Combine(Path.GetDirectoryName(store.LedgerPath)!, ".valueledger-exports");
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, Guid.NewGuid().ToString("n") + ".csv");
        try
        {
            var writer = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await using (writer.ConfigureAwait(false))
            {
                await AllocatedFocusCsv.WriteAsync(((IAllocationInsightStore)store).ReadAllocatedSharesAsync(start, end, cancellationToken), writer, cancellationToken).ConfigureAwait(false);
            }

            var stream = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            return Results.File(stream, "text/csv; charset=utf-8", "valueledger-allocated.csv");
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
