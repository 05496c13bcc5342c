using System.CommandLine;
using System.CommandLine.Parsing;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Reconciliation;
using ValueLedger.Core.Storage;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger reconcile</c>: cost of record against telemetry estimates, each row given a status
/// under a variance threshold, then a summary per currency. Flags are information (exit 0) unless
/// <c>--fail-on-flag</c> asks for exit 1, for CI pipelines.
/// </summary>
internal static class ReconcileCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var format = GlobalOptions.Format();
        var threshold = new Option<decimal?>("--threshold")
        {
            Description = "Relative variance that flags a row, of the cost of record: 5% or 0.05 (default 5%).",
            HelpName = "PERCENT",
            CustomParser = r => Parse(r, VarianceThreshold.TryParseRelative),
        };
        var minVariance = new Option<decimal?>("--min-variance")
        {
            Description = "Variances up to this amount (in the row's currency) are never flagged (default 1.00).",
            HelpName = "AMOUNT",
            CustomParser = r => Parse(r, VarianceThreshold.TryParseAmount),
        };
        var onlyFlagged = new Option<bool>("--only-flagged") { Description = "List only flagged rows (the summary still counts every row)." };
        var failOnFlag = new Option<bool>("--fail-on-flag") { Description = "Exit 1 when any row is flagged (for CI pipelines)." };
        var command = new Command("reconcile", "Per provider, account and month: cost of record against the estimated cost of usage telemetry, the variance and a status; then totals per currency with the share of cost that is estimated.");
        foreach (var option in new Option[] { from, to, threshold, minVariance, onlyFlagged, failOnFlag, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var limits = new VarianceThreshold(
                parse.GetValue(threshold) ?? VarianceThreshold.Default.Relative,
                parse.GetValue(minVariance) ?? VarianceThreshold.Default.MinimumVariance);
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var rows = await store.ReconcileAsync(parse.GetValue(from), parse.GetValue(to), ct).ConfigureAwait(false);

                // Reconciliation is AI scope; the estimate in the summary is telemetry no bill covers, same period.
                var spend = await store.QuerySpendAsync(new SpendQuery([], parse.GetValue(from), parse.GetValue(to), SpendScope.Ai), ct).ConfigureAwait(false);
                var summaries = ReconciliationSummary.Build(rows, limits, spend);
                ReconcileReport.Write(context, rows, limits, summaries, parse.GetValue(onlyFlagged), parse.GetValue(format) ?? OutputFormat.Table);
                var flagged = summaries.Sum(s => s.Flagged);
                if (flagged > 0 && parse.GetValue(failOnFlag))
                {
                    context.Error($"{flagged} reconciliation row(s) flagged (--fail-on-flag)");
                    return 1;
                }

                return 0;
            }
        });
        return command;
    }

    private delegate bool TryParse(string? text, out decimal value, out string error);

    private static decimal? Parse(ArgumentResult result, TryParse parser)
    {
        if (parser(result.Tokens[0].Value, out var value, out var error))
        {
            return value;
        }

        result.AddError(error);
        return null;
    }
}
