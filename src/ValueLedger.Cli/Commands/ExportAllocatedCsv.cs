using System.Text;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Importers.Export;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>export allocated</c>'s file: <see cref="AllocatedFocusCsv"/> written to a temporary file beside the target and
/// moved over it only when complete, so a failure or Ctrl+C never leaves a half-written export.
/// </summary>
internal static class ExportAllocatedCsv
{
    /// <summary>Writes every row of <paramref name="shares"/> to <paramref name="path"/>; returns the rows written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<AllocatedLineShare> shares, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new CliException($"{path}: not a file path");
        if (!Directory.Exists(folder))
        {
            throw new CliException($"{path}: folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long written;
            var stream = new StreamWriter(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await using (stream.ConfigureAwait(false))
            {
                written = await AllocatedFocusCsv.WriteAsync(shares, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temp, full, overwrite: true);
            return written;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
