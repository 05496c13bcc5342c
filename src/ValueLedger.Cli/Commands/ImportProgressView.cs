using Spectre.Console;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Cli.Commands;

/// <summary>Shows import progress: a progress bar per file on a terminal, one line per file otherwise.</summary>
internal static class ImportProgressView
{
    public static async Task<IReadOnlyList<FileImportResult>> RunAsync(CliContext context, ImportRunner runner, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (!context.Err.Profile.Capabilities.Interactive)
        {
            var results = new List<FileImportResult>();
            for (var i = 0; i < files.Count; i++)
            {
                context.Stderr.WriteLine($"importing {files[i]} ({i + 1}/{files.Count})");
                var result = await runner.ImportFileAsync(files[i], null, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                if (result.Outcome == Core.Storage.ImportOutcome.Failed && !runner.Lenient)
                {
                    break;
                }
            }

            return results;
        }

        return await context.Err.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progressContext =>
            {
                var results = new List<FileImportResult>();
                foreach (var file in files)
                {
                    var task = progressContext.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: Math.Max(1, new FileInfo(file).Length));
                    var progress = new Progress<ImportProgress>(p =>
                    {
                        task.Value = p.BytesRead;
                        task.Description = Markup.Escape($"{Path.GetFileName(file)} {p.Stage.ToString().ToLowerInvariant()} {p.RowsRead:#,##0} rows");
                    });
                    var result = await runner.ImportFileAsync(file, progress, cancellationToken).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    task.StopTask();
                    results.Add(result);
                    if (result.Outcome == Core.Storage.ImportOutcome.Failed && !runner.Lenient)
                    {
                        break;
                    }
                }

                return (IReadOnlyList<FileImportResult>)results;
            }).ConfigureAwait(false);
    }
}
