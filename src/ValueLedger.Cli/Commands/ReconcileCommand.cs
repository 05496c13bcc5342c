using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;

namespace ValueLedger.Cli.Commands;

/// <summary><c>valueledger reconcile</c>: cost of record against telemetry estimates.</summary>
internal static class ReconcileCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var format = GlobalOptions.Format();
        var command = new Command("reconcile", "Per provider, account and month: cost of record against the estimated cost of usage telemetry, and the variance.");
        foreach (var option in new Option[] { from, to, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var rows = await store.ReconcileAsync(parse.GetValue(from), parse.GetValue(to), ct).ConfigureAwait(false);
                var report = new Report("Reconciliation",
                [
                    new("provider", "Provider"), new("account", "Account"), new("month", "Month"), new("currency", "Currency"),
                    new("costOfRecord", "Of record", ReportColumnKind.Money), new("telemetryEstimate", "Telemetry estimate", ReportColumnKind.Money),
                    new("variance", "Variance", ReportColumnKind.Money), new("variancePercent", "Variance %"),
                    new("costLines", "Cost lines", ReportColumnKind.Count), new("telemetryRecords", "Telemetry", ReportColumnKind.Count),
                    new("unpricedTelemetryRecords", "Unpriced", ReportColumnKind.Count), new("status", "Status"),
                ]);
                foreach (var r in rows)
                {
                    var status = (r.CostLines, r.TelemetryRecords) switch
                    {
                        (0, _) => "telemetry with no bill",
                        (_, 0) => "billed with no telemetry",
                        _ => "both",
                    };
                    report.Add(
                        r.Provider, r.Account ?? "(all accounts)", r.Month, r.Currency, MoneyText.Exact(r.CostOfRecord), MoneyText.Exact(r.TelemetryEstimate),
                        MoneyText.Exact(r.Variance), r.VarianceRatio is { } v ? (v * 100m).ToString("0.00", CultureInfo.InvariantCulture) : null,
                        N(r.CostLines), N(r.TelemetryRecords), N(r.UnpricedTelemetryRecords), status);
                }

                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, rows.Count == 0 ? "nothing to reconcile" : "variance = of record - telemetry estimate; % of cost of record");
                return 0;
            }
        });
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
